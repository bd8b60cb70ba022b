import { z } from 'zod';
import { PageQuery } from './pagination.js';
import { text } from './text.js';

/*
 * Corrections (issue 18): a contact, an aid entry or an appointment is corrected (fields changed) or
 * voided, always with a reason, by its author or a coordinator. Nothing is deleted: the earlier version
 * stays in the record's history (docs/decisions/0019-corrections.md), and a voided record stays listed,
 * marked, but counts in no figure.
 */

const datetime = z.iso.datetime({ offset: true });

/** Why the record is corrected or voided: required, kept in the history and the audit trail. */
export const CorrectionReason = text().trim().min(3).max(1000).meta({
  description: 'Why the record is corrected or voided (kept in its history)',
  example: 'Wrong date typed: the visit was on the Tuesday',
});

export const correctableKinds = ['contact', 'aid', 'appointment'] as const;
export type CorrectableKind = (typeof correctableKinds)[number];

/** A voided record: when, by whom, why. */
export const Voided = z
  .object({ at: datetime, by: z.uuid(), reason: z.string() })
  .meta({ id: 'Voided', description: 'Set once the record is voided: it then counts in no figure' });
export type Voided = z.infer<typeof Voided>;

/** What a correctable record carries besides its own fields. */
export const correctionFields = {
  correctedAt: datetime.nullable().meta({ description: 'When it was last corrected (null: never)' }),
  voided: Voided.nullable(),
};

export const VoidRequest = z
  .strictObject({ reason: CorrectionReason })
  .meta({ id: 'VoidRequest', examples: [{ reason: 'Recorded on the wrong household' }] });
export type VoidRequest = z.input<typeof VoidRequest>;

export const revisionActions = ['corrected', 'voided'] as const;

/** One earlier version of a record: what it held, and who replaced it, when and why. */
export const RecordRevision = z
  .object({
    version: z.number().int().meta({ description: 'The version these fields were (the record then had this ETag)' }),
    action: z.enum(revisionActions).meta({ description: 'What replaced this version' }),
    at: datetime.meta({ description: 'When it was replaced' }),
    actor: z.object({ id: z.uuid(), displayName: z.string() }),
    reason: z.string(),
    record: z.record(z.string(), z.unknown()).meta({ description: 'The record’s fields as they were in this version' }),
  })
  .meta({
    id: 'RecordRevision',
    examples: [
      {
        version: 1,
        action: 'corrected',
        at: '2025-03-04T08:00:00.000Z',
        actor: { id: 'e1f2a3b4-c5d6-4e7f-a8b9-c0d1e2f3a405', displayName: 'Sophie Coach' },
        reason: 'Wrong date typed: the visit was on the Tuesday',
        record: { occurredAt: '2025-03-03T10:00:00.000Z', type: 'home_visit', durationMinutes: 60 },
      },
    ],
  });
export type RecordRevision = z.infer<typeof RecordRevision>;

export const HistoryQuery = PageQuery;

/** How long after closing a coordinator may reopen a case: the organisation's setting. */
export const CaseSettings = z
  .object({
    reopenDays: z
      .number()
      .int()
      .meta({ description: 'Days after closing during which a coordinator may reopen a case' }),
  })
  .meta({ id: 'CaseSettings', examples: [{ reopenDays: 90 }] });
export type CaseSettings = z.infer<typeof CaseSettings>;

export const CaseSettingsUpdate = z
  .strictObject({ reopenDays: z.number().int().min(0).max(3650) })
  .meta({ id: 'CaseSettingsUpdate', examples: [{ reopenDays: 60 }] });
export type CaseSettingsUpdate = z.input<typeof CaseSettingsUpdate>;

export const CaseReopen = z
  .strictObject({ reason: CorrectionReason })
  .meta({ id: 'CaseReopen', examples: [{ reason: 'The eviction notice came back: the family asked for help again' }] });
export type CaseReopen = z.input<typeof CaseReopen>;
