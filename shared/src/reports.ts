import { z } from 'zod';
import { boundedDate } from './bounds.js';
import {
  AccompanimentType,
  AidKind,
  AidNature,
  CaseStage,
  ClosureReason,
  ContactType,
  DeclineReason,
} from './casework.js';

const isoDate = z.iso.date();

/** The time zones organisations work in today; any IANA name is accepted (`TimeZone`). */
export const ORGANISATION_TIME_ZONES = ['Europe/Paris', 'Europe/Brussels', 'Europe/Amsterdam', 'Europe/Luxembourg'];
export const DEFAULT_TIME_ZONE = 'Europe/Paris';

/** An IANA time zone name (`Europe/Brussels`), checked against the runtime's time zone database. */
export const TimeZone = z
  .string()
  .min(1)
  .max(64)
  .refine(
    (name) => {
      try {
        // Throws a RangeError for a name the time zone database does not know.
        new Intl.DateTimeFormat('en', { timeZone: name });
        return /^[A-Za-z]+(?:[/_+-][A-Za-z0-9_+-]+)*$/.test(name);
      } catch {
        return false;
      }
    },
    { message: 'Not an IANA time zone name' },
  )
  .meta({ description: 'IANA time zone name', examples: ORGANISATION_TIME_ZONES });

/** The organisation's report settings: the time zone its periods are read in. */
export const ReportSettings = z
  .object({
    timeZone: z.string().meta({
      description: 'IANA time zone in which report periods (days, months, years) are read, e.g. Europe/Brussels',
    }),
  })
  .meta({ id: 'ReportSettings' });
export type ReportSettings = z.infer<typeof ReportSettings>;

export const ReportSettingsUpdate = z.strictObject({ timeZone: TimeZone }).meta({ id: 'ReportSettingsUpdate' });
export type ReportSettingsUpdate = z.input<typeof ReportSettingsUpdate>;

export const ReportQuery = z
  .object({
    from: boundedDate().meta({
      description: "First day of the period (inclusive), a calendar day in the organisation's time zone",
    }),
    to: boundedDate().meta({
      description: "Last day of the period (inclusive), a calendar day in the organisation's time zone",
    }),
    programId: z.uuid().optional(),
    siteId: z.uuid().optional(),
    workerId: z.uuid().optional(),
  })
  .refine((query) => query.from <= query.to, { message: '`from` must not be after `to`', path: ['to'] });
export type ReportQuery = z.infer<typeof ReportQuery>;

/** Default threshold under which a count that could identify a household is hidden from analysts. */
export const SMALL_COUNT_THRESHOLD = 5;
export const SUPPRESSED = '<5' as const;

/** A count, or "<5" when it is below the threshold and the reader may only see aggregates. */
export const Count = z.union([z.number().int(), z.literal(SUPPRESSED)]);
export type Count = z.infer<typeof Count>;
/** An amount in cents, hidden ("<5") when fewer households than the threshold make it up. */
export const Amount = z.union([z.number().int(), z.literal(SUPPRESSED)]);

const byKey = <K extends z.ZodType>(key: K) => z.array(z.object({ key, count: Count }));

/** When report figures were computed (they are served from a snapshot a few minutes old at most). */
export const ComputedAt = z.iso
  .datetime({ offset: true })
  .meta({ description: 'When these figures were computed: served from a snapshot at most REPORT_CACHE_SECONDS old' });

export const ActivityReport = z
  .object({
    period: z.object({
      from: isoDate,
      to: isoDate,
      timeZone: z.string().meta({ description: "The organisation's time zone the period's days are read in" }),
    }),
    computedAt: ComputedAt,
    suppressed: z.boolean().meta({ description: 'Small counts are hidden (the reader sees aggregates only)' }),
    referrals: z.object({
      received: Count,
      accepted: Count,
      declined: Count,
      withdrawn: Count,
      pending: Count,
      declinedByReason: byKey(DeclineReason),
    }),
    diagnostics: z.object({
      done: Count,
      withoutAccompaniment: Count,
      withoutAccompanimentByReason: byKey(ClosureReason),
      duplicateOverrides: Count.meta({
        description:
          'Of the diagnostics, cases opened by a coordinator override while the household already had an open case in the same program',
      }),
    }),
    accompaniments: z.object({
      active: Count,
      started: Count,
      closed: Count,
      activeByType: byKey(AccompanimentType),
    }),
    households: z
      .object({
        diagnosed: Count.meta({ description: 'Distinct households of the diagnostics (cases opened in the period)' }),
        accompanied: Count.meta({ description: 'Distinct households of the active accompaniments' }),
        followed: Count.meta({ description: 'Distinct households with a case open in the period' }),
      })
      .meta({ description: 'Households (ménages), each counted once however many cases it has' }),
    closures: z.object({ total: Count, byReason: byKey(ClosureReason) }),
    duration: z.object({
      closedCases: Count,
      averageDays: z.number().nullable(),
      medianDays: z.number().nullable(),
    }),
    contacts: z.object({
      total: Count,
      byType: byKey(ContactType),
      casesWithContact: Count,
      perActiveCase: z.number().nullable(),
      averageIntervalDays: z.number().nullable(),
    }),
    assessmentProgress: z.object({
      cases: Count.meta({ description: 'Distinct cases with progress measured in at least one domain' }),
      domains: z.array(
        z.object({
          domain: z.string(),
          cases: Count,
          meanFirst: z.number().nullable(),
          meanLatest: z.number().nullable(),
          meanChange: z.number().nullable(),
        }),
      ),
    }),
    objectives: z
      .object({
        set: Count.meta({ description: 'Objectives recorded in the period' }),
        reached: Count,
        partly: Count,
        notReached: Count,
        evaluations: Count.meta({ description: 'Evaluations of objectives with the person in the period' }),
        meanSatisfaction: z
          .number()
          .nullable()
          .meta({ description: 'Mean satisfaction (1-5) of those evaluations that recorded one, two decimals' }),
      })
      .meta({
        description: 'Objectives agreed with the person: outcomes are those recorded by evaluations in the period',
      }),
    aid: z.object({
      grants: Count,
      totalCents: Amount,
      byKind: z.array(z.object({ key: AidKind, count: Count, totalCents: Amount })),
      byNature: z.array(z.object({ key: AidNature, count: Count, totalCents: Amount })),
    }),
  })
  .meta({ id: 'ActivityReport' });
export type ActivityReport = z.infer<typeof ActivityReport>;

export const TeamDashboard = z
  .object({
    workers: z.array(
      z.object({
        id: z.uuid(),
        displayName: z.string(),
        openCases: z.number().int(),
        caseloadLimit: z
          .number()
          .int()
          .nullable()
          .meta({ description: 'The lowest limit of the programs of their open cases' }),
        overdue: z.number().int(),
      }),
    ),
    referralsWaiting: z.number().int(),
    overdueTotal: z.number().int(),
    stageFunnel: z.array(z.object({ stage: CaseStage, count: z.number().int() })),
    monthly: z.array(
      z.object({
        month: z.string().meta({ description: 'YYYY-MM' }),
        opened: z.number().int(),
        closed: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'TeamDashboard' });
export type TeamDashboard = z.infer<typeof TeamDashboard>;

export const csvDelimiters = ['semicolon', 'comma'] as const;
export const CsvQuery = z.object({
  delimiter: z
    .enum(csvDelimiters)
    .default('semicolon')
    .meta({ description: 'Semicolon opens in Excel with European settings' }),
});
