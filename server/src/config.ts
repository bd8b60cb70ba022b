import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Repository root: the same two levels up from `src/` and from the bundled `dist/`. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const flag = z.stringbool();

/** A base64 AES-256 key: exactly 32 bytes once decoded. */
const base64Key = z
  .string()
  .trim()
  .refine((value) => /^[A-Za-z0-9+/_-]+={0,2}$/.test(value) && Buffer.from(value, 'base64').length === 32, {
    message: 'must be 32 random bytes in base64 (openssl rand -base64 32)',
  });

/** `true`, `false`, or a comma-separated list of host names, addresses and CIDR ranges. */
const allowPrivateHosts = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const lower = value.toLowerCase();
    if (lower === 'true') return true as const;
    if (lower === 'false') return false as const;
    const entries = value
      .split(',')
      .map((entry) => entry.trim().toLowerCase())
      .filter(Boolean);
    const bad = entries.filter((entry) => !/^[a-z0-9.:_\-[\]]+(\/\d{1,3})?$/.test(entry));
    if (bad.length > 0 || entries.length === 0) {
      ctx.addIssue({
        code: 'custom',
        message: `must be true, false or a comma-separated list of hosts, addresses and CIDR ranges (bad: ${bad.join(', ') || 'empty'})`,
      });
      return z.NEVER;
    }
    return entries;
  });

