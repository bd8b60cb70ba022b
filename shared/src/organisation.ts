import { z } from 'zod';
import { Email } from './auth.js';
import { Locale, OrganisationKind, Role, SiteKind } from './enums.js';
import { text } from './text.js';

export const Organisation = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: OrganisationKind,
    isDemo: z.boolean(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof Organisation>;

const SiteFields = {
  name: text().trim().min(1).max(200),
  kind: SiteKind,
  address: text().trim().max(500).nullable(),
  municipality: text().trim().max(200).nullable(),
};

export const Site = z
  .object({
    id: z.uuid(),
    ...SiteFields,
    // As stored: an answer never fails over text the input rules (text()) would refuse today.
    name: z.string(),
    address: z.string().nullable(),
    municipality: z.string().nullable(),
    active: z.boolean(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Site' });
export type Site = z.infer<typeof Site>;

export const SiteRef = z.object({ id: z.uuid(), name: z.string(), kind: SiteKind }).meta({ id: 'SiteRef' });
export type SiteRef = z.infer<typeof SiteRef>;

export const SiteCreate = z
  .strictObject({
    ...SiteFields,
    address: SiteFields.address.default(null),
    municipality: SiteFields.municipality.default(null),
  })
  .meta({ id: 'SiteCreate' });
export type SiteCreate = z.input<typeof SiteCreate>;

export const SiteUpdate = z
  .strictObject({ ...SiteFields, active: z.boolean() })
  .partial()
  .meta({ id: 'SiteUpdate' });
export type SiteUpdate = z.input<typeof SiteUpdate>;

/** Passwords: long rather than complex (NIST SP 800-63B). */
export const Password = text().min(12, 'At least 12 characters').max(256);

const UserFields = {
  email: Email,
  displayName: text().trim().min(1).max(200),
  role: Role,
  locale: Locale,
  siteId: z.uuid().nullable(),
  workPhone: text()
    .trim()
    .max(40)
    .nullable()
    .meta({ description: 'Work phone, shown to the partners of the cases this person manages' }),
};

export const User = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    role: Role,
    locale: Locale,
    siteId: z.uuid().nullable(),
    partnerServiceId: z
      .uuid()
      .nullable()
      .meta({ description: 'For partner accounts: the partner service they work for (they see its involved cases)' }),
    active: z.boolean(),
    workPhone: z.string().nullable(),
    totpEnabled: z.boolean().meta({ description: 'Two-factor sign-in (TOTP) is set up' }),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

export const UserCreate = z
  .strictObject({
    ...UserFields,
    locale: Locale.default('fr'),
    siteId: UserFields.siteId.default(null),
    workPhone: UserFields.workPhone.default(null),
    partnerServiceId: z.uuid().nullable().default(null),
    password: Password,
  })
  .meta({ id: 'UserCreate' });
export type UserCreate = z.input<typeof UserCreate>;

export const UserUpdate = z
  .strictObject({
    displayName: UserFields.displayName,
    role: Role,
    locale: Locale,
    siteId: UserFields.siteId,
    workPhone: UserFields.workPhone,
    partnerServiceId: z.uuid().nullable(),
    active: z.boolean(),
    password: Password,
  })
  .partial()
  .meta({ id: 'UserUpdate' });
export type UserUpdate = z.input<typeof UserUpdate>;

export const IdParam = z.object({ id: z.uuid() });

/** A colleague who can carry cases, with their current load (for assignment pickers). */
export const TeamMember = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    role: Role,
    siteId: z.uuid().nullable(),
    openCases: z.number().int(),
  })
  .meta({ id: 'TeamMember' });
export type TeamMember = z.infer<typeof TeamMember>;
