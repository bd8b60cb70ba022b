import { avoidedCost, returnPerEuroHundredths } from '@percee/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createFormatters } from '../../../lib/i18n/format';
import { BREAKTHROUGH_IDS, bodyOf, breakthroughFixture, catalogueFixture, IDS } from '../../../test/fixtures';
import { jsonResponse, mockFetch, pageResponse, problemResponse } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
import { ProposalForm } from './proposal-form';

const CATALOGUE_URL = '/api/v1/cost-catalogue?includeInactive=true&limit=200';
const PROPOSE_URL = `/api/v1/cases/${IDS.case}/breakthroughs`;
const euros = createFormatters('fr').euros;
/** Text as Testing Library reads it (no-break spaces of Intl formats become plain spaces). */
const plain = (text: string) => text.replace(/\s+/g, ' ');

/** The value shown next to a figure of the live preview. */
function previewFigure(label: string): string {
  const preview = screen.getByTestId('avoided-cost-preview');
  const term = within(preview).getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

/** The editor of one scenario line, by its legend ("Ligne 1 sans la percée"). */
const line = (name: string) => within(screen.getByRole('group', { name }));

async function setNumber(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, value: string) {
  await user.clear(input);
  await user.type(input, value);
}

function backend(
  onPropose: (init: RequestInit) => Response = () => jsonResponse(breakthroughFixture(), { status: 201 }),
) {
  return mockFetch((url, init) => {
    if (url === CATALOGUE_URL) return pageResponse(catalogueFixture());
    if (url === PROPOSE_URL && init.method === 'POST') return onPropose(init);
    return problemResponse(404, { title: 'Not Found' });
  });
}

describe('proposing a breakthrough', () => {
  it('previews the avoided cost live with the shared maths and the prices valid today, as the coach types', async () => {
    const user = userEvent.setup();
    backend();
    renderWithProviders(<ProposalForm caseId={IDS.case} onCreated={vi.fn()} />, { me: testUser() });

    // The first "without" line: an eviction, certain at 80 %.
    const without1 = await waitFor(() => line('Ligne 1 sans la percée'));
    await user.selectOptions(without1.getByLabelText('Poste de coût'), BREAKTHROUGH_IDS.eviction);
    await setNumber(user, without1.getByLabelText('Probabilité (%)'), '80');
    expect(previewFigure('Sans la percée')).toBe(euros(400_000));

    // A second "without" line: shelter nights, typed digit by digit — the preview follows each keystroke.
    await user.click(screen.getByRole('button', { name: 'Ajouter une ligne sans la percée' }));
    const without2 = line('Ligne 2 sans la percée');
    await user.selectOptions(without2.getByLabelText('Poste de coût'), BREAKTHROUGH_IDS.shelter);
    // The price valid today (120 €), not the one announced for 2099.
    expect(without2.getByText('Logement · 120,00 € par jour')).toBeTruthy();
    const quantity = without2.getByLabelText('Quantité (jours)');
    await user.clear(quantity);
    await user.type(quantity, '6');
    expect(previewFigure('Sans la percée')).toBe(euros(400_000 + 72_000));
    await user.type(quantity, '0');
    await setNumber(user, without2.getByLabelText('Probabilité (%)'), '75');

    // With the breakthrough: a few nights remain.
    await user.click(screen.getByRole('button', { name: 'Ajouter une ligne avec la percée' }));
    const with1 = line('Ligne 1 avec la percée');
    await user.selectOptions(with1.getByLabelText('Poste de coût'), BREAKTHROUGH_IDS.shelter);
    await setNumber(user, with1.getByLabelText('Quantité (jours)'), '7');
    await setNumber(user, with1.getByLabelText('Probabilité (%)'), '33');

    await user.type(screen.getByLabelText(/Coût de l'intervention/), '1 250,50');

    const expected = avoidedCost(
      [
        { unitPriceCents: 500_000, quantity: 1, probabilityPercent: 80 },
        { unitPriceCents: 12_000, quantity: 60, probabilityPercent: 75 },
      ],
      [{ unitPriceCents: 12_000, quantity: 7, probabilityPercent: 33 }],
      125_050,
    );
    expect(previewFigure('Sans la percée')).toBe(euros(expected.withoutCents));
    expect(previewFigure('Avec la percée')).toBe(euros(expected.withCents));
    expect(previewFigure('Coût évité brut')).toBe(euros(expected.grossAvoidedCents));
    expect(previewFigure("Coût de l'intervention")).toBe(euros(125_050));
    expect(previewFigure('Coût évité net')).toBe(euros(expected.netAvoidedCents));
    const perEuro = returnPerEuroHundredths(expected.grossAvoidedCents, expected.interventionCents) as number;
    expect(previewFigure('Rendement par euro investi')).toBe(`${euros(perEuro)} par euro`);
    // Each line shows its own amount (rounded once, half away from zero): 12 000 × 7 × 33 % = 277,20 €.
    expect(with1.getByText(plain(euros(27_720)))).toBeTruthy();
  }, 60_000);

  it('does not count a line until it is complete, and says so', async () => {
    const user = userEvent.setup();
    backend();
    renderWithProviders(<ProposalForm caseId={IDS.case} onCreated={vi.fn()} />, { me: testUser() });
    await waitFor(() => line('Ligne 1 sans la percée'));
    expect(screen.getByText('Lignes incomplètes, non comptées : 1')).toBeTruthy();
    expect(previewFigure('Coût évité net')).toBe(euros(0));
    await user.selectOptions(line('Ligne 1 sans la percée').getByLabelText('Poste de coût'), BREAKTHROUGH_IDS.eviction);
    expect(screen.queryByText(/Lignes incomplètes/)).toBeNull();
    expect(previewFigure('Coût évité net')).toBe(euros(500_000));
  }, 30_000);

  it('sends the proposal in integer cents and whole numbers, and shows server errors on the scenario line', async () => {
    const user = userEvent.setup();
    const onCreated = vi.fn();
    let attempts = 0;
    const fetchMock = backend(() =>
      attempts++ === 0
        ? problemResponse(422, {
            title: 'Unprocessable Content',
            type: 'urn:percee:problem:unknown-cost-item',
            errors: [
              { path: 'body.scenario.without.0.catalogueItemId', message: 'Unknown or inactive cost catalogue item' },
            ],
          })
        : jsonResponse(breakthroughFixture(), { status: 201 }),
    );
    renderWithProviders(<ProposalForm caseId={IDS.case} onCreated={onCreated} />, { me: testUser() });

    const without1 = await waitFor(() => line('Ligne 1 sans la percée'));
    await user.type(screen.getByLabelText('Intitulé'), 'Reprise de la dette de loyer');
    await user.selectOptions(screen.getByLabelText('Catégorie'), 'eviction_prevention');
    await user.selectOptions(screen.getByLabelText('Domaine de vie'), 'housing');
    await user.type(screen.getByLabelText('Responsable'), 'CPAS – service logement');
    await user.type(screen.getByLabelText(/Coût de l'intervention/), '1500');
    await user.selectOptions(without1.getByLabelText('Poste de coût'), BREAKTHROUGH_IDS.eviction);
    await setNumber(user, without1.getByLabelText('Probabilité (%)'), '80');
    await user.click(screen.getByRole('button', { name: 'Proposer la percée' }));

    expect(await screen.findByText('Unknown or inactive cost catalogue item')).toBeTruthy();
    expect(without1.getByLabelText('Poste de coût').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('Le formulaire contient des erreurs');

    await user.click(screen.getByRole('button', { name: 'Proposer la percée' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    const posts = fetchMock.mock.calls.filter(([url, init]) => url === PROPOSE_URL && init?.method === 'POST');
    expect(bodyOf(posts[1]?.[1])).toEqual({
      title: 'Reprise de la dette de loyer',
      domain: 'housing',
      category: 'eviction_prevention',
      responsible: 'CPAS – service logement',
      interventionCents: 150_000,
      dueDate: null,
      needsApproval: true,
      scenario: {
        horizonMonths: 12,
        without: [{ catalogueItemId: BREAKTHROUGH_IDS.eviction, quantity: 1, probabilityPercent: 80 }],
        with: [],
      },
    });
  }, 60_000);

  it('checks the scenario with the shared schema before sending', async () => {
    const user = userEvent.setup();
    const fetchMock = backend();
    renderWithProviders(<ProposalForm caseId={IDS.case} onCreated={vi.fn()} />, { me: testUser() });
    const without1 = await waitFor(() => line('Ligne 1 sans la percée'));
    await user.type(screen.getByLabelText('Intitulé'), 'Taxi vers l’école');
    await user.selectOptions(screen.getByLabelText('Catégorie'), 'transport');
    await user.selectOptions(screen.getByLabelText('Domaine de vie'), 'education');
    await user.type(screen.getByLabelText('Responsable'), 'Coach');
    await user.selectOptions(without1.getByLabelText('Poste de coût'), BREAKTHROUGH_IDS.shelter);
    await setNumber(user, without1.getByLabelText('Probabilité (%)'), '150');
    await user.click(screen.getByRole('button', { name: 'Proposer la percée' }));

    expect(await screen.findByText("Cette valeur n'est pas valide.")).toBeTruthy();
    expect(without1.getByLabelText('Probabilité (%)').getAttribute('aria-invalid')).toBe('true');
    expect(fetchMock.mock.calls.some(([url]) => url === PROPOSE_URL)).toBe(false);
  }, 30_000);

  it('says nothing was sent when the network fails, keeps the values and their draft, and clears it once sent', async () => {
    const user = userEvent.setup();
    let online = false;
    const onCreated = vi.fn();
    backend(() => {
      if (!online) throw new TypeError('Failed to fetch');
      return jsonResponse(breakthroughFixture(), { status: 201 });
    });
    renderWithProviders(<ProposalForm caseId={IDS.case} onCreated={onCreated} />, { me: testUser() });
    const without1 = await waitFor(() => line('Ligne 1 sans la percée'));
    await user.type(screen.getByLabelText('Intitulé'), 'Reprise de la dette de loyer');
    await user.selectOptions(screen.getByLabelText('Catégorie'), 'eviction_prevention');
    await user.selectOptions(screen.getByLabelText('Domaine de vie'), 'housing');
    await user.type(screen.getByLabelText('Responsable'), 'Coach');
    await user.selectOptions(without1.getByLabelText('Poste de coût'), BREAKTHROUGH_IDS.eviction);
    const key = `percee:draft:breakthrough-proposal:${IDS.case}`;
    expect(JSON.parse(sessionStorage.getItem(key) ?? '{}').title).toBe('Reprise de la dette de loyer');

    await user.click(screen.getByRole('button', { name: 'Proposer la percée' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Pas de connexion : rien n’a été envoyé.');
    expect((screen.getByLabelText('Intitulé') as HTMLInputElement).value).toBe('Reprise de la dette de loyer');
    expect(sessionStorage.getItem(key)).not.toBeNull();
    expect(onCreated).not.toHaveBeenCalled();

    online = true;
    await user.click(screen.getByRole('button', { name: 'Proposer la percée' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    expect(sessionStorage.getItem(key)).toBeNull();
  }, 30_000);
});
