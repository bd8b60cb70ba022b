import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { bodyOf, IDS, problemType, referralFixture } from '../../../test/fixtures';
import { jsonResponse, mockFetch, pageResponse, problemResponse } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
import { ReferralForm } from './referral-form';

const CANDIDATE = {
  householdId: IDS.household,
  reference: 'MEN-2025-0042',
  reason: 'same_person',
  detail: 'Amina Benali, née le 12/05/1987',
};

function backend(createReferral: (call: number) => Response) {
  let creates = 0;
  return mockFetch((url, init) => {
    if (url === '/api/v1/programs/options?limit=200') return pageResponse([]);
    if (url === '/api/v1/households/duplicate-check') return jsonResponse({ items: [CANDIDATE] });
    if (url === '/api/v1/referrals' && init.method === 'POST') return createReferral(++creates);
    return problemResponse(404, { title: 'Not Found' });
  });
}

const callsTo = (fetchMock: ReturnType<typeof mockFetch>, url: string) =>
  fetchMock.mock.calls.filter(([called]) => called === url).map(([, init]) => bodyOf(init));

async function describeNewHousehold(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Prénom'), 'Amina');
  await user.type(screen.getByLabelText('Nom'), 'Benali');
}

async function describeReferral(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Service qui oriente'), 'CPAS Nord');
  await user.type(screen.getByLabelText("Motif de l'orientation"), 'Menace d’expulsion');
  await user.click(screen.getByLabelText('La personne a demandé ou accepté cette orientation'));
}

describe('new referral: possible duplicates', () => {
  it('warns while typing, and re-submits with confirmNotDuplicate once the person confirmed', async () => {
    const user = userEvent.setup();
    const onCreated = vi.fn();
    const fetchMock = backend((call) =>
      call === 1
        ? problemResponse(409, {
            type: problemType('possible-duplicate'),
            title: 'Conflict',
            detail: 'This household may already exist',
            duplicates: [CANDIDATE],
          })
        : jsonResponse(referralFixture(), { status: 201 }),
    );
    renderWithProviders(<ReferralForm onCreated={onCreated} onCancel={vi.fn()} />, {
      me: testUser({ role: 'partner' }),
    });

    await describeNewHousehold(user);

    // Live warning, once typing pauses.
    expect(await screen.findByText('Ce ménage est peut-être déjà connu', {}, { timeout: 3000 })).toBeTruthy();
    expect(screen.getByText(/Même personne : Amina Benali, née le 12\/05\/1987/)).toBeTruthy();
    expect(callsTo(fetchMock, '/api/v1/households/duplicate-check').at(-1)).toEqual({
      members: [{ firstName: 'Amina', lastName: 'Benali', birthDate: null }],
      address: null,
      postalCode: null,
    });

    await describeReferral(user);
    await user.click(screen.getByRole('button', { name: "Envoyer l'orientation" }));

    // The API still finds a possible duplicate: the person checks and confirms.
    expect(await screen.findByText('Doublon possible')).toBeTruthy();
    const [first] = callsTo(fetchMock, '/api/v1/referrals');
    expect(first).toEqual({
      referrerService: 'CPAS Nord',
      referrerContact: null,
      reason: 'Menace d’expulsion',
      personAgreed: true,
      programId: null,
      household: {
        address: null,
        postalCode: null,
        municipality: null,
        siteId: null,
        members: [
          {
            firstName: 'Amina',
            lastName: 'Benali',
            birthDate: null,
            role: 'applicant',
            residenceStatus: 'unknown',
            phone: null,
            email: null,
            // Issue 18.6: a member's arrival and departure (none at referral).
            joinedOn: null,
            leftOn: null,
          },
        ],
        problems: [],
        confirmNotDuplicate: false,
      },
    });
    expect(onCreated).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: "Ce n'est pas un doublon : créer le ménage" }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    const second = callsTo(fetchMock, '/api/v1/referrals')[1] as { household: Record<string, unknown> };
    expect(second.household.confirmNotDuplicate).toBe(true);
    expect({ ...second, household: { ...second.household, confirmNotDuplicate: false } }).toEqual(first);
  });

  it('refers the existing household instead, when the person recognises it', async () => {
    const user = userEvent.setup();
    const onCreated = vi.fn();
    const fetchMock = backend(() => jsonResponse(referralFixture(), { status: 201 }));
    renderWithProviders(<ReferralForm onCreated={onCreated} onCancel={vi.fn()} />, {
      me: testUser({ role: 'coordinator' }),
    });

    await describeNewHousehold(user);
    await user.click(
      await screen.findByRole('button', { name: 'Orienter le ménage MEN-2025-0042' }, { timeout: 3000 }),
    );
    expect(screen.getByText('Ménage choisi : MEN-2025-0042')).toBeTruthy();
    expect(screen.queryByLabelText('Prénom')).toBeNull();

    await describeReferral(user);
    await user.click(screen.getByRole('button', { name: "Envoyer l'orientation" }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    expect(callsTo(fetchMock, '/api/v1/referrals')).toEqual([
      {
        referrerService: 'CPAS Nord',
        referrerContact: null,
        reason: 'Menace d’expulsion',
        personAgreed: true,
        programId: null,
        householdId: IDS.household,
      },
    ]);
  });

  it('shows the API field errors of a member under the member’s field', async () => {
    const user = userEvent.setup();
    backend(() =>
      problemResponse(400, {
        title: 'Validation failed',
        errors: [{ path: 'body.household.members.0.lastName', message: 'Nom refusé par le serveur' }],
      }),
    );
    renderWithProviders(<ReferralForm onCreated={vi.fn()} onCancel={vi.fn()} />, { me: testUser({ role: 'partner' }) });

    await describeNewHousehold(user);
    await describeReferral(user);
    await user.click(screen.getByRole('button', { name: "Envoyer l'orientation" }));

    expect(await screen.findByText('Nom refusé par le serveur')).toBeTruthy();
    expect(screen.getByLabelText('Nom').getAttribute('aria-invalid')).toBe('true');
  });
});
