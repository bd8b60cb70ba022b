import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IDS } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { DuplicateWarning } from './duplicate-warning';

describe('possible duplicates, in the language of the interface', () => {
  it('says the reason and the shared birth date in French, never the API’s English detail', () => {
    renderWithProviders(
      <DuplicateWarning
        candidates={[
          {
            householdId: IDS.household,
            reference: 'MEN-2025-0042',
            reason: 'same_person',
            detail: 'same name and birth date (1987-05-12)',
            birthDate: '1987-05-12',
          },
          { householdId: IDS.household, reference: 'MEN-2025-0043', reason: 'same_address', detail: 'same address' },
        ]}
        onUseExisting={() => {}}
      />,
    );
    expect(screen.getByText(/Même personne : né·e le 12 mai 1987/)).toBeTruthy();
    expect(screen.getByText(/Même adresse/)).toBeTruthy();
    expect(screen.queryByText(/same/)).toBeNull();
  });
});
