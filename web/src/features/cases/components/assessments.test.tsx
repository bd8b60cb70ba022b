import type { Assessment, AssessmentInstrument } from '@percee/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { bodyOf, caseFixture, IDS, problemType } from '../../../test/fixtures';
import { jsonResponse, mockFetch, pageResponse, problemResponse } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
import { AssessmentsSection } from './assessments';

const INSTRUMENT: AssessmentInstrument = {
  id: '00000000-0000-4000-8000-000000000701',
  code: 'zrm-2017',
  name: 'ZRM 2017',
  domains: [
    { code: 'finances', label: { fr: 'Finances', nl: 'Financiën', en: 'Finances' } },
    { code: 'housing', label: { fr: 'Logement', nl: 'Huisvesting', en: 'Housing' } },
  ],
  levels: [
    { score: 1, label: { fr: 'Problème aigu', nl: 'Acute problematiek', en: 'Acute problem' } },
    { score: 2, label: { fr: 'Pas autonome', nl: 'Niet zelfredzaam', en: 'Not self-sufficient' } },
    { score: 3, label: { fr: 'Autonomie limitée', nl: 'Beperkt zelfredzaam', en: 'Limited self-sufficiency' } },
  ],
};
const ASSESSMENTS_URL = `/api/v1/cases/${IDS.case}/assessments`;

const assessment = (n: number): Assessment => ({
  id: `00000000-0000-4000-8000-00000000080${n}`,
  caseId: IDS.case,
  instrumentId: INSTRUMENT.id,
  assessedAt: `2025-0${n}-10T09:00:00.000Z`,
  stage: 'assessment',
  scores: [{ domain: 'finances', score: 2 }],
  note: `Note de l'évaluation ${n}`,
  recordedBy: IDS.worker,
});

function backend(
  onCreate: () => Response = () => jsonResponse({}, { status: 201 }),
  pages: Record<string, { items: Assessment[]; nextCursor: string | null }> = {
    [`${ASSESSMENTS_URL}?limit=20`]: { items: [], nextCursor: null },
  },
) {
  return mockFetch((url, init) => {
    if (url === '/api/v1/assessment-instruments?limit=200') return pageResponse([INSTRUMENT]);
    if (url === ASSESSMENTS_URL && init.method === 'POST') return onCreate();
    const page = pages[url];
    if (page) return jsonResponse(page);
    if (url === `${ASSESSMENTS_URL}/progress`) {
      return jsonResponse({
        instrumentId: INSTRUMENT.id,
        domains: [
          { domain: 'finances', first: 1, latest: 3, change: 2 },
          { domain: 'housing', first: 2, latest: 2, change: 0 },
        ],
      });
    }
    return problemResponse(404, { title: 'Not Found' });
  });
}

describe('assessments', () => {
  it('scores domains × levels with the labels of the interface language, sending only what was scored', async () => {
    const user = userEvent.setup();
    const fetchMock = backend();
    await i18n.changeLanguage('nl');
    renderWithProviders(<AssessmentsSection caseItem={caseFixture({ stage: 'assessment' })} />, { me: testUser() });

    const finances = await screen.findByRole('group', { name: /Financiën/ });
    expect(within(finances).getAllByRole('radio')).toHaveLength(3);
    await user.click(within(finances).getByRole('radio', { name: /Beperkt zelfredzaam/ }));
    await user.click(screen.getByRole('button', { name: 'Meting opslaan' }));

    await waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(true));
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(bodyOf(post?.[1])).toMatchObject({
      instrumentId: INSTRUMENT.id,
      scores: [{ domain: 'finances', score: 3 }],
      note: null,
    });
  });

  it('shows first versus latest per domain, with the change written out', async () => {
    backend();
    renderWithProviders(<AssessmentsSection caseItem={caseFixture({ stage: 'planning' })} />, { me: testUser() });

    const chart = await screen.findByRole('figure', { name: /Évolution par domaine/ });
    const rows = within(chart).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent?.replace(/\s+/g, ' '))).toEqual([
      'Finances1première évaluation : 13dernière évaluation : 3+2',
      'Logement2première évaluation : 22dernière évaluation : 20',
    ]);
    // Outside assessment and evaluation, no new assessment.
    expect(screen.getByText('Une évaluation se fait aux étapes : Diagnostic, Évaluation.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: "Enregistrer l'évaluation" })).toBeNull();
  });

  it('lists the recorded assessments oldest first, page by page, saying when more are to load', async () => {
    const user = userEvent.setup();
    backend(undefined, {
      [`${ASSESSMENTS_URL}?limit=20`]: { items: [assessment(1), assessment(2)], nextCursor: 'after-2' },
      [`${ASSESSMENTS_URL}?limit=20&cursor=after-2`]: { items: [assessment(3)], nextCursor: null },
    });
    renderWithProviders(<AssessmentsSection caseItem={caseFixture({ stage: 'planning' })} />, { me: testUser() });

    await user.click(await screen.findByText('Évaluations enregistrées (les 2 premières ; d’autres plus bas)'));
    expect(screen.getByText("Note de l'évaluation 1")).toBeTruthy();
    expect(screen.getByText("Note de l'évaluation 2")).toBeTruthy();
    expect(screen.queryByText("Note de l'évaluation 3")).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Afficher plus' }));
    expect(await screen.findByText("Note de l'évaluation 3")).toBeTruthy();
    expect(screen.getByText('Évaluations enregistrées (3)')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Afficher plus' })).toBeNull();
  });

  it('asks for at least one score, and shows the 409 of a case that left the assessment stage', async () => {
    const user = userEvent.setup();
    const fetchMock = backend(() =>
      problemResponse(409, { type: problemType('wrong-stage'), title: 'Conflict', stage: 'planning' }),
    );
    renderWithProviders(<AssessmentsSection caseItem={caseFixture({ stage: 'evaluation' })} />, { me: testUser() });

    await user.click(await screen.findByRole('button', { name: "Enregistrer l'évaluation" }));
    expect(await screen.findByText('Cotez au moins un domaine.')).toBeTruthy();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);

    await user.click(
      within(screen.getByRole('group', { name: /Logement/ })).getByRole('radio', { name: /Pas autonome/ }),
    );
    await user.click(screen.getByRole('button', { name: "Enregistrer l'évaluation" }));
    expect(await screen.findByText("Le dossier n'est plus à une étape d'évaluation : il a été rechargé.")).toBeTruthy();
  });
});
