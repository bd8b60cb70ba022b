import { roles } from '@percee/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render';
import { MainNav } from './layout/main-nav';
import { canAccess, navByRole, navEntriesFor } from './navigation';

describe('navigation by role', () => {
  it('gives Administration to admins only', () => {
    expect(navEntriesFor('admin').map((entry) => entry.id)).toContain('admin');
    for (const role of roles.filter((r) => r !== 'admin')) {
      expect(
        navEntriesFor(role).map((entry) => entry.id),
        role,
      ).not.toContain('admin');
      expect(canAccess(role, 'admin'), role).toBe(false);
    }
  });

  it('gives everyone the home page', () => {
    for (const role of roles) expect(canAccess(role, 'home'), role).toBe(true);
  });

  it('defines entries for every role', () => {
    expect(Object.keys(navByRole).sort()).toEqual([...roles].sort());
  });

  it('renders the Administration link for an admin', () => {
    renderWithProviders(<MainNav userRole="admin" />);
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Accueil', 'Administration']);
    expect(within(nav).getByRole('link', { name: 'Administration' }).getAttribute('href')).toBe('/admin');
  });

  it('does not render it for a case worker', () => {
    renderWithProviders(<MainNav userRole="case_worker" />);
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(within(nav).queryByRole('link', { name: 'Administration' })).toBeNull();
    expect(within(nav).getByRole('link', { name: 'Accueil' })).toBeTruthy();
  });
});
