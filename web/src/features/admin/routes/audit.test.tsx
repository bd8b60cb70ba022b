import { AuditEntry } from '@percee/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
import AuditRoute from './audit';

const entry = (seq: number, fields: Partial<AuditEntry>): AuditEntry =>
  AuditEntry.parse({
    seq,
    occurredAt: '2026-11-30T09:00:00.000Z',
    actorUserId: '00000000-0000-4000-8000-00000000000a',
    actorUserName: 'Camille Coordinatrice',
    actorClientId: null,
    actorClientName: null,
    action: 'household.update',
    entityType: 'household',
    entityId: '00000000-0000-4000-8000-000000000001',
    changedFields: [],
    changes: null,
    valuesRedacted: true,
    requestId: null,
    prevHash: '0'.repeat(64),
    hash: 'a'.repeat(64),
    ...fields,
  });

describe('audit log (admins)', () => {
  it('shows before and after for administrative records, and only the field names of file content', async () => {
    mockFetch((url) => {
      if (url.startsWith('/api/v1/admin/audit?'))
        return jsonResponse({
          items: [
            entry(2, {
              action: 'site.update',
              entityType: 'site',
              changedFields: ['name'],
              valuesRedacted: false,
              changes: { name: ['Nord', 'Nord-Est'] },
            }),
            entry(1, { changedFields: ['address', 'municipality'] }),
          ],
          nextCursor: null,
        });
      if (url.startsWith('/api/v1/admin/users')) return jsonResponse({ items: [], nextCursor: null });
      return problemResponse(404, { title: 'Not Found' });
    });
    renderWithProviders(<AuditRoute />, { me: testUser({ role: 'admin' }) });

    const table = await screen.findByRole('table');
    const [, siteRow, householdRow] = within(table).getAllByRole('row');
    expect(siteRow?.textContent).toContain('name: "Nord" → "Nord-Est"');
    expect(householdRow?.textContent).toContain('address, municipality (valeurs masquées : contenu du dossier)');
  });
});
