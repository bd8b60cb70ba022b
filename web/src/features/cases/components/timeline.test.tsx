import type { TimelineEntry } from '@percee/shared';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { IDS } from '../../../test/fixtures';
import { jsonResponse, mockFetch, problemResponse } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
import { Timeline } from './timeline';

const entry = (at: string, summary: string, kind: TimelineEntry['kind'] = 'stage_change'): TimelineEntry => ({
  at,
  kind,
  actor: null,
  summary,
  note: null,
});

describe('case timeline', () => {
  it('shows the newest steps first, and older ones on demand', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch((url) => {
      if (url === '/api/v1/team') return jsonResponse({ items: [] });
      if (url === `/api/v1/cases/${IDS.case}/timeline?limit=50`) {
        return jsonResponse({
          items: [
            entry('2026-03-02T10:00:00.000Z', 'planning→monitoring'),
            entry('2026-02-01T10:00:00.000Z', 'assessment→planning'),
          ],
          nextCursor: 'older',
        });
      }
      if (url === `/api/v1/cases/${IDS.case}/timeline?limit=50&cursor=older`) {
        return jsonResponse({ items: [entry('2026-01-05T10:00:00.000Z', 'opened', 'opened')], nextCursor: null });
      }
      return problemResponse(404, { title: 'Not Found' });
    });
    renderWithProviders(<Timeline caseId={IDS.case} />, { me: testUser() });

    expect(await screen.findByText('Étape : Planification → Suivi')).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.queryByText('Dossier ouvert')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Afficher plus' }));

    expect(await screen.findByText('Dossier ouvert')).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringContaining('Planification → Suivi'),
      expect.stringContaining('Diagnostic → Planification'),
      expect.stringContaining('Dossier ouvert'),
    ]);
    expect(screen.queryByRole('button', { name: 'Afficher plus' })).toBeNull();
    expect(fetchMock.mock.calls.map((call) => call[0])).toContain(
      `/api/v1/cases/${IDS.case}/timeline?limit=50&cursor=older`,
    );
  });
});