/** A duration: `15 minutes`, `90s`, `1 hour`, or bare milliseconds; from one second to a day. */
const duration = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const match = /^(\d+)\s*(?:(ms|milliseconds?)|(s|secs?|seconds?)|(m|mins?|minutes?)|(h|hours?))?$/i.exec(value);
    const unit = !match ? Number.NaN : match[3] ? 1000 : match[4] ? 60_000 : match[5] ? 3_600_000 : 1;
    const ms = Number(match?.[1]) * unit;
    if (!(ms >= 1000 && ms <= 86_400_000)) {
      ctx.addIssue({ code: 'custom', message: 'must be a duration from 1 second to 24 hours, e.g. "15 minutes"' });
      return z.NEVER;
    }
    return ms;
  });

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    // Prometheus metrics on a listener of their own, never the public port (platform/metrics.ts); unset: off.
    METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
    METRICS_HOST: z.string().min(1).default('127.0.0.1'),
    // OpenTelemetry traces (platform/tracing.ts), OTLP over HTTP to this collector base URL; unset: off.
    OTEL_EXPORTER_OTLP_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    DATA_DIR: z.string().min(1).default(path.join(repoRoot, '.data')),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).default(20),
    REPORTS_POOL_MAX: z.coerce.number().int().min(1).max(100).default(4),
    DATABASE_PREPARED_STATEMENTS: flag.default(true),
    REPORT_CACHE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
    EXPORT_PAGE_SIZE: z.coerce.number().int().min(1).max(5000).default(1000),
    EXPORT_MAX_ROWS: z.coerce.number().int().min(1).max(1_000_000).default(50_000),
    MIGRATE_ON_START: flag.optional(),
    DEMO_SEED: flag.default(true),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    JWT_ISSUER: z.string().min(1).default('percee'),
    JWT_AUDIENCE: z.string().min(1).default('percee-api'),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(900),
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    SESSION_ABSOLUTE_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(12),
    COOKIE_SECURE: flag.optional(),
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.url())),
    LOGIN_RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(10),
    LOGIN_RATE_LIMIT_ACCOUNT_MAX: z.coerce.number().int().min(1).default(30),
    LOGIN_RATE_LIMIT_ADDRESS_MAX: z.coerce.number().int().min(1).default(100),
    LOGIN_RATE_LIMIT_WINDOW: duration.default(15 * 60_000),
    API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
    CLIENT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(1200),
    REQUIRE_ADMIN_TOTP: flag.optional(),
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
    LINGER_IDLE_MS: z.coerce.number().int().min(100).max(60_000).default(2_000),
    LINGER_TOTAL_MS: z.coerce.number().int().min(100).max(300_000).default(30_000),
    LINGER_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(0)
      .max(1024 * 1024 * 1024)
      .default(64 * 1024 * 1024),
    CLIENT_TOKEN_TTL_SECONDS: z.coerce.number().int().min(300).max(900).default(600),
    WEBHOOK_WORKER_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(2000),
    WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
    WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(12),
    WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(1).max(3_600_000).default(30_000),
    WEBHOOK_RETRY_MAX_MS: z.coerce
      .number()
      .int()
      .min(1)
      .max(86_400_000)
      .default(6 * 3_600_000),
    IMPORT_MAX_ROWS: z.coerce.number().int().min(1).max(100_000).default(5000),
    IMPORT_BATCH_ROWS: z.coerce.number().int().min(1).max(1000).default(50),
    IMPORT_WORKER_INTERVAL_MS: z.coerce.number().int().min(0).default(5000),
    IMPORT_LEASE_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
    IMPORT_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(100 * 1024 * 1024)
      .default(10 * 1024 * 1024),
    RETENTION_JOB_INTERVAL_HOURS: z.coerce
      .number()
      .int()
      .min(0)
      .max(24 * 24)
      .default(24),
    WEBHOOK_ALLOW_PRIVATE_HOSTS: allowPrivateHosts.optional(),
    WEBHOOK_MAX_RESPONSE_BYTES: z.coerce.number().int().min(0).max(10_485_760).default(65_536),
    SECRETS_KEY: base64Key.optional(),
    SECRETS_KEY_PREVIOUS: z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((key) => key.trim())
          .filter(Boolean),
      )
      .pipe(z.array(base64Key)),
    CLEANUP_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(3_600_000),
    JOB_LEASE_MS: z.coerce.number().int().min(300).max(3_600_000).default(60_000),
    WEBHOOK_ATTEMPT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
    IMPORT_JOB_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
    EVENT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
    // Reminders to the person (issue 18.3): per channel `off`, a real provider, or `sink` (kept in the
    // database and shown in the web app, development and tests). Default: sink outside production, off in it.
    REMINDER_EMAIL: z.enum(['off', 'smtp', 'sink']).optional(),
    REMINDER_SMS: z.enum(['off', 'http', 'sink']).optional(),
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    SMTP_FROM: z.string().trim().min(3).max(200).optional(),
    SMS_HTTP_URL: z.url({ protocol: /^https?$/ }).optional(),
    SMS_HTTP_TOKEN: z.string().min(1).max(1000).optional(),
    SMS_HTTP_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
    REMINDER_LEAD_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(14 * 24)
      .default(48),
    REMINDER_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
    /** How often the task rules run (contact overdue, evaluation due, ...); 0 = off. */
    TASK_RULES_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(300_000),
    WEB_DIST_DIR: z.string().default(path.join(repoRoot, 'web', 'dist')),
    MIGRATIONS_DIR: z.string().default(path.join(repoRoot, 'migrations')),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'is required in production' });
    }
    if (env.NODE_ENV === 'production' && !env.SECRETS_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['SECRETS_KEY'],
        message: 'is required in production (32 random bytes in base64: openssl rand -base64 32)',
      });
    }
    if (env.REMINDER_EMAIL === 'smtp' && (!env.SMTP_URL || !env.SMTP_FROM)) {
      ctx.addIssue({
        code: 'custom',
        path: ['SMTP_URL'],
        message: 'SMTP_URL and SMTP_FROM are required with REMINDER_EMAIL=smtp',
      });
    }
    if (env.REMINDER_SMS === 'http' && !env.SMS_HTTP_URL) {
      ctx.addIssue({ code: 'custom', path: ['SMS_HTTP_URL'], message: 'is required with REMINDER_SMS=http' });
    }
  });

export type Config = ReturnType<typeof toConfig>;

