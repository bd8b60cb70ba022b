import { zodResolver } from '@hookform/resolvers/zod';
import { type CorrectableKind, CorrectionReason, type RecordRevision, type Voided } from '@percee/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type ReactNode, use, useState } from 'react';
import type { Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, ifMatch, isProblem } from '../lib/api-client';
import { useServerForm, zodErrorOptions } from '../lib/forms';
import { useFormat } from '../lib/i18n/format';
import { can } from '../lib/roles';
import { MeContext } from '../lib/session';
import { Alert } from './alert';
import { Field } from './field';
import { SuccessNotice } from './form-parts';

/*
 * Correcting or voiding a contact, an aid entry or an appointment (decision 19): its author or a
 * coordinator, always with a reason; and its history (earlier versions, who replaced them, when, why).
 * Shared by the case page's journal, aid table and appointments (features do not import each other).
 */

const PATHS: Record<CorrectableKind, string> = { contact: '/contacts', aid: '/aid', appointment: '/appointments' };

/** One field a correction may change, as the form shows it. */
export interface CorrectionField {
  name: string;
  label: string;
  type: 'text' | 'textarea' | 'select' | 'date' | 'datetime-local';
  options?: readonly { value: string; label: string }[];
}

export interface CorrectableRecord {
  id: string;
  version: number;
  voided: Voided | null;
  /** Who may correct it besides coordinators: who recorded it (and, for an appointment, whose agenda). */
  authorIds: readonly string[];
}

/** Whether the signed-in person may correct or void the record: its author, or a coordinator. */
export function useMayCorrect(record: CorrectableRecord) {
  // Outside the signed-in app (a component test without a session), nobody may.
  const me = use(MeContext);
  return (
    !!me &&
    !record.voided &&
    (can(me.role, 'record.correctAny') || (can(me.role, 'record.correctOwn') && record.authorIds.includes(me.id)))
  );
}

/** The problem slugs a correction may answer, as the interface words them. */
const PROBLEMS = {
  'no-change': 'corrections.problems.noChange',
  'record-voided': 'corrections.problems.recordVoided',
  'case-closed': 'corrections.problems.caseClosed',
  'appointment-planned': 'corrections.problems.appointmentPlanned',
  'before-case-opened': 'corrections.problems.beforeCaseOpened',
  'in-future': 'corrections.problems.inFuture',
} as const;

function knownProblem(error: unknown): (typeof PROBLEMS)[keyof typeof PROBLEMS] | undefined {
  for (const [slug, key] of Object.entries(PROBLEMS)) if (isProblem(error, slug)) return key;
  return undefined;
}

type Mode = 'idle' | 'correct' | 'void' | 'history';

/**
 * The actions under a record: "correct", "void" (author and coordinator only) and "history" (anyone
 * who reads it). `initial` holds the form values of the correctable fields; `toApi` turns the changed
 * ones into the API's fields. `onChanged` refreshes what shows the record.
 */
export function RecordCorrection({
  kind,
  record,
  fields,
  initial,
  toApi,
  onChanged,
  historyLabels = {},
}: {
  kind: CorrectableKind;
  record: CorrectableRecord;
  fields: readonly CorrectionField[];
  initial: Record<string, string>;
  toApi: (changed: Record<string, string>) => Record<string, unknown>;
  onChanged: () => Promise<unknown> | undefined;
  /** Labels of the fields the history shows that the form does not change. */
  historyLabels?: Record<string, string>;
}) {
  const { t } = useTranslation();
  const mayCorrect = useMayCorrect(record);
  const [mode, setMode] = useState<Mode>('idle');
  const [notice, setNotice] = useState<string | null>(null);
  const toggle = (next: Mode) => {
    setNotice(null);
    setMode(mode === next ? 'idle' : next);
  };
  const done = (message: string) => {
    setMode('idle');
    setNotice(message);
  };

  return (
    <div className="record-correction">
      <div className="button-row">
        {mayCorrect && (
          <>
            <button type="button" className="button button--small" onClick={() => toggle('correct')}>
              {t('corrections.correct')}
            </button>
            <button type="button" className="button button--small" onClick={() => toggle('void')}>
              {t('corrections.void')}
            </button>
          </>
        )}
        <button
          type="button"
          className="button button--small"
          aria-expanded={mode === 'history'}
          onClick={() => toggle('history')}
        >
          {t('corrections.history')}
        </button>
      </div>
      <SuccessNotice>{notice}</SuccessNotice>
      {mode === 'correct' && (
        <ReasonForm
          kind={kind}
          record={record}
          action="corrections"
          fields={fields}
          initial={initial}
          toApi={toApi}
          onDone={async () => {
            await onChanged();
            done(t('corrections.saved'));
          }}
          onCancel={() => setMode('idle')}
        />
      )}
      {mode === 'void' && (
        <ReasonForm
          kind={kind}
          record={record}
          action="void"
          fields={[]}
          initial={{}}
          toApi={() => ({})}
          onDone={async () => {
            await onChanged();
            done(t('corrections.voidedDone'));
          }}
          onCancel={() => setMode('idle')}
        />
      )}
      {mode === 'history' && (
        <History
          kind={kind}
          id={record.id}
          labels={{ ...Object.fromEntries(fields.map((field) => [field.name, field.label])), ...historyLabels }}
        />
      )}
    </div>
  );
}

