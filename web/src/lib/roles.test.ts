import { can, type Permission, roles } from '@percee/shared';
import { describe, expect, it } from 'vitest';
import {
  administers,
  approvesBreakthroughs,
  coordinates,
  followsReferrals,
  overridesCaseload,
  readsAggregates,
  readsFileAccessLog,
  worksOnCases,
} from './roles';

/*
 * The interface shows an action when the API would allow it: every question features ask is one of
 * the shared permissions (the API checks the same `can()`), and the permissions a question stands
 * for still go together. If they ever part, split the question.
 */
const QUESTIONS: [string, (role: (typeof roles)[number]) => boolean, Permission[]][] = [
  [
    'coordinates',
    coordinates,
    ['referral.decide', 'referral.inbox', 'case.assign', 'case.setCoWorkers', 'case.readAll'],
  ],
  ['worksOnCases', worksOnCases, ['case.read', 'household.access']],
  ['overridesCaseload', overridesCaseload, ['case.overrideCaseload']],
  ['approvesBreakthroughs', approvesBreakthroughs, ['breakthrough.approve']],
  ['readsAggregates', readsAggregates, ['aggregate.read']],
  ['administers', administers, ['site.manage', 'user.manage', 'catalogue.edit', 'program.edit']],
  ['readsFileAccessLog', readsFileAccessLog, ['accessLog.read']],
];

describe('what the interface shows each role', () => {
  it.each(QUESTIONS)('%s answers as the API permissions it stands for', (_name, question, permissions) => {
    for (const role of roles) {
      for (const permission of permissions)
        expect(question(role), `${role} / ${permission}`).toBe(can(role, permission));
    }
  });

  it('lets the roles that follow referrals in a list of their own see them: the inbox, or a partner', () => {
    expect(roles.filter(followsReferrals)).toEqual(['coordinator', 'partner']);
    for (const role of roles.filter(followsReferrals)) expect(can(role, 'referral.send')).toBe(true);
  });
});
