import {
  agreementMethods,
  aidKinds,
  aidNatures,
  caseStages,
  closureReasons,
  contactTypes,
  lifeDomains,
  type TimelineEntry,
} from '@percee/shared';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/load-more';
import { PageLoader } from '../../../components/page-loader';
import { QueryError } from '../../../components/query-error';
import { type Formatters, useFormat } from '../../../lib/i18n/format';
import { useKeysetList } from '../../../lib/keyset';
import { teamQueryOptions } from '../../../lib/reference-data';
import { timelineQueryOptions } from '../api';

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string | undefined): value is T =>
    (values as readonly string[]).includes(value ?? '');
const isStage = oneOf(caseStages);
const isClosureReason = oneOf(closureReasons);
const isContactType = oneOf(contactTypes);
const isAidKind = oneOf(aidKinds);
const isAidNature = oneOf(aidNatures);
const isLifeDomain = oneOf(lifeDomains);
const isAgreementMethod = oneOf(agreementMethods);

/**
 * The API's machine-readable summaries ("assessment→planning", "home_visit (45 min)",
 * "transfer:<id>→<id>", "housing/financial"…) in words. Unknown shapes are shown as they are.
 */
export function describeEntry(
  entry: TimelineEntry,
  t: TFunction,
  format: Formatters,
  nameOf: (userId: string) => string,
): string {
  const summary = entry.summary;
  switch (entry.kind) {
    case 'opened':
      return t('timeline.opened');
    case 'stage_change': {
      const match = /^(\w+)→(\w+)(?: \((\w+)\))?$/.exec(summary);
      if (match && isStage(match[1]) && isStage(match[2])) {
        const text = t('timeline.stageChange', {
          from: t(`enums.stage.${match[1]}`),
          to: t(`enums.stage.${match[2]}`),
        });
        return isClosureReason(match[3]) ? `${text} (${t(`enums.closureReason.${match[3]}`)})` : text;
      }
      return summary;
    }
    case 'assignment': {
      const transfer = /^transfer:([\w-]+)→([\w-]+)( \(caseload override\))?$/.exec(summary);
      if (transfer?.[1] && transfer[2]) {
        const text = t('timeline.transfer', { from: nameOf(transfer[1]), to: nameOf(transfer[2]) });
        return transfer[3] ? `${text} ${t('timeline.caseloadOverride')}` : text;
      }
      const coWorkers = /^co-workers:(\d+)$/.exec(summary);
      if (coWorkers) return t('timeline.coWorkers', { number: Number(coWorkers[1]) });
      return summary;
    }
    case 'contact': {
      const match = /^(\w+)(?: \((\d+) min\))?$/.exec(summary);
      if (match && isContactType(match[1])) {
        const type = t(`enums.contactType.${match[1]}`);
        return match[2]
          ? t('timeline.contactWithDuration', { type, duration: format.minutes(Number(match[2])) })
          : t('timeline.contact', { type });
      }
      return summary;
    }
    case 'assessment': {
      const match = /^([\w.-]+):(\w+)$/.exec(summary);
      if (match && isStage(match[2])) {
        return t('timeline.assessment', { instrument: match[1] ?? '', stage: t(`enums.stage.${match[2]}`) });
      }
      return summary;
    }
    case 'aid': {
      const match = /^(\w+)\/(\w+)$/.exec(summary);
      if (match && isAidKind(match[1]) && isAidNature(match[2])) {
        return t('timeline.aid', {
          kind: t(`enums.aidKind.${match[1]}`),
          nature: t(`enums.aidNature.${match[2]}`),
        });
      }
      return summary;
    }
    case 'appointment': {
      // `planned:home_visit:2025-03-12T09:00:00.000Z` (planned, moved, done, missed, cancelled).
      const match = /^(planned|moved|done|missed|cancelled):(home_visit|office|phone|video|street):(.+)$/.exec(summary);
      if (match?.[1] && match[2] && match[3]) {
        return t('timeline.appointment', {
          action: t(`agenda.actions.${match[1] as 'planned'}`),
          place: t(`agenda.place.${match[2] as 'office'}`),
          at: format.dateTime(match[3]),
        });
      }
      return summary;
    }
    case 'reminder': {
      // `sms:fr:2025-03-12T09:00:00.000Z`: the channel, the language, the appointment's start.
      const match = /^(sms|email):\w+:(.+)$/.exec(summary);
      if (match?.[1] && match[2]) {
        return t('timeline.reminder', {
          channel: t(`agenda.channel.${match[1] as 'sms'}`),
          at: format.dateTime(match[2]),
        });
      }
      return summary;
    }
    case 'objective': {
      // `set:housing`, `edited:housing`, `agreed:signed:2026-11-20`,
      // `evaluated:reached=1,partly=0,not_reached=2;satisfaction=4`, `carried_over:2:round=3`.
      const domain = /^(set|edited):(\w+)$/.exec(summary);
      if (domain?.[1] && isLifeDomain(domain[2])) {
        return t(`objectives.timeline.${domain[1] as 'set'}`, { domain: t(`objectives.domain.${domain[2]}`) });
      }
      const agreed = /^agreed:(\w+):(\d{4}-\d{2}-\d{2})$/.exec(summary);
      if (agreed?.[2] && isAgreementMethod(agreed[1])) {
        return t('objectives.timeline.agreed', {
          method: t(`objectives.agreement.method.${agreed[1]}`),
          date: format.date(agreed[2]),
        });
      }
      const evaluated = /^evaluated:reached=(\d+),partly=(\d+),not_reached=(\d+)/.exec(summary);
      if (evaluated) {
        return t('objectives.timeline.evaluated', {
          reached: Number(evaluated[1]),
          partly: Number(evaluated[2]),
          notReached: Number(evaluated[3]),
        });
      }
      const carried = /^carried_over:(\d+):round=(\d+)$/.exec(summary);
      if (carried) {
        return t('objectives.timeline.carriedOver', { number: Number(carried[1]), round: Number(carried[2]) });
      }
      return summary;
    }
    case 'corrected':
    case 'voided': {
      // `contact:phone:<at>`, `aid:food/material:<date>`, `appointment:missed:<at>`: which record, never its notes.
      const action = t(`corrections.actions.${entry.kind}`);
      const contact = /^contact:(\w+):(.+)$/.exec(summary);
      if (contact?.[2] && isContactType(contact[1])) {
        return t('corrections.timeline.contact', {
          action,
          type: t(`enums.contactType.${contact[1]}`),
          at: format.dateTime(contact[2]),
        });
      }
      const aid = /^aid:(\w+)\/(\w+):(.+)$/.exec(summary);
      if (aid?.[3] && isAidKind(aid[1]) && isAidNature(aid[2])) {
        return t('corrections.timeline.aid', { action, kind: t(`enums.aidKind.${aid[1]}`), on: format.date(aid[3]) });
      }
      const appointment = /^appointment:\w+:(.+)$/.exec(summary);
      if (appointment?.[1])
        return t('corrections.timeline.appointment', { action, at: format.dateTime(appointment[1]) });
      return summary;
    }
    case 'reopened': {
      const match = /^exit→(\w+)$/.exec(summary);
      return match && isStage(match[1])
        ? t('corrections.timeline.reopened', { stage: t(`enums.stage.${match[1]}`) })
        : summary;
    }
    case 'partner_update': {
      // `partner:<next date or empty>:<service name>`; the partner's words are the note.
      const match = /^partner:(\d{4}-\d{2}-\d{2})?:(.*)$/s.exec(summary);
      if (match) {
        const service = match[2] ?? '';
        return match[1]
          ? t('partnerUpdates.timelineWithDate', { service, date: format.date(match[1]) })
          : t('partnerUpdates.timeline', { service });
      }
      return summary;
    }
    default:
      return summary;
  }
}

/** Every step of the case, newest first: what, who, when, and the note that says why. */
export function Timeline({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const timeline = useKeysetList(timelineQueryOptions(caseId));
  const team = useQuery(teamQueryOptions());
  const names = new Map((team.data ?? []).map((member) => [member.id, member.displayName]));
  const nameOf = (userId: string) => names.get(userId) ?? t('common.colleague');

  if (timeline.isPending) return <PageLoader />;
  if (timeline.isError) return <QueryError error={timeline.error} onRetry={() => void timeline.refetch()} />;
  const entries = timeline.items;
  if (entries.length === 0) return <p className="muted">{t('timeline.empty')}</p>;

  return (
    <>
      <ol className="timeline">
        {entries.map((entry) => (
          <li
            key={`${entry.at}-${entry.kind}-${entry.summary}`}
            className={`timeline__entry timeline__entry--${entry.kind}`}
          >
            <p className="timeline__what">{describeEntry(entry, t, format, nameOf)}</p>
            <p className="timeline__meta muted">
              <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
              {entry.actor && <> · {entry.actor.displayName}</>}
            </p>
            {entry.note && <p className="timeline__note">{entry.note}</p>}
          </li>
        ))}
      </ol>
      <LoadMore {...timeline} />
    </>
  );
}
