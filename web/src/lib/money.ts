/** Typed amounts are parsed by the one shared parser (its rules: shared/src/money.ts). */
export { parseEuroToCents } from '@percee/shared';

/** The sum of amounts in cents (integers stay exact). */
export const sumCents = (amounts: readonly (number | null)[]) =>
  amounts.reduce<number>((total, amount) => total + (amount ?? 0), 0);
