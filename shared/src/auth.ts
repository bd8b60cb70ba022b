import { z } from 'zod';
import { Locale, Role } from './enums.js';

export const Email = z
  .email()
  .max(254)
  .transform((email) => email.trim().toLowerCase());

export const LoginRequest = z
  .strictObject({
    email: Email,
    password: z.string().min(1).max(1024),
  })
  .meta({ id: 'LoginRequest' });
export type LoginRequest = z.input<typeof LoginRequest>;

export const AccessToken = z
  .object({
    accessToken: z.string(),
    tokenType: z.literal('Bearer'),
    expiresIn: z.number().int().meta({ description: 'Seconds until the access token expires' }),
  })
  .meta({ id: 'AccessToken' });
export type AccessToken = z.infer<typeof AccessToken>;

export const Me = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    role: Role,
    locale: Locale,
    organisation: z.object({ id: z.uuid(), name: z.string(), isDemo: z.boolean() }),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof Me>;
