import { roles } from '@percee/shared';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { availableModulesByRole, modulePaths } from '../features/home/modules';
import {
  administers,
  approvesBreakthroughs,
  coordinates,
  followsReferrals,
  readsAggregates,
  worksOnCases,
} from '../lib/roles';
import { renderWithProviders } from '../test/render';
import { MainNav } from './layout/main-nav';
import { canAccess, navByRole, navEntriesFor } from './navigation';

const labelsFor = (role: (typeof roles)[number]) => {
  cleanup();
  renderWithProviders(<MainNav userRole={role} />);
  const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent);
};

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

  it('renders Administration, the aggregates and the help desk for an admin, no case or household content', () => {
    expect(labelsFor('admin')).toEqual([
      'Accueil',
      'Coûts évités',
      'Rapports',
      'Équipe',
      'Permanence sociale',
      'Administration',
    ]);
    for (const area of ['caseload', 'referralInbox', 'households', 'cases', 'breakthroughs'] as const) {
      expect(canAccess('admin', area), area).toBe(false);
    }
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(within(nav).getByRole('link', { name: 'Administration' }).getAttribute('href')).toBe('/admin');
  });

  it('gives coordinators the referral inbox, the approval queue and the team figures; case workers their cases', () => {
    expect(labelsFor('coordinator')).toEqual([
      'Accueil',
      'Mon portefeuille',
      'Agenda',
      'Orientations reçues',
      'Ménages',
      'Dossiers',
      'Percées à valider',
      'Coûts évités',
      'Rapports',
      'Équipe',
      'Permanence sociale',
    ]);
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(within(nav).getByRole('link', { name: 'Percées à valider' }).getAttribute('href')).toBe('/breakthroughs');
    expect(within(nav).getByRole('link', { name: 'Coûts évités' }).getAttribute('href')).toBe('/avoided-costs');
    expect(within(nav).getByRole('link', { name: 'Rapports' }).getAttribute('href')).toBe('/reports');
    expect(within(nav).getByRole('link', { name: 'Équipe' }).getAttribute('href')).toBe('/team');
    // Case workers reach the breakthrough plans from their cases.
    expect(labelsFor('case_worker')).toEqual([
      'Accueil',
      'Mon portefeuille',
      'Agenda',
      'Ménages',
      'Dossiers',
      'Permanence sociale',
    ]);
    // The help desk follows the API's rule: reception roles, never partners or analysts.
    for (const role of ['partner', 'analyst'] as const) expect(canAccess(role, 'helpDesk'), role).toBe(false);
  });

  it('gives partners their referrals only, and analysts aggregates only (no personal data)', () => {
    expect(labelsFor('partner')).toEqual(['Accueil', 'Nos dossiers', 'Orientations']);
    expect(labelsFor('analyst')).toEqual(['Accueil', 'Coûts évités', 'Rapports']);
    for (const area of ['breakthroughs', 'team'] as const) expect(canAccess('analyst', area), area).toBe(false);
    expect(canAccess('partner', 'newReferral')).toBe(true);
    expect(canAccess('partner', 'households')).toBe(false);
    expect(canAccess('partner', 'cases')).toBe(false);
    for (const area of ['caseload', 'referralInbox', 'referrals', 'households', 'cases', 'newReferral'] as const) {
      expect(canAccess('analyst', area), area).toBe(false);
    }
  });

  it('does not render Administration for a case worker', () => {
    renderWithProviders(<MainNav userRole="case_worker" />);
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(within(nav).queryByRole('link', { name: 'Administration' })).toBeNull();
    expect(within(nav).getByRole('link', { name: 'Accueil' })).toBeTruthy();
  });

  it('links the home page only to modules the role may open', () => {
    for (const role of roles) {
      const paths = navEntriesFor(role).map((entry) => entry.to);
      for (const module of availableModulesByRole[role]) {
        expect(paths, `${role} → ${module}`).toContain(modulePaths[module]);
      }
    }
  });

  it('keeps the role rules used inside features in step with the navigation', () => {
    for (const role of roles) {
      expect(followsReferrals(role), role).toBe(canAccess(role, ['referralInbox', 'referrals']));
      expect(coordinates(role), role).toBe(canAccess(role, 'referralInbox'));
      expect(worksOnCases(role), role).toBe(canAccess(role, 'cases') && canAccess(role, 'households'));
      // The help-desk log holds no personal data: the reception roles, and admins.
      expect(worksOnCases(role) || administers(role), role).toBe(canAccess(role, 'helpDesk'));
      expect(readsAggregates(role), role).toBe(canAccess(role, 'reports') && canAccess(role, 'avoidedCosts'));
      // Those who sign breakthroughs off have the approval queue.
      if (approvesBreakthroughs(role)) expect(canAccess(role, 'breakthroughs'), role).toBe(true);
    }
  });

  it('folds behind a Menu button that names the current page, opens, and closes with Escape', async () => {
    const user = userEvent.setup();
    renderWithProviders(<MainNav userRole="coordinator" />, { route: '/avoided-costs?from=2026-01-01' });
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    const toggle = within(nav).getByRole('button', { name: /^Menu/ });
    expect(toggle.textContent).toContain('Coûts évités');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const list = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(list?.tagName).toBe('UL');
    expect(
      within(list as HTMLElement)
        .getByRole('link', { name: 'Coûts évités' })
        .getAttribute('aria-current'),
    ).toBe('page');

    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(nav.className).toContain('main-nav--open');
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Accueil');
    await user.keyboard('{Escape}');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
  });
});
