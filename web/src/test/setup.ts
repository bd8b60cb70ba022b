import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { setAccessToken } from '../lib/api-client';
import { i18n } from '../lib/i18n';

beforeEach(async () => {
  await i18n.changeLanguage('fr');
});

afterEach(() => {
  cleanup();
  setAccessToken(null);
  // Form drafts live in sessionStorage: one test's typing must not reappear in the next.
  sessionStorage.clear();
});
