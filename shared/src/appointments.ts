import { z } from 'zod';
import { boundedInstant } from './bounds.js';
import { ContactCreate } from './cases.js';
import { CorrectionReason, correctionFields } from './corrections.js';
import { Locale } from './enums.js';
import { PageQuery } from './pagination.js';
import { text } from './text.js';

/*
 * Appointments (issue 18.2) and reminders to the person (18.3). A reminder goes only with the person's
 * recorded agreement: `reminder.agreed` must be `true` when it is set, and the server keeps who recorded
 * it and when (docs/decisions/0013-appointments-and-reminders.md).
 */

const datetime = z.iso.datetime({ offset: true });
const inputInstant = boundedInstant();

export const appointmentPlaces = ['home_visit', 'office', 'phone', 'video', 'street'] as const;
export const AppointmentPlace = z.enum(appointmentPlaces);
export type AppointmentPlace = z.infer<typeof AppointmentPlace>;

/** With whom: the household (some of its members), a partner service, or the worker alone (no case needed). */
export const appointmentParties = ['household', 'partner', 'alone'] as const;
export const AppointmentParty = z.enum(appointmentParties);
export type AppointmentParty = z.infer<typeof AppointmentParty>;

export const appointmentStatuses = ['planned', 'done', 'missed', 'cancelled'] as const;
export const AppointmentStatus = z.enum(appointmentStatuses);
export type AppointmentStatus = z.infer<typeof AppointmentStatus>;

export const reminderChannels = ['sms', 'email'] as const;
export const ReminderChannel = z.enum(reminderChannels);
export type ReminderChannel = z.infer<typeof ReminderChannel>;

/** The contact type a done appointment's contact is pre-filled with. */
export const contactTypeOfPlace = {
  home_visit: 'home_visit',
  office: 'office',
  phone: 'phone',
  video: 'video',
  street: 'street_outreach',
} as const satisfies Record<AppointmentPlace, string>;

const ids = {
  appointment: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e14',
  caseId: 'c4e2a1b3-6d5f-4e7a-8b9c-0d1e2f3a4b04',
  household: '0b6f4c2e-5d1a-4e8b-9c3f-2a7d6e1b4c01',
  person: '5a2e8c1d-3f4b-4a6e-8d9c-7b1e0f2a3c02',
  worker: 'e1f2a3b4-c5d6-4e7f-a8b9-c0d1e2f3a405',
  program: '7c1d9e2f-4a3b-4c5d-9e6f-8a7b6c5d4e03',
  message: '4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f15',
};

export const ReminderRequest = z
  .strictObject({
    personId: z.uuid().meta({ description: 'A member of the case’s household, with a phone (SMS) or e-mail' }),
    channel: ReminderChannel,
    language: Locale.meta({ description: 'The person’s language: the message is written in it' }),
    agreed: z
      .literal(true)
      .meta({ description: 'The person agreed to be reminded: recorded with who recorded it and when' }),
  })
  .meta({ id: 'ReminderRequest' });

export const AppointmentCreate = z
  .strictObject({
    with: AppointmentParty,
    caseId: z.uuid().nullable().default(null).meta({ description: 'Required with the household' }),
    memberIds: z.array(z.uuid()).max(20).default([]).meta({ description: 'Members of the case’s household' }),
    partnerServiceId: z.uuid().nullable().default(null).meta({ description: 'Required with a partner' }),
    workerId: z
      .uuid()
      .optional()
      .meta({ description: 'Whose agenda; a coordinator may plan for a colleague, default the caller' }),
    place: AppointmentPlace,
    startsAt: inputInstant,
    durationMinutes: z
      .number()
      .int()
      .min(5)
      .max(12 * 60),
    note: text().trim().max(2000).nullable().default(null),
    reminder: ReminderRequest.nullable().default(null),
  })
  .meta({
    id: 'AppointmentCreate',
    examples: [
      {
        with: 'household',
        caseId: ids.caseId,
        memberIds: [ids.person],
        place: 'home_visit',
        startsAt: '2025-03-12T09:00:00.000Z',
        durationMinutes: 60,
        note: 'Bring the landlord’s letter.',
        reminder: { personId: ids.person, channel: 'sms', language: 'fr', agreed: true },
      },
      { with: 'alone', place: 'office', startsAt: '2025-03-13T14:00:00.000Z', durationMinutes: 30 },
    ],
  });
