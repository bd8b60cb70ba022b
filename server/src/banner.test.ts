import { describe, expect, it } from 'vitest';
import { describeDatabase, startBanner } from './banner.js';

const secrets = { key: undefined, previous: [], devKeyFile: '/srv/percee/.data/secrets.key' };

describe('the start banner', () => {
  it('names a PostgreSQL database by host, port, database and user, never its password', () => {
    const line = describeDatabase({
      kind: 'postgres',
      url: 'postgres://percee:s3cret-pw@db.internal:5433/percee_prod',
    });
    expect(line).toBe('PostgreSQL db.internal:5433, database percee_prod as percee');
    expect(line).not.toContain('s3cret');
    // Not a URL (a libpq keyword string): only the kind, nothing copied from it.
    expect(describeDatabase({ kind: 'postgres', url: 'host=db password=s3cret' })).toBe('PostgreSQL (DATABASE_URL)');
  });

  it('says where the data lives and lists the demo accounts only when there is a demo', () => {
    const embedded = startBanner({
      url: 'http://localhost:3000',
      config: { database: { kind: 'pglite', dataDir: '/srv/percee/.data/pglite' }, secrets },
      demo: { password: 'pw', emails: ['admin@demo.test', 'coach@demo.test'] },
    });
    expect(embedded).toEqual([
      'Percée is ready on http://localhost:3000',
      '  database:  embedded PostgreSQL (PGlite) in /srv/percee/.data/pglite',
      '  data:      /srv/percee/.data (database and the development secrets key)',
      '  demo:      admin@, coach@demo.test',
      '             password pw for each (one account per role: README.md)',
      '  stop:      Ctrl-C (requests in flight finish first)',
    ]);
    const production = startBanner({
      url: 'http://localhost:3000',
      config: {
        database: { kind: 'postgres', url: 'postgres://percee:pw@db/percee' },
        secrets: { ...secrets, key: Buffer.alloc(32) },
      },
    });
    expect(production).toContain('  data:      in that PostgreSQL database');
    expect(production.join('\n')).not.toContain('demo');
  });
});
