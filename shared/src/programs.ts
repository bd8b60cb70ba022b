import { z } from 'zod';
import { AccompanimentType, ProgramMethod } from './casework.js';
import { programExample, programOptionExample } from './examples.js';
import { PageQuery } from './pagination.js';
import { text } from './text.js';

export const EligibilityCriterion = z.object({
  code: text().trim().min(1).max(60),
  label: text().trim().min(1).max(300),
});

const ProgramFields = {
  name: text().trim().min(1).max(200),
  method: ProgramMethod,
  caseloadLimit: z.number().int().min(1).max(500).meta({ description: 'Open cases per case worker, e.g. 10' }),
  contactIntervalDays: z.number().int().min(1).max(365).meta({ description: 'Target days between contacts, e.g. 14' }),
  expectedDurationMonths: z.number().int().min(1).max(120).nullable(),
  accompanimentTypes: z.array(AccompanimentType).min(1).max(10),
  eligibilityChecklist: z.array(EligibilityCriterion).max(30),
};

export const Program = z
  .object({
    id: z.uuid(),
    ...ProgramFields,
    // As stored: an answer never fails over text the input rules (text()) would refuse today.
    name: z.string(),
    eligibilityChecklist: z.array(z.object({ code: z.string(), label: z.string() })),
    active: z.boolean(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Program', examples: [programExample] });
export type Program = z.infer<typeof Program>;

export const ProgramCreate = z
  .strictObject({
    ...ProgramFields,
    expectedDurationMonths: ProgramFields.expectedDurationMonths.default(null),
    eligibilityChecklist: ProgramFields.eligibilityChecklist.default([]),
  })
  .meta({ id: 'ProgramCreate' });
export type ProgramCreate = z.input<typeof ProgramCreate>;

export const ProgramUpdate = z
  .strictObject({ ...ProgramFields, active: z.boolean() })
  .partial()
  .meta({ id: 'ProgramUpdate' });
export type ProgramUpdate = z.input<typeof ProgramUpdate>;

/** What a referral form needs of a program: readable by every signed-in role (partners included). */
export const ProgramOption = z
  .object({ id: z.uuid(), name: z.string(), method: ProgramMethod })
  .meta({ id: 'ProgramOption', examples: [programOptionExample] });
export type ProgramOption = z.infer<typeof ProgramOption>;

export const ProgramListQuery = PageQuery.extend({
  includeInactive: z.stringbool().meta({ maxLength: 8 }).default(false),
});
export type ProgramListQuery = z.infer<typeof ProgramListQuery>;
