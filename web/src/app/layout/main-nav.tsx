import type { Role } from '@percee/shared';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { navEntriesFor } from '../navigation';

export function MainNav({ userRole }: { userRole: Role }) {
  const { t } = useTranslation();
  return (
    <nav className="main-nav" aria-label={t('header.mainNav')}>
      <ul className="main-nav__list">
        {navEntriesFor(userRole).map((entry) => (
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