export type AppointmentCreate = z.input<typeof AppointmentCreate>;

export const AppointmentUpdate = z
  .strictObject({
    memberIds: z.array(z.uuid()).max(20).optional(),
    place: AppointmentPlace.optional(),
    startsAt: inputInstant.optional(),
    durationMinutes: z
      .number()
      .int()
      .min(5)
      .max(12 * 60)
      .optional(),
    note: text().trim().max(2000).nullable().optional(),
    reminder: ReminderRequest.nullable().optional(),
  })
  .meta({
    id: 'AppointmentUpdate',
    description: 'Moved: its reminder is sent again before the new time, under the agreement already recorded',
    examples: [{ startsAt: '2025-03-14T13:00:00.000Z', place: 'office' }],
  });
export type AppointmentUpdate = z.input<typeof AppointmentUpdate>;

/** planned → done (with the contact it was) / missed / cancelled (with a reason). */
export const AppointmentTransition = z
  .strictObject({
    to: z.enum(['done', 'missed', 'cancelled']),
    reason: text().trim().min(3).max(1000).optional().meta({ description: 'Required to cancel' }),
    contact: ContactCreate.optional().meta({
      description: 'Done, for a case: the contact it was, journalled in the same transaction',
    }),
  })
  .meta({
    id: 'AppointmentTransition',
    examples: [
      {
        to: 'done',
        contact: {
          occurredAt: '2025-03-12T09:00:00.000Z',
          type: 'home_visit',
          durationMinutes: 60,
          notes: 'Letter read together.',
        },
      },
      { to: 'cancelled', reason: 'The family is away this week' },
    ],
  });
export type AppointmentTransition = z.input<typeof AppointmentTransition>;

/**
 * A past appointment's correction (done, missed or cancelled: a planned one is changed with PATCH):
 * the fields that change, and why.
 */
export const AppointmentCorrection = z
  .strictObject({
    reason: CorrectionReason,
    place: AppointmentPlace.optional(),
    startsAt: inputInstant.optional(),
    durationMinutes: z.number().int().min(5).max(720).optional(),
    note: text().trim().max(2000).nullable().optional(),
  })
  .meta({
    id: 'AppointmentCorrection',
    examples: [{ reason: 'It took place at the office, not at home', place: 'office' }],
  });
export type AppointmentCorrection = z.input<typeof AppointmentCorrection>;

export const Reminder = z
  .object({
    personId: z.uuid(),
    channel: ReminderChannel,
    language: Locale,
    agreedAt: datetime,
    agreedBy: z.uuid(),
    dueAt: datetime.meta({ description: 'When it is sent: the start less the configured lead (two days)' }),
    sentAt: datetime.nullable(),
  })
  .meta({ id: 'Reminder' });

export const appointmentExample = {
  id: ids.appointment,
  with: 'household',
  caseId: ids.caseId,
  household: { id: ids.household, reference: 'LL-2025-0042' },
  members: [{ id: ids.person, firstName: 'Samira', lastName: 'Benali' }],
  partnerServiceId: null,
  worker: { id: ids.worker, displayName: 'Julie Lambert' },
  place: 'home_visit',
  startsAt: '2025-03-12T09:00:00.000Z',
  endsAt: '2025-03-12T10:00:00.000Z',
  durationMinutes: 60,
  note: 'Bring the landlord’s letter.',
  status: 'planned',
  statusReason: null,
  contactId: null,
  reminder: {
    personId: ids.person,
    channel: 'sms',
    language: 'fr',
    agreedAt: '2025-03-03T10:00:00.000Z',
    agreedBy: ids.worker,
    dueAt: '2025-03-10T09:00:00.000Z',
    sentAt: null,
  },
  version: 1,
  createdAt: '2025-03-03T10:05:00.000Z',
  updatedAt: '2025-03-03T10:05:00.000Z',
  correctedAt: null,
  voided: null,
};

