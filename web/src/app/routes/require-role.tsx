import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { useMe } from '../../lib/session';
import { type AreaId, canAccess } from '../navigation';
import { ForbiddenPage } from './forbidden';

/**
 * Shows the page only to roles that may open `area` (any of them; the API enforces it too).
 * Without children, guards the nested routes (`<Outlet />`).
 */
export function RequireRole({ area, children }: { area: AreaId | readonly AreaId[]; children?: ReactNode }) {
  const me = useMe();
  if (!canAccess(me.role, area)) return <ForbiddenPage />;
  return children ?? <Outlet />;
}
