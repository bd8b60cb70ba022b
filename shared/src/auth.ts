import { z } from 'zod';
import { Locale, Role } from './enums.js';
import { text } from './text.js';

export const Email = z
  .email()
  .max(254)
  .transform((email) => email.trim().toLowerCase());

export const LoginRequest = z
  .strictObject({
    email: Email,
    password: text().min(1).max(1024),
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

/** The password was right, but the account uses a second factor: finish with `POST /auth/login/totp`. */
export const SecondFactorRequired = z
  .object({
    secondFactorRequired: z.literal(true),
    challenge: z.string().meta({ description: 'Short-lived proof of the password step; not a session' }),
    expiresIn: z.number().int().meta({ description: 'Seconds until the challenge expires' }),
  })
  .meta({ id: 'SecondFactorRequired' });
export type SecondFactorRequired = z.infer<typeof SecondFactorRequired>;

export const LoginResponse = z.union([AccessToken, SecondFactorRequired]).meta({ id: 'LoginResponse' });
export type LoginResponse = z.infer<typeof LoginResponse>;

/** A six-digit TOTP code (RFC 6238). */
export const TotpCode = z
  .string()
  .regex(/^\d{6}$/, 'must be 6 digits')
  .max(6);

export const TotpLoginRequest = z
  .strictObject({
    challenge: text().min(1).max(2048),
    code: TotpCode.optional(),
    recoveryCode: text().min(1).max(32).optional(),
  })
  .refine((body) => (body.code === undefined) !== (body.recoveryCode === undefined), {
    message: 'Give either a code or a recovery code',
    path: ['code'],
  })
  .meta({ id: 'TotpLoginRequest' });
export type TotpLoginRequest = z.input<typeof TotpLoginRequest>;

/** Shown once, at enrolment: the secret as text and as an otpauth:// URI for authenticator apps. */
export const TotpEnrolment = z
  .object({
    secret: z.string().meta({ description: 'Base32 secret, to type into an authenticator app' }),
    otpauthUri: z.string().meta({ description: 'otpauth://totp/... URI (QR code content)' }),
  })
  .meta({ id: 'TotpEnrolment' });
export type TotpEnrolment = z.infer<typeof TotpEnrolment>;

export const TotpConfirmRequest = z.strictObject({ code: TotpCode }).meta({ id: 'TotpConfirmRequest' });
export type TotpConfirmRequest = z.input<typeof TotpConfirmRequest>;

/** Single-use recovery codes, shown once; only their hashes are kept. */
export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) }).meta({ id: 'RecoveryCodes' });
export type RecoveryCodes = z.infer<typeof RecoveryCodes>;

export const Me = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    role: Role,
    locale: Locale,
    organisation: z.object({ id: z.uuid(), name: z.string(), isDemo: z.boolean() }),
    totp: z.object({
      enabled: z.boolean(),
      required: z.boolean().meta({ description: 'This account must enrol before it can do anything else' }),
      enrolmentOnly: z.boolean().meta({ description: 'This session may only enrol a second factor' }),
    }),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof Me>;
