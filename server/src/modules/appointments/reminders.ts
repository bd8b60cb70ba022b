import type { AppointmentPlace, Locale, ReminderChannel } from '@percee/shared';
import type { FastifyBaseLogger } from 'fastify';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { inTenant } from '../../db/tenant.js';
import { insertCaseEvent } from '../../platform/timeline.js';
import { timeZoneOf } from '../organisations/index.js';
import {
  actAsReminderWorker,
  claimDueReminders,
  claimedReminders,
  insertOutboxMessage,
  organisationsWithDueReminders,
  releaseReminder,
} from './repo.js';

/*
 * Reminders to the person (issue 18.3): SMS or e-mail, in the person's language, only where their
 * agreement is recorded on the appointment, `leadHours` before it. Sent once whatever the number of
 * processes: each is claimed by `UPDATE ... WHERE reminder_sent_at IS NULL ... FOR UPDATE SKIP LOCKED`
 * and committed before it is sent (at most once: a process dying between the claim and the send loses
 * that reminder rather than sending it twice). A failed send is released for the next tick, three
 * attempts in all. Logs name appointments and channels, never a recipient or a text.
 */

export interface ReminderMessage {
  organisationId: string;
  appointmentId: string;
  channel: ReminderChannel;
  /** A phone number (SMS) or an e-mail address. */
  to: string;
  language: Locale;
  subject: string;
  text: string;
}

/** A provider for one channel. */
export interface ReminderSender {
  readonly name: string;
  send(message: ReminderMessage): Promise<void>;
}

/** E-mail through SMTP (nodemailer). */
export class SmtpSender implements ReminderSender {
  readonly name = 'smtp';
  private readonly transport: Transporter;
  private readonly from: string;

  constructor(settings: { url: string; from: string }) {
    this.transport = nodemailer.createTransport(settings.url);
    this.from = settings.from;
  }

  async send(message: ReminderMessage) {
    await this.transport.sendMail({ from: this.from, to: message.to, subject: message.subject, text: message.text });
  }

  close() {
    this.transport.close();
  }
}

/** SMS through a provider's HTTP API: `POST url` with `{ to, text }` as JSON and a bearer token. */
export class HttpSmsSender implements ReminderSender {
  readonly name = 'http-sms';

  constructor(private readonly settings: { url: string; token?: string | undefined; timeoutMs: number }) {}

  async send(message: ReminderMessage) {
    const response = await fetch(this.settings.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.settings.token ? { authorization: `Bearer ${this.settings.token}` } : {}),
      },
      body: JSON.stringify({ to: message.to, text: message.text }),
      signal: AbortSignal.timeout(this.settings.timeoutMs),
      redirect: 'error',
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`SMS provider answered ${response.status}`);
  }
}

/** Development and tests: the message is kept in `outbox_messages`, which the web app lists. */
export class SinkSender implements ReminderSender {
  readonly name = 'sink';

  constructor(private readonly db: Db) {}

  async send(message: ReminderMessage) {
    await inTenant(this.db, { organisationId: message.organisationId }, (tx) =>
      insertOutboxMessage(tx, {
        organisationId: message.organisationId,
        appointmentId: message.appointmentId,
        channel: message.channel,
        recipient: message.to,
        language: message.language,
        subject: message.channel === 'email' ? message.subject : null,
        body: message.text,
      }),
    );
  }
}

export type ReminderSenders = Partial<Record<ReminderChannel, ReminderSender>>;

/** The senders the configuration asks for; a channel left `off` has none (its reminders wait). */
export function sendersFor(db: Db, settings: Config['reminders']): ReminderSenders {
  const senders: ReminderSenders = {};
  if (settings.email === 'sink' || settings.sms === 'sink') {
    const sink = new SinkSender(db);
    if (settings.email === 'sink') senders.email = sink;
    if (settings.sms === 'sink') senders.sms = sink;
  }
  if (settings.email === 'smtp' && settings.smtp) senders.email = new SmtpSender(settings.smtp);
  if (settings.sms === 'http' && settings.smsHttp) senders.sms = new HttpSmsSender(settings.smsHttp);
  return senders;
}

const PLACES: Record<Locale, Record<AppointmentPlace, string>> = {
  fr: {
    home_visit: 'visite à domicile',
    office: 'au bureau',
    phone: 'par téléphone',
    video: 'en vidéo',
    street: 'rencontre à l’extérieur',
  },
  nl: {
    home_visit: 'huisbezoek',
    office: 'op kantoor',
    phone: 'telefonisch',
    video: 'via video',
    street: 'afspraak buiten',
  },
  en: { home_visit: 'home visit', office: 'at the office', phone: 'by phone', video: 'by video', street: 'outdoors' },
};

const TEXTS: Record<Locale, { subject: string; text: (date: string, time: string, place: string) => string }> = {
  fr: {
    subject: 'Rappel de rendez-vous',
    text: (date, time, place) =>
      `Rappel : rendez-vous le ${date} à ${time} (${place}). Un empêchement ? Prévenez votre accompagnateur.`,
  },
  nl: {
    subject: 'Herinnering aan uw afspraak',
    text: (date, time, place) =>
      `Herinnering: afspraak op ${date} om ${time} (${place}). Kunt u niet komen? Laat het uw begeleider weten.`,
  },
  en: {
    subject: 'Appointment reminder',
    text: (date, time, place) =>
      `Reminder: appointment on ${date} at ${time} (${place}). Can’t make it? Please tell your case worker.`,
  },
};

