import type { Role } from '@percee/shared';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { type NavEntry, navEntriesFor } from '../navigation';

/** The entry of the page being shown (the longest path that matches), for the phone menu's button. */
function currentEntry(entries: readonly NavEntry[], pathname: string): NavEntry | undefined {
  return entries
    .filter((entry) =>
      entry.end ? pathname === entry.to : pathname === entry.to || pathname.startsWith(`${entry.to}/`),
    )
    .sort((a, b) => b.to.length - a.to.length)[0];
}

/**
 * The main navigation. Wide screens show every entry; on a phone the entries fold behind a "Menu"
 * button (a disclosure: aria-expanded, Escape closes it and gives the focus back), which names the
 * current page, so nothing hides off-screen in a row that scrolls without a cue.
 */
export function MainNav({ userRole }: { userRole: Role }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const listId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const entries = navEntriesFor(userRole);
  const current = currentEntry(entries, pathname);

  // Following a link closes the menu.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every change of page
  useEffect(() => setOpen(false), [pathname]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      setOpen(false);
      toggle.current?.focus();
    }
  };

  return (
    <nav className={`main-nav${open ? ' main-nav--open' : ''}`} aria-label={t('header.mainNav')} onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        className="main-nav__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        <span className="main-nav__icon" aria-hidden="true" />
        <span>{t('header.menu')}</span>
        {current && (
          <span className="main-nav__current">
            <span className="visually-hidden">{t('header.currentPage')} </span>
            {t(`nav.${current.id}`)}
          </span>
        )}
      </button>
      <ul className="main-nav__list" id={listId}>
        {entries.map((entry) => (
          <li key={entry.id}>
            <NavLink to={entry.to} end={entry.end ?? false} className="main-nav__link">
              {t(`nav.${entry.id}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
