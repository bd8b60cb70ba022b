import type { Role } from '@percee/shared';

/**
 * Navigation is a table: role → entries. A new module adds its entry to `navEntries`
 * and lists it for the roles that use it; the header and the route guards follow.
 */
export type NavEntryId = 'home' | 'admin';

export interface NavEntry {
  id: NavEntryId;
  to: string;
  /** Match the path exactly (for "/"). */
  end?: boolean;
}

export const navEntries: Record<NavEntryId, NavEntry> = {
  home: { id: 'home', to: '/', end: true },
  admin: { id: 'admin', to: '/admin' },
};

export const navByRole: Record<Role, readonly NavEntryId[]> = {
  admin: ['home', 'admin'],
  coordinator: ['home'],
  case_worker: ['home'],
  partner: ['home'],
  analyst: ['home'],
};

export function navEntriesFor(role: Role): NavEntry[] {
  return navByRole[role].map((id) => navEntries[id]);
}

export function canAccess(role: Role, entry: NavEntryId): boolean {
  return navByRole[role].includes(entry);
}
