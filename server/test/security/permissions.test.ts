import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { can, PERMISSIONS, type Permission, permissions, type Role, roles } from '@percee/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../app.js';

/*
 * One permission vocabulary (shared/src/permissions.ts) for the server and the web. The server names
 * a permission wherever it checks a role; these tests hold it to that.
 */

const SOURCE = join(import.meta.dirname, '..', '..', 'src');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the permission vocabulary on the server', () => {
  const files = sourceFiles(SOURCE).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

  it('checks only permissions the vocabulary names', () => {
    const checks = /(?:requirePermission\(|requireScope\('[^']+',\s*|can\([^,()]+,\s*)'([^']+)'/g;
    const checked = new Set(files.flatMap(({ text }) => [...text.matchAll(checks)].map((match) => match[1] as string)));
    expect(checked.size).toBeGreaterThan(20);
    expect([...checked].filter((name) => !(name in PERMISSIONS))).toEqual([]);
  });

  it('states no role list of its own: no requireRole, no set or comparison of role names', () => {
    const roleList = new RegExp(
      `requireRole\\(|new Set\\(\\[\\s*'(?:${roles.join('|')})'|actor\\.role [!=]== '|\\[(?:'(?:${roles.join('|')})',?\\s*)+\\]\\.includes\\(actor\\.role`,
    );
    expect(files.filter(({ text }) => roleList.test(text)).map(({ path }) => path.slice(SOURCE.length))).toEqual([]);
  });

  it('gives every permission to at least one role, and only to known roles', () => {
    for (const permission of permissions) {
      expect(PERMISSIONS[permission].length, permission).toBeGreaterThan(0);
      for (const role of PERMISSIONS[permission]) expect(roles).toContain(role);
    }
  });
});

/** One request per permission that a route checks on its own, without ids. */
const PROBES: Partial<Record<Permission, string>> = {
  'user.manage': '/api/v1/admin/users',
  'site.manage': '/api/v1/admin/sites',
  'site.read': '/api/v1/sites',
  'program.read': '/api/v1/programs',
  'catalogue.read': '/api/v1/cost-catalogue',
  'partnerService.read': '/api/v1/partner-services',
  'integration.manage': '/api/v1/admin/api-clients',
  'audit.read': '/api/v1/admin/audit/head',
  'retention.manage': '/api/v1/admin/retention/settings',
  'team.read': '/api/v1/team',
  'team.dashboard': '/api/v1/reports/team',
  'helpdesk.use': '/api/v1/inquiries',
  'case.read': '/api/v1/assessment-instruments',
  'household.access': '/api/v1/households',
  'referral.send': '/api/v1/referrals',
  'partner.cases': '/api/v1/partner/cases',
  'aggregate.read': '/api/v1/avoided-costs/summary',
  'task.use': '/api/v1/tasks',
  'task.team': '/api/v1/tasks?scope=team',
  'caseSettings.read': '/api/v1/case-settings',
};

describe('the permission vocabulary through HTTP', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  const sessions = {} as Record<Role, Record<string, string>>;

  beforeAll(async () => {
    ctx = await startTestApp();
    const org = await createTestOrganisation(ctx.database, 'Vocabulary', [...roles]);
    for (const role of roles) sessions[role] = (await signIn(ctx.app, org.byRole[role].email)).headers;
  });
  afterAll(() => ctx.close());

  it.each(Object.entries(PROBES))(
    '%s: the roles that can() get through %s, the others get 403',
    async (permission, url) => {
      const outcomes: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const role of roles) {
        const response = await ctx.app.inject({ method: 'GET', url, headers: sessions[role] });
        outcomes[role] = [401, 403, 404].includes(response.statusCode) ? `refused ${response.statusCode}` : 'through';
        expected[role] = can(role, permission as Permission) ? 'through' : 'refused 403';
      }
      expect(outcomes).toEqual(expected);
    },
  );
});
