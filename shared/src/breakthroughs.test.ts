import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AvoidedCostSummaryQuery,
  allowedBreakthroughMoves,
  allowedPlanMoves,
  BreakthroughCreate,
  BreakthroughScenario,
  type BreakthroughStatus,
  BreakthroughTransition,
  breakthroughStatuses,
  canMoveBreakthrough,
  isCoordinatorMove,
  isFinalBreakthroughStatus,
  planStatuses,
} from './breakthroughs.js';

const status = fc.constantFrom(...breakthroughStatuses);
const uuid = '6f1c1f7e-2f5b-4c3a-9d7e-1a2b3c4d5e6f';

describe('breakthrough transitions', () => {
  it('follows the method: proposed → approved → in_progress → achieved | abandoned', () => {
    expect(allowedBreakthroughMoves('proposed', true)).toEqual(['approved', 'abandoned']);
    expect(allowedBreakthroughMoves('proposed', false)).toEqual(['approved', 'in_progress', 'abandoned']);
    expect(allowedBreakthroughMoves('approved', true)).toEqual(['in_progress', 'abandoned']);
    expect(allowedBreakthroughMoves('in_progress', true)).toEqual(['achieved', 'abandoned']);
    expect(allowedBreakthroughMoves('achieved', false)).toEqual([]);
    expect(allowedBreakthroughMoves('abandoned', false)).toEqual([]);
  });

  it('final statuses have no move; every other status can still be abandoned; no move stays in place', () => {
    fc.assert(
      fc.property(status, fc.boolean(), (from, needsApproval) => {
        const moves = allowedBreakthroughMoves(from, needsApproval);
        if (isFinalBreakthroughStatus(from)) return moves.length === 0;
        return moves.includes('abandoned') && !moves.includes(from);
      }),
    );
  });

  it('every walk along allowed moves ends in achieved or abandoned within four moves', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(fc.nat(), { minLength: 5, maxLength: 5 }), (needsApproval, choices) => {
        let current: BreakthroughStatus = 'proposed';
        let steps = 0;
        for (const choice of choices) {
          const moves = allowedBreakthroughMoves(current, needsApproval);
          if (moves.length === 0) break;
          current = moves[choice % moves.length] as BreakthroughStatus;
          steps++;
        }
        return isFinalBreakthroughStatus(current) && steps <= 4;
      }),
    );
  });

  it('reaches achieved only through in_progress, and in_progress only after a sign-off when one is needed', () => {
    fc.assert(
      fc.property(status, status, fc.boolean(), (from, to, needsApproval) => {
        if (!canMoveBreakthrough(from, to, needsApproval)) return true;
        if (to === 'achieved') return from === 'in_progress';
        if (to === 'in_progress') return from === 'approved' || (from === 'proposed' && !needsApproval);
        return true;
      }),
    );
  });

  it('reserves exactly the sign-off and its refusal to coordinators', () => {
    fc.assert(
      fc.property(status, status, (from, to) => {
        const signOff = from === 'proposed' && (to === 'approved' || to === 'abandoned');
        return isCoordinatorMove(from, to) === signOff;
      }),
    );
  });

  it('moves a plan draft → active → completed, one step at a time', () => {
    expect(planStatuses.map((from) => allowedPlanMoves(from))).toEqual([['active'], ['completed'], []]);
  });
});

describe('breakthrough schemas', () => {
  it('requires a reason to reject or abandon', () => {
    expect(BreakthroughTransition.safeParse({ to: 'abandoned' }).success).toBe(false);
    expect(BreakthroughTransition.safeParse({ to: 'abandoned', comment: 'Family moved' }).success).toBe(true);
    expect(BreakthroughTransition.safeParse({ to: 'approved' }).success).toBe(true);
  });

  it('bounds the horizon to 1-36 months', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100, max: 100 }), (horizonMonths) => {
        const parsed = BreakthroughScenario.safeParse({ horizonMonths, without: [], with: [] });
        return parsed.success === (horizonMonths >= 1 && horizonMonths <= 36);
      }),
    );
  });

  it('keeps money in whole cents and defaults a proposal to no cost', () => {
    const base = { title: 'Taxi', domain: 'education', category: 'transport', responsible: 'Coach' };
    expect(BreakthroughCreate.parse(base)).toMatchObject({ interventionCents: 0, dueDate: null });
    expect(BreakthroughCreate.safeParse({ ...base, interventionCents: 12.5 }).success).toBe(false);
    expect(BreakthroughCreate.safeParse({ ...base, interventionCents: -1 }).success).toBe(false);
    const line = { catalogueItemId: uuid, quantity: 1, probabilityPercent: 101 };
    expect(BreakthroughScenario.safeParse({ horizonMonths: 12, without: [line], with: [] }).success).toBe(false);
  });

  it('accepts a summary period only in order', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }),
        fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }),
        (a, b) => {
          const from = a.toISOString().slice(0, 10);
          const to = b.toISOString().slice(0, 10);
          return AvoidedCostSummaryQuery.safeParse({ from, to }).success === from <= to;
        },
      ),
    );
    expect(AvoidedCostSummaryQuery.safeParse({ groupBy: 'week' }).success).toBe(false);
  });
});