const LOCALE_TAGS: Record<Locale, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB' };

/** The reminder's words, in the person's language and the organisation's time zone; no worker's name, no address. */
export function reminderText(language: Locale, startsAt: string, place: AppointmentPlace, timeZone: string) {
  const at = new Date(startsAt);
  const date = new Intl.DateTimeFormat(LOCALE_TAGS[language], { dateStyle: 'full', timeZone }).format(at);
  const time = new Intl.DateTimeFormat(LOCALE_TAGS[language], { timeStyle: 'short', timeZone }).format(at);
  const words = TEXTS[language];
  return { subject: words.subject, text: words.text(date, time, PLACES[language][place]) };
}

const MAX_ATTEMPTS = 3;
const CLAIM_BATCH = 50;

type Claimed = Awaited<ReturnType<typeof claimedReminders>>[number];

export interface RemindersDeps {
  db: Db;
  senders: ReminderSenders;
  log: Pick<FastifyBaseLogger, 'warn' | 'info'>;
}

/** Organisations with reminders due on the given channels, seen through the `reminder_queue` policy only. */
async function organisationsDue(db: Db, channels: ReminderChannel[], now: Date) {
  const rows = await db.transaction(async (tx) => {
    await actAsReminderWorker(tx);
    return organisationsWithDueReminders(tx, channels, now.toISOString());
  });
  return rows.map((row) => row.organisation_id);
}

/** Claims this organisation's due reminders: committed before anything is sent. */
async function claim(db: Db, organisationId: string, channels: ReminderChannel[], now: Date) {
  return inTenant(db, { organisationId }, async (tx) => {
    const claimed = await claimDueReminders(tx, organisationId, channels, now.toISOString(), {
      maxAttempts: MAX_ATTEMPTS,
      batch: CLAIM_BATCH,
    });
    if (claimed.length === 0) return { reminders: [], timeZone: '' };
    const reminders = await claimedReminders(
      tx,
      organisationId,
      claimed.map((row) => row.id),
    );
    // The organisation's time zone (its report settings): the day and hour the reminder writes.
    return { reminders, timeZone: await timeZoneOf(tx, organisationId) };
  });
}

/** After a send: on the case's timeline (channel and language, never the recipient or text). */
async function recordSent(db: Db, organisationId: string, reminder: Claimed) {
  if (!reminder.caseId) return;
  const caseId = reminder.caseId;
  await inTenant(db, { organisationId }, (tx) =>
    insertCaseEvent(tx, {
      organisationId,
      caseId,
      kind: 'reminder',
      actorId: null,
      summary: `${reminder.channel}:${reminder.language}:${reminder.startsAt}`,
      note: null,
    }),
  );
}

/** A failed send: released for the next tick (the attempt is counted). */
async function release(db: Db, organisationId: string, id: string) {
  await inTenant(db, { organisationId }, (tx) => releaseReminder(tx, organisationId, id));
}

/**
 * One tick: every reminder due at `now` on a channel that has a sender is claimed, sent, and put on
 * its case's timeline. Safe to run in several processes at once. Returns how many went and failed.
 */
export async function runDueReminders(deps: RemindersDeps, now: Date = new Date()) {
  const channels = (Object.keys(deps.senders) as ReminderChannel[]).filter((channel) => deps.senders[channel]);
  const outcome = { sent: 0, failed: 0 };
  if (channels.length === 0) return outcome;
  for (const organisationId of await organisationsDue(deps.db, channels, now)) {
    const { reminders, timeZone } = await claim(deps.db, organisationId, channels, now);
    for (const reminder of reminders) {
      const sender = deps.senders[reminder.channel];
      const to = reminder.channel === 'sms' ? reminder.phone : reminder.email;
      try {
        if (!sender || !to) throw new Error('no sender or no recipient');
        const { subject, text } = reminderText(reminder.language, reminder.startsAt, reminder.place, timeZone);
        await sender.send({
          organisationId,
          appointmentId: reminder.id,
          channel: reminder.channel,
          to,
          language: reminder.language,
          subject,
          text,
        });
        await recordSent(deps.db, organisationId, reminder);
        outcome.sent++;
      } catch (error) {
        outcome.failed++;
        // The appointment and channel only: a provider's message may quote the recipient.
        deps.log.warn(
          { appointmentId: reminder.id, channel: reminder.channel, errorClass: (error as Error)?.name },
          'reminder not sent',
        );
        await release(deps.db, organisationId, reminder.id);
      }
    }
  }
  return outcome;
}

/**
 * The reminders job for the platform's job runner (app.ts registers it, REMINDER_INTERVAL_MS, 0 = off):
 * each due run happens once across the server processes, and each reminder is claimed on its own
 * anyway. `runDueReminders(now)` is also what tests and operators call.
 */
export function reminderTicker(deps: RemindersDeps) {
  return { runDueReminders: (now: Date = new Date()) => runDueReminders(deps, now) };
}
export type ReminderTicker = ReturnType<typeof reminderTicker>;