export const Appointment = z
  .object({
    id: z.uuid(),
    with: AppointmentParty,
    caseId: z.uuid().nullable(),
    household: z.object({ id: z.uuid(), reference: z.string() }).nullable(),
    members: z.array(z.object({ id: z.uuid(), firstName: z.string(), lastName: z.string() })),
    partnerServiceId: z.uuid().nullable(),
    worker: z.object({ id: z.uuid(), displayName: z.string() }),
    place: AppointmentPlace,
    startsAt: datetime,
    endsAt: datetime,
    durationMinutes: z.number().int(),
    note: z.string().nullable(),
    status: AppointmentStatus,
    statusReason: z.string().nullable(),
    contactId: z.uuid().nullable().meta({ description: 'The contact journalled when it was done' }),
    reminder: Reminder.nullable(),
    version: z.number().int().meta({ description: 'Also sent as the ETag; send it back in If-Match to update' }),
    createdAt: datetime,
    updatedAt: datetime,
    ...correctionFields,
  })
  .meta({ id: 'Appointment', examples: [appointmentExample] });
export type Appointment = z.infer<typeof Appointment>;

export const AppointmentQuery = PageQuery.extend({
  from: inputInstant.optional().meta({ description: 'Appointments starting at or after (inclusive)' }),
  to: inputInstant.optional().meta({ description: 'Appointments starting before (exclusive)' }),
  scope: z
    .enum(['mine', 'team'])
    .default('mine')
    .meta({ description: '`team`: every worker’s (coordinators only); `mine`: the caller’s' }),
  workerId: z.uuid().optional().meta({ description: 'One worker’s agenda (coordinators, with scope=team)' }),
  caseId: z.uuid().optional().meta({ description: 'The appointments of one case (any worker)' }),
  status: AppointmentStatus.optional(),
});
export type AppointmentQuery = z.infer<typeof AppointmentQuery>;

/** Appointments that started in [from, to). */
export const NoShowQuery = z.object({ from: inputInstant, to: inputInstant });

export const noShowRowExample = {
  programId: ids.program,
  programName: 'Accompagnement renforcé',
  done: 45,
  missed: 5,
  cancelled: 3,
  noShowRate: 0.1,
};

export const NoShowRow = z
  .object({
    programId: z.uuid(),
    programName: z.string(),
    done: z.number().int(),
    missed: z.number().int(),
    cancelled: z.number().int(),
    noShowRate: z.number().nullable().meta({ description: 'missed / (done + missed); null when neither' }),
  })
  .meta({ id: 'NoShowRow', examples: [noShowRowExample] });
/** A report (one line per program), not a list to page through. */
export const NoShowReport = z.object({ from: datetime, to: datetime, programs: z.array(NoShowRow) }).meta({
  id: 'NoShowReport',
  examples: [{ from: '2025-03-01T00:00:00.000Z', to: '2025-04-01T00:00:00.000Z', programs: [noShowRowExample] }],
});
export type NoShowReport = z.infer<typeof NoShowReport>;

export const outboxMessageExample = {
  id: ids.message,
  appointmentId: ids.appointment,
  channel: 'sms',
  recipient: '+32 470 12 34 56',
  language: 'fr',
  subject: null,
  body: 'Rappel : rendez-vous le mercredi 12 mars 2025 à 10:00 (visite à domicile).',
  createdAt: '2025-03-10T09:00:02.000Z',
};

/** A message the local sink kept instead of sending it (development and tests only). */
export const OutboxMessage = z
  .object({
    id: z.uuid(),
    appointmentId: z.uuid(),
    channel: ReminderChannel,
    recipient: z.string(),
    language: Locale,
    subject: z.string().nullable(),
    body: z.string(),
    createdAt: datetime,
  })
  .meta({ id: 'OutboxMessage', examples: [outboxMessageExample] });
export type OutboxMessage = z.infer<typeof OutboxMessage>;
