import type { Household, Person } from '@percee/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EditorPanel } from '../../../components/editor-panel';
import { SuccessNotice } from '../../../components/form-parts';
import { ListStatus } from '../../../components/list-status';
import { LoadMore } from '../../../components/load-more';
import { useFormat } from '../../../lib/i18n/format';
import { useKeysetList } from '../../../lib/keyset';
import { can } from '../../../lib/roles';
import { useMe } from '../../../lib/session';
import { memberHistoryQueryOptions } from '../api';
import { MemberEditForm } from './member-edit-form';

interface FamilyCompositionProps {
  household: Household;
  /** Coordinators (and admins): the link to export everything held on a person. */
  canExport: boolean;
}

/**
 * The composition of the household: who lives in it now (relationship, age on the organisation's day,
 * contact details for those entitled), and who left, when. Each member is corrected here, with a
 * reason, and its earlier versions are shown on demand.
 */
export function FamilyComposition({ household, canExport }: FamilyCompositionProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [history, setHistory] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const current = household.members.filter((person) => !person.leftOn);
  const left = household.members.filter((person) => person.leftOn);

  const row = (person: Person) => (
    <MemberRow
      key={person.id}
      household={household}
      person={person}
      canExport={canExport}
      editing={editing === person.id}
      showingHistory={history === person.id}
      onEdit={() => {
        setNotice(null);
        setEditing(person.id);
      }}
      onToggleHistory={() => setHistory(history === person.id ? null : person.id)}
      onDone={(message) => {
        setEditing(null);
        setNotice(message ?? null);
      }}
    />
  );

  return (
    <>
      <SuccessNotice>{notice}</SuccessNotice>
      <h3 className="family__heading">{t('family.current', { count: current.length })}</h3>
      {current.length === 0 ? (
        <p className="muted">{t('households.noMembers')}</p>
      ) : (
        <ul className="plain-list family">{current.map(row)}</ul>
      )}
      {left.length > 0 && (
        <>
          <h3 className="family__heading">{t('family.left', { count: left.length })}</h3>
          <ul className="plain-list family family--left">{left.map(row)}</ul>
        </>
      )}
    </>
  );
}

interface MemberRowProps {
  household: Household;
  person: Person;
  canExport: boolean;
  editing: boolean;
  showingHistory: boolean;
  onEdit: () => void;
  onToggleHistory: () => void;
  onDone: (message?: string) => void;
}

function MemberRow({
  household,
  person,
  canExport,
  editing,
  showingHistory,
  onEdit,
  onToggleHistory,
  onDone,
}: MemberRowProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const contact = can(me.role, 'household.contactDetails');
  const name = `${person.firstName} ${person.lastName}`;
  return (
    <li className="family__member" data-person={person.id}>
      <strong>{name}</strong> · {t(`enums.householdRole.${person.role}`)}
      <span className="cell-secondary">
        {person.age !== null
          ? t('family.age', { count: person.age, date: format.date(person.birthDate as string) })
          : t('people.birthDateUnknown')}
        {' · '}
        {t(`enums.residenceStatus.${person.residenceStatus}`)}
        {person.joinedOn && <> · {t('family.joinedLine', { date: format.date(person.joinedOn) })}</>}
        {person.leftOn && <> · {t('family.leftLine', { date: format.date(person.leftOn) })}</>}
      </span>
      {contact && (person.phone || person.email) && (
        <span className="cell-secondary">
          {person.phone && (
            <>
              {t('people.phone')}: <a href={`tel:${person.phone.replace(/[^\d+]/g, '')}`}>{person.phone}</a>
            </>
          )}
          {person.phone && person.email && ' · '}
          {person.email && (
            <>
              {t('people.email')}: <a href={`mailto:${person.email}`}>{person.email}</a>
            </>
          )}
        </span>
      )}
      <span className="button-row">
        <button type="button" className="button button--small" onClick={onEdit} disabled={editing}>
          {t('family.correct', { name })}
        </button>
        <button type="button" className="button button--small" aria-expanded={showingHistory} onClick={onToggleHistory}>
          {t('family.history', { name })}
        </button>
        {canExport && (
          <Link to={`/households/${household.id}/persons/${person.id}/export`} className="button button--small">
            {t('personExport.link', { name })}
          </Link>
        )}
      </span>
      {editing && (
        <EditorPanel title={t('family.correctTitle', { name })}>
          <MemberEditForm
            householdId={household.id}
            person={person}
            onCancel={() => onDone()}
            onSaved={(saved) => onDone(t('family.saved', { name: `${saved.firstName} ${saved.lastName}` }))}
          />
        </EditorPanel>
      )}
      {showingHistory && <MemberHistory householdId={household.id} person={person} />}
    </li>
  );
}

const SHOWN_FIELDS = ['firstName', 'lastName', 'birthDate', 'role', 'phone', 'email', 'joinedOn', 'leftOn'] as const;

/** A member's earlier versions: what it held, who replaced it, when and why. */
function MemberHistory({ householdId, person }: { householdId: string; person: Person }) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useKeysetList(memberHistoryQueryOptions(householdId, person.id));
  // Relationships and dates as the rest of the page shows them.
  const shown = (field: (typeof SHOWN_FIELDS)[number], value: string) =>
    field === 'role'
      ? t(`enums.householdRole.${value as Person['role']}`)
      : field === 'birthDate' || field === 'joinedOn' || field === 'leftOn'
        ? format.date(value)
        : value;
  return (
    <section
      className="family__history"
      aria-label={t('family.historyTitle', { name: `${person.firstName} ${person.lastName}` })}
    >
      <ListStatus query={list} count={list.items.length} empty={<p className="muted">{t('family.historyEmpty')}</p>}>
        <ol className="plain-list">
          {list.items.map((revision) => (
            <li key={revision.version}>
              <strong>{t('corrections.version', { version: revision.version })}</strong>{' '}
              <span className="cell-secondary">
                {t('family.replaced', {
                  who: revision.actor.displayName,
                  date: format.dateTime(revision.at),
                  reason: revision.reason,
                })}
              </span>
              <span className="cell-secondary">
                {SHOWN_FIELDS.filter((field) => revision.record[field] != null)
                  .map((field) => `${t(`family.fields.${field}`)}: ${shown(field, String(revision.record[field]))}`)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ol>
        <LoadMore {...list} />
      </ListStatus>
    </section>
  );
}
