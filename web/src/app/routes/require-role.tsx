import type { ReactNode } from 'react';
import { useMe } from '../../lib/session';
import { canAccess, type NavEntryId } from '../navigation';
import { ForbiddenPage } from './forbidden';

/** Shows the page only to roles whose navigation includes `area` (the API enforces it too). */
export function RequireRole({ area, children }: { area: NavEntryId; children: ReactNode }) {
  const me = useMe();
  return canAccess(me.role, area) ? children : <ForbiddenPage />;
}
