import { z } from 'zod';

export const roles = ['admin', 'coordinator', 'case_worker', 'partner', 'analyst'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

export const organisationKinds = ['municipality', 'social_office', 'association'] as const;
export const OrganisationKind = z.enum(organisationKinds);
export type OrganisationKind = z.infer<typeof OrganisationKind>;

export const siteKinds = ['head_office', 'antenna'] as const;
export const SiteKind = z.enum(siteKinds);
export type SiteKind = z.infer<typeof SiteKind>;

export const locales = ['fr', 'nl', 'en'] as const;
export const Locale = z.enum(locales);
export type Locale = z.infer<typeof Locale>;
