/*
 * The database schema, gathered from the tables each module owns (`modules/<module>/tables.ts`) and the
 * platform's cross-cutting ones (`platform/tables.ts`: audit log, outbox, idempotency, snapshots, case
 * timeline). drizzle-kit and the database client read it here.
 *
 * Every tenant-owned table carries `organisation_id`, leads its primary key and indexes with it
 * (so it distributes by organisation, see docs/scaling.md), and references other tenant rows
 * through composite foreign keys (organisation_id, id): a row can never point into another
 * organisation. Row-level security policies live in hand-written migrations (drizzle-kit does
 * not emit them); `rls.test.ts` checks every such table is covered.
 */

export * from '../modules/aid/tables.js';
export * from '../modules/appointments/tables.js';
export * from '../modules/assessments/tables.js';
export * from '../modules/auth/tables.js';
export * from '../modules/breakthroughs/tables.js';
export * from '../modules/cases/tables.js';
export * from '../modules/catalogue/tables.js';
export * from '../modules/consents/tables.js';
export * from '../modules/contacts/tables.js';
export * from '../modules/helpdesk/tables.js';
export * from '../modules/households/tables.js';
export * from '../modules/integrations/tables.js';
export * from '../modules/objectives/tables.js';
export { organisationKind, organisations } from '../modules/organisations/tables.js';
export * from '../modules/partners/tables.js';
export * from '../modules/programs/tables.js';
export * from '../modules/referrals/tables.js';
export * from '../modules/retention/tables.js';
export * from '../modules/sites/tables.js';
export * from '../modules/tasks/tables.js';
export * from '../modules/users/tables.js';
export * from '../platform/tables.js';