function toConfig(env: z.infer<typeof EnvSchema>) {
  const embedded = !env.DATABASE_URL;
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    /**
     * `/metrics` (Prometheus text format) on its own listener, so the public port never shows it: bind
     * it to a private interface the scraper reaches (default loopback). Without a port, no metrics.
     */
    metrics: env.METRICS_PORT === undefined ? undefined : { port: env.METRICS_PORT, host: env.METRICS_HOST },
    /** Request traces (@fastify/otel) sent to `{endpoint}/v1/traces`; off unless an endpoint is set. */
    tracing:
      env.OTEL_EXPORTER_OTLP_ENDPOINT === undefined
        ? undefined
        : { tracesUrl: `${env.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/traces` },
    database: embedded
      ? ({ kind: 'pglite', dataDir: path.join(env.DATA_DIR, 'pglite') } as const)
      : ({
          kind: 'postgres',
          url: env.DATABASE_URL as string,
          poolMax: env.DATABASE_POOL_MAX,
          reportsPoolMax: env.REPORTS_POOL_MAX,
          preparedStatements: env.DATABASE_PREPARED_STATEMENTS,
        } as const),
    // The embedded database belongs to this process alone, so migrating it on start is safe;
    // a shared PostgreSQL is migrated by an admin with `pnpm db:migrate` unless told otherwise.
    migrateOnStart: env.MIGRATE_ON_START ?? embedded,
    migrationsDir: env.MIGRATIONS_DIR,
    demoSeed: env.DEMO_SEED,
    // Without a configured secret (development only), a per-process secret: access tokens
    // die with the process, refresh tokens live in the database and keep sessions going.
    jwt: {
      secret: env.JWT_SECRET ?? randomBytes(48).toString('base64url'),
      issuer: env.JWT_ISSUER,
      audience: env.JWT_AUDIENCE,
      accessTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
    },
    // A session ends after this long without a refresh (idle), and this long after sign-in whatever
    // happens (absolute): a forgotten tablet in a home visit does not stay signed in.
    session: { idleMinutes: env.SESSION_IDLE_MINUTES, absoluteHours: env.SESSION_ABSOLUTE_HOURS },
    cookieSecure: env.COOKIE_SECURE ?? env.NODE_ENV === 'production',
    corsOrigins: env.CORS_ORIGINS,
    /**
     * Failed credential attempts (sign-in password and code steps, OAuth token endpoint), counted in
     * PostgreSQL so every process sees them: per account and address, per account from any address,
     * and a far higher ceiling per address (a whole office behind one NAT). Successes are not counted.
     */
    loginRateLimit: {
      perAccountAndAddress: env.LOGIN_RATE_LIMIT_MAX,
      perAccount: env.LOGIN_RATE_LIMIT_ACCOUNT_MAX,
      perAddress: env.LOGIN_RATE_LIMIT_ADDRESS_MAX,
      windowMs: env.LOGIN_RATE_LIMIT_WINDOW,
    },
    /** Requests per minute per signed-in user and per machine client (keyed by id, not address). */
    apiRateLimit: { userPerMinute: env.API_RATE_LIMIT_PER_MINUTE, clientPerMinute: env.CLIENT_RATE_LIMIT_PER_MINUTE },
    totp: {
      // Admins must use a second factor in production; the embedded demo and development do not ask for it
      // (docs/decisions/0008-totp.md).
      // Their secrets are sealed with the secrets keys below, like webhook secrets (decision 7).
      requiredForAdmins: env.REQUIRE_ADMIN_TOTP ?? env.NODE_ENV === 'production',
    },
    /** How long SIGTERM waits for in-flight requests before closing anyway. */
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    /**
     * Lingering close: after answering a request whose body was not read to the end (413, 401...), the
     * rest of the upload is read and discarded, so the client can read the answer (closing on unread
     * bytes makes the kernel send RST, and the client may lose it). Bounded: cut after `idleMs`
     * without a byte, `totalMs` after the answer, or `maxBytes` discarded.
     */
    linger: { idleMs: env.LINGER_IDLE_MS, totalMs: env.LINGER_TOTAL_MS, maxBytes: env.LINGER_MAX_BYTES },
    webDistDir: env.WEB_DIST_DIR,
    /** Machine clients (other municipal systems): tokens, webhook delivery, bulk import. */
    integrations: {
      clientTokenTtlSeconds: env.CLIENT_TOKEN_TTL_SECONDS,
      /** 0 turns the in-process delivery worker off (e.g. when dumping the OpenAPI document). */
      webhookWorkerIntervalMs: env.WEBHOOK_WORKER_INTERVAL_MS,
      webhookTimeoutMs: env.WEBHOOK_TIMEOUT_MS,
      webhookMaxAttempts: env.WEBHOOK_MAX_ATTEMPTS,
      webhookRetryBaseMs: env.WEBHOOK_RETRY_BASE_MS,
      webhookRetryMaxMs: env.WEBHOOK_RETRY_MAX_MS,
      importMaxRows: env.IMPORT_MAX_ROWS,
      importMaxBytes: env.IMPORT_MAX_BYTES,
      /** Rows per import transaction: on PGlite's one connection, other requests run between batches. */
      importBatchRows: env.IMPORT_BATCH_ROWS,
      /** How often the in-process import runner looks for queued or abandoned jobs; 0 turns polling off. */
      importWorkerIntervalMs: env.IMPORT_WORKER_INTERVAL_MS,
      /** A running job's lease, renewed by every batch: past it, another instance (or a restart) resumes it. */
      importLeaseSeconds: env.IMPORT_LEASE_SECONDS,
      /**
       * Webhook targets on loopback, private, link-local, CGNAT, multicast or unique-local addresses:
       * `true` allows them (not cloud metadata addresses), `false` refuses them, a list allows only
       * those hosts, addresses or ranges. Default: allowed outside production, refused in it.
       */
      webhookAllowPrivateHosts: env.WEBHOOK_ALLOW_PRIVATE_HOSTS ?? env.NODE_ENV !== 'production',
      webhookMaxResponseBytes: env.WEBHOOK_MAX_RESPONSE_BYTES,
    },
    /** Housekeeping: 0 turns the in-process scheduler off. */
    /**
     * Report figures (activity report, avoided-cost summary) are served from a snapshot at most this
     * many seconds old, with the time they were computed; 0 computes them on every request.
     */
    reports: { cacheSeconds: env.REPORT_CACHE_SECONDS },
    /**
     * CSV exports of the lists are streamed page by page (rows read per page, each page in its own
     * transaction), and hold at most `maxRows` rows; the audit trail's export holds every row.
     */
    exports: { pageSize: env.EXPORT_PAGE_SIZE, maxRows: env.EXPORT_MAX_ROWS },
    cleanup: {
      intervalMs: env.CLEANUP_INTERVAL_MS,
      attemptRetentionDays: env.WEBHOOK_ATTEMPT_RETENTION_DAYS,
      eventRetentionDays: env.EVENT_RETENTION_DAYS,
      importJobRetentionDays: env.IMPORT_JOB_RETENTION_DAYS,
    },
    /** Keys for secrets kept encrypted at rest (webhook signing secrets, TOTP secrets); see lib/secrets.ts. */
    secrets: {
      key: env.SECRETS_KEY ? Buffer.from(env.SECRETS_KEY, 'base64') : undefined,
      previous: env.SECRETS_KEY_PREVIOUS.map((key) => Buffer.from(key, 'base64')),
      devKeyFile: path.join(env.DATA_DIR, 'secrets.key'),
    },
    /** The in-process retention job: every `intervalHours` (0 = off), first run a few minutes after start. */
    retention: { intervalHours: env.RETENTION_JOB_INTERVAL_HOURS, firstRunDelayMs: 5 * 60_000 },
    /**
     * The job runner (platform/jobs.ts): a process running a job holds its lease for `leaseMs`, renewed
     * while the run goes on; a crashed process's job is taken over by another once it runs out.
     */
    jobs: { leaseMs: env.JOB_LEASE_MS },
    /**
     * Reminders to the person (modules/appointments/reminders.ts): which sender serves each channel,
     * how long before the appointment they go, and how often the in-process tick looks (0 = off).
     */
    reminders: {
      email: env.REMINDER_EMAIL ?? (env.NODE_ENV === 'production' ? 'off' : 'sink'),
      sms: env.REMINDER_SMS ?? (env.NODE_ENV === 'production' ? 'off' : 'sink'),
      smtp: env.SMTP_URL && env.SMTP_FROM ? { url: env.SMTP_URL, from: env.SMTP_FROM } : undefined,
      smsHttp: env.SMS_HTTP_URL
        ? { url: env.SMS_HTTP_URL, token: env.SMS_HTTP_TOKEN, timeoutMs: env.SMS_HTTP_TIMEOUT_MS }
        : undefined,
      leadHours: env.REMINDER_LEAD_HOURS,
      intervalMs: env.REMINDER_INTERVAL_MS,
    },
    tasks: { rulesIntervalMs: env.TASK_RULES_INTERVAL_MS },
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parse the environment once, at start-up; every bad variable is listed. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings mean "unset" (docker-compose passes `VAR=` for blanks).
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`));
  }
  return toConfig(parsed.data);
}
