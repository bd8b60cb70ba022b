import { z } from 'zod';
import { birthDate, boundedDate, boundedInstant } from './bounds.js';
import { HouseholdRole, ProblemDomain, ResidenceStatus, Severity } from './casework.js';
import { householdExample, householdSummaryExample } from './examples.js';
import { text } from './text.js';

const isoDate = z.iso.date();
const name = text().trim().min(1).max(120);

const PersonFields = {
  firstName: name,
  lastName: name,
  birthDate: birthDate().nullable(),
  role: HouseholdRole,
  residenceStatus: ResidenceStatus,
  phone: text().trim().max(40).nullable(),
  email: z.email().max(254).nullable(),
  /** When the member joined the household (a birth, a move in); null: from the start. */
  joinedOn: boundedDate().nullable(),
  /** When the member left (moved out, died); null: still a member. Never before `joinedOn`. */
  leftOn: boundedDate().nullable(),
};

export const PersonInput = z.strictObject({
  ...PersonFields,
  birthDate: PersonFields.birthDate.default(null),
  residenceStatus: PersonFields.residenceStatus.default('unknown'),
  phone: PersonFields.phone.default(null),
  email: PersonFields.email.default(null),
  joinedOn: PersonFields.joinedOn.default(null),
  leftOn: PersonFields.leftOn.default(null),
});
export type PersonInput = z.input<typeof PersonInput>;

export const Person = z
  .object({
    id: z.uuid(),
    householdId: z.uuid(),
    firstName: z.string(),
    lastName: z.string(),
    birthDate: isoDate.nullable(),
    role: HouseholdRole,
    residenceStatus: ResidenceStatus,
    phone: z
      .string()
      .nullable()
      .meta({ description: 'Null for roles not entitled to contact details (permission household.contactDetails)' }),
    email: z.string().nullable(),
    joinedOn: isoDate.nullable(),
    leftOn: isoDate.nullable(),
    /** Whole years on the organisation's day (its time zone); null without a birth date. */
    age: z.number().int().nullable(),
    /** The member's version: its ETag, sent back as If-Match to correct it. */
    version: z.number().int(),
  })
  .meta({ id: 'Person' });
export type Person = z.infer<typeof Person>;

/**
 * A correction (rectification, GDPR art. 16): only the fields sent change (no defaults here, unlike
 * PersonInput), and the reason is required; both land in the file's history with before and after.
 */
export const PersonUpdate = z
  .strictObject({
    ...z.strictObject(PersonFields).partial().shape,
    reason: text().trim().min(3).max(500),
  })
  .meta({ id: 'PersonUpdate' });
export type PersonUpdate = z.input<typeof PersonUpdate>;

export const HouseholdProblemInput = z.strictObject({
  domain: ProblemDomain,
  severity: Severity,
  since: boundedDate().nullable().default(null),
  note: text().trim().max(1000).nullable().default(null),
});
export const HouseholdProblem = z.object({
  domain: ProblemDomain,
  severity: Severity,
  since: isoDate.nullable(),
  note: z.string().nullable(),
});

const AddressFields = {
  address: text().trim().max(300).nullable(),
  postalCode: text().trim().max(20).nullable(),
  municipality: text().trim().max(120).nullable(),
  siteId: z.uuid().nullable(),
};

export const HouseholdCreate = z
  .strictObject({
    address: AddressFields.address.default(null),
    postalCode: AddressFields.postalCode.default(null),
    municipality: AddressFields.municipality.default(null),
    siteId: AddressFields.siteId.default(null),
    members: z.array(PersonInput).min(1).max(20),
    problems: z.array(HouseholdProblemInput).max(12).default([]),
    /** Create even though possible duplicates were reported (after a person checked them). */
    confirmNotDuplicate: z.boolean().default(false),
  })
  .meta({ id: 'HouseholdCreate' });
export type HouseholdCreate = z.input<typeof HouseholdCreate>;

export const HouseholdUpdate = z
  .strictObject({ ...AddressFields, problems: z.array(HouseholdProblemInput).max(12) })
  .partial()
  .meta({ id: 'HouseholdUpdate' });
export type HouseholdUpdate = z.input<typeof HouseholdUpdate>;

export const HouseholdSummary = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    displayName: z.string().meta({ description: "The applicant's name (or the first member's)" }),
    municipality: z.string().nullable(),
    memberCount: z.number().int(),
    openCaseCount: z.number().int(),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'HouseholdSummary', examples: [householdSummaryExample] });
export type HouseholdSummary = z.infer<typeof HouseholdSummary>;

export const Household = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    ...AddressFields,
    // As stored: an answer never fails over text the input rules (text()) would refuse today.
    address: z.string().nullable(),
    postalCode: z.string().nullable(),
    municipality: z.string().nullable(),
    members: z.array(Person),
    problems: z.array(HouseholdProblem),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    version: z.number().int(),
  })
  .meta({ id: 'Household', examples: [householdExample] });
export type Household = z.infer<typeof Household>;

export const DuplicateCandidate = z
  .object({
    householdId: z.uuid(),
    reference: z.string(),
    reason: z.enum(['same_person', 'same_address']),
    detail: z
      .string()
      .meta({ description: 'In English, for logs and API users; screens say `reason` and `birthDate`' }),
    birthDate: z.iso
      .date()
      .nullable()
      .optional()
      .meta({ description: 'same_person: the birth date both share (null when none was given)' }),
  })
  .meta({ id: 'DuplicateCandidate' });
export type DuplicateCandidate = z.infer<typeof DuplicateCandidate>;

export const HouseholdSearchQuery = z.object({
  q: text().trim().min(1).max(200).optional(),
  siteId: z.uuid().optional(),
  updatedSince: boundedInstant().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z
    .string()
    .max(500)
    .regex(/^[A-Za-z0-9_-]*$/, 'Not a cursor from this API')
    .optional(),
});
export type HouseholdSearchQuery = z.infer<typeof HouseholdSearchQuery>;

export const DuplicateCheck = z
  .strictObject({
    members: z
      .array(PersonInput.pick({ firstName: true, lastName: true, birthDate: true }))
      .max(20)
      .default([]),
    address: text().trim().max(300).nullable().default(null),
    postalCode: text().trim().max(20).nullable().default(null),
  })
  .meta({ id: 'DuplicateCheck' });