/** "Voided on …: reason" under a voided record. */
export function VoidedNote({ voided }: { voided: Voided | null }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  if (!voided) return null;
  return (
    <p className="record-voided">
      <strong>{t('corrections.voided')}</strong>{' '}
      {t('corrections.voidedOn', { date: format.dateTime(voided.at), reason: voided.reason })}
    </p>
  );
}

function ReasonForm({
  kind,
  record,
  action,
  fields,
  initial,
  toApi,
  onDone,
  onCancel,
}: {
  kind: CorrectableKind;
  record: CorrectableRecord;
  action: 'corrections' | 'void';
  fields: readonly CorrectionField[];
  initial: Record<string, string>;
  toApi: (changed: Record<string, string>) => Record<string, unknown>;
  onDone: () => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const send = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api.post(`${PATHS[kind]}/${record.id}/${action}`, body, { headers: ifMatch(record.version) }),
  });
  const schema = z.object({ reason: CorrectionReason }).catchall(z.string());
  const names = new Set(['reason', ...fields.map((field) => field.name)]);
  const {
    register,
    onSubmit,
    formError,
    formState: { errors, isSubmitting },
  } = useServerForm<Record<string, string>>(
    {
      // The fields are the caller's: only the reason is the schema's; the rest is checked by the server.
      resolver: zodResolver(schema, zodErrorOptions) as unknown as Resolver<Record<string, string>>,
      defaultValues: { reason: '', ...initial },
    },
    {
      serverFields: (field): field is string => names.has(field),
      submit: async (values) => {
        const changed = Object.fromEntries(
          fields
            .map((field) => field.name)
            .filter((name) => values[name] !== initial[name])
            .map((name) => [name, values[name] ?? '']),
        );
        await send.mutateAsync({ reason: values.reason, ...toApi(changed) });
        await onDone();
      },
      onProblem: (error) => {
        const key = knownProblem(error);
        return key ? t(key) : undefined;
      },
    },
  );
  const message = (name: string) => errors[name]?.message as string | undefined;
  const title = action === 'void' ? t('corrections.voidTitle') : t('corrections.correctTitle');

  return (
    <form className="form record-correction__form" onSubmit={onSubmit} noValidate aria-label={title}>
      {formError && <Alert tone="error">{formError}</Alert>}
      {fields.length > 0 && (
        <div className="form-grid">
          {fields.map((field) => (
            <Field key={field.name} label={field.label} error={message(field.name)}>
              {(control) =>
                field.type === 'select' ? (
                  <select {...control} {...register(field.name)}>
                    {(field.options ?? []).map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                ) : field.type === 'textarea' ? (
                  <textarea {...control} rows={2} {...register(field.name)} />
                ) : (
                  <input {...control} type={field.type} {...register(field.name)} />
                )
              }
            </Field>
          ))}
        </div>
      )}
      <Field label={t('corrections.reason')} hint={t('corrections.reasonHint')} error={message('reason')} required>
        {(control) => <textarea {...control} rows={2} {...register('reason')} />}
      </Field>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : action === 'void' ? t('corrections.confirmVoid') : t('corrections.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function History({ kind, id, labels }: { kind: CorrectableKind; id: string; labels: Record<string, string> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const history = useQuery({
    queryKey: ['record-history', kind, id],
    queryFn: ({ signal }) =>
      api.get<{ items: RecordRevision[]; nextCursor: string | null }>(`${PATHS[kind]}/${id}/history`, {
        query: { limit: 50 },
        signal,
      }),
  });
  if (history.isPending) return <p className="muted">{t('common.loading')}</p>;
  if (history.isError) return <Alert tone="error">{t('errors.generic')}</Alert>;
  if (history.data.items.length === 0) return <p className="muted">{t('corrections.historyEmpty')}</p>;
  return (
    <ol className="record-history" aria-label={t('corrections.historyTitle')}>
      {history.data.items.map((revision) => (
        <li key={revision.version}>
          <p>
            <strong>{t('corrections.version', { version: revision.version })}</strong>{' '}
            {t('corrections.replaced', {
              action: t(`corrections.actions.${revision.action}`),
              who: revision.actor.displayName,
              date: format.dateTime(revision.at),
            })}
          </p>
          <p className="muted">{t('common.labelValue', { label: t('corrections.reason'), value: revision.reason })}</p>
          <dl className="record-history__fields">
            {Object.entries(revision.record).map(([field, value]) => (
              <div key={field}>
                <dt>{labels[field] ?? field}</dt>
                <dd>{value === null || value === undefined ? '—' : String(value)}</dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ol>
  );
}
