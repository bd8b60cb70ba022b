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
});
