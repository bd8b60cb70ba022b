import { problemCodes } from '@percee/shared';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client';
import { errorMessage } from './errors';
import { i18n } from './i18n';
import { en } from './i18n/en';
import { fr } from './i18n/fr';
import { nl } from './i18n/nl';

describe('server problem codes in words (issue 18.8)', () => {
  it.each([
    ['fr', fr],
    ['nl', nl],
    ['en', en],
  ])('every code the server sends has a %s translation', (_, messages) => {
    const problems = messages.serverProblems as Record<string, string>;
    const missing = problemCodes.filter((code) => !problems[code]?.trim());
    expect(missing).toEqual([]);
  });

  it('shows the translated code, never the English detail', async () => {
    await i18n.changeLanguage('fr');
    const error = new ApiError({
      status: 409,
      title: 'Conflict',
      type: 'urn:percee:problem:consent-missing',
      detail: 'No active consent or legal basis covers this',
    });
    const shown = errorMessage(error, i18n.t);
    expect(shown).toBe(fr.serverProblems['consent-missing']);
    expect(shown).not.toContain('consent or legal');
  });
});
