import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const KEY = Buffer.alloc(32, 7).toString('base64');

describe('configuration', () => {
  it('runs on the embedded database with sane defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.database.kind).toBe('pglite');
    expect(config.port).toBe(3000);
    expect(config.migrateOnStart).toBe(true);
    expect(config.demoSeed).toBe(true);
    expect(config.cookieSecure).toBe(false);
  });

  it('uses PostgreSQL when DATABASE_URL is set, and leaves migrating to the admin', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://percee@db:5432/percee', MIGRATE_ON_START: '' });
    expect(config.database).toEqual({
      kind: 'postgres',
      url: 'postgres://percee@db:5432/percee',
      poolMax: 20,
      reportsPoolMax: 4,
      preparedStatements: true,
    });
    expect(config.reports.cacheSeconds).toBe(300);
    expect(config.migrateOnStart).toBe(false);
  });

  it('reads the limits of failed sign-in attempts, with their window as a duration', () => {
    expect(loadConfig({}).loginRateLimit).toEqual({
      perAccountAndAddress: 10,
      perAccount: 30,
      perAddress: 100,
      windowMs: 15 * 60_000,
    });
    const window = (value: string) => loadConfig({ LOGIN_RATE_LIMIT_WINDOW: value }).loginRateLimit.windowMs;
    expect(window('15 minutes')).toBe(900_000);
    expect(window('1 minute')).toBe(60_000);
    expect(window('90s')).toBe(90_000);
    expect(window('1 hour')).toBe(3_600_000);
    expect(window('120000')).toBe(120_000);
    for (const bad of ['soon', '0 minutes', '2 days', '500ms']) {
      expect(() => loadConfig({ LOGIN_RATE_LIMIT_WINDOW: bad }), bad).toThrow(/LOGIN_RATE_LIMIT_WINDOW/);
    }
  });

  it('serves metrics only when METRICS_PORT is set, on loopback unless told otherwise', () => {
    expect(loadConfig({}).metrics).toBeUndefined();
    expect(loadConfig({ METRICS_PORT: '9464' }).metrics).toEqual({ port: 9464, host: '127.0.0.1' });
    expect(loadConfig({ METRICS_PORT: '9464', METRICS_HOST: '10.0.0.5' }).metrics).toEqual({
      port: 9464,
      host: '10.0.0.5',
    });
    for (const bad of ['metrics', '-1', '70000']) {
      expect(() => loadConfig({ METRICS_PORT: bad }), bad).toThrow(/METRICS_PORT/);
    }
  });

  it('lists every bad variable by name and stops', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://nope', DEMO_SEED: 'maybe', LOG_LEVEL: 'loud' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'DATABASE_URL', 'DEMO_SEED', 'LOG_LEVEL']) expect(problems).toContain(name);
  });

  it('requires a JWT secret of at least 32 characters in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: is required in production/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), SECRETS_KEY: KEY });
    expect(config.cookieSecure).toBe(true);
  });

  it('requires a 32-byte secrets key in production, and refuses private webhook hosts there by default', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) })).toThrow(
      /SECRETS_KEY: is required in production/,
    );
    expect(() => loadConfig({ SECRETS_KEY: Buffer.alloc(16, 1).toString('base64') })).toThrow(/SECRETS_KEY/);
    expect(() => loadConfig({ SECRETS_KEY_PREVIOUS: `${KEY},nope` })).toThrow(/SECRETS_KEY_PREVIOUS/);
    const production = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), SECRETS_KEY: KEY });
    expect(production.secrets.key?.length).toBe(32);
    expect(production.integrations.webhookAllowPrivateHosts).toBe(false);
    expect(loadConfig({}).integrations.webhookAllowPrivateHosts).toBe(true);
    expect(loadConfig({ WEBHOOK_ALLOW_PRIVATE_HOSTS: '10.1.0.0/16, hooks.intra' }).integrations).toMatchObject({
      webhookAllowPrivateHosts: ['10.1.0.0/16', 'hooks.intra'],
    });
    expect(() => loadConfig({ WEBHOOK_ALLOW_PRIVATE_HOSTS: 'a b' })).toThrow(/WEBHOOK_ALLOW_PRIVATE_HOSTS/);
    expect(() => loadConfig({ EVENT_RETENTION_DAYS: '0' })).toThrow(/EVENT_RETENTION_DAYS/);
  });

  it('has no key of its own for TOTP secrets: they are sealed with SECRETS_KEY like webhook secrets', () => {
    const config = loadConfig({ TOTP_ENCRYPTION_KEY: 'x'.repeat(32), JWT_SECRET: 'y'.repeat(32) });
    expect(config.totp).toEqual({ requiredForAdmins: false });
    expect(JSON.stringify(config)).not.toContain('x'.repeat(32));
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), SECRETS_KEY: KEY }).totp).toEqual({
      requiredForAdmins: true,
    });
  });

  it('parses the CORS allow-list and rejects a non-URL entry', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example' }).corsOrigins).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
    expect(() => loadConfig({ CORS_ORIGINS: 'not a url' })).toThrow(/CORS_ORIGINS/);
  });
});
