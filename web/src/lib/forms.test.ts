import { LoginRequest, SiteCreate, UserCreate } from '@percee/shared';
import { describe, expect, it } from 'vitest';
import { serverFieldMessage, zodIssueMessage } from './forms';
import { i18n } from './i18n';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

describe('zod messages in the interface language', () => {
  it('translates the issues raised by the shared schemas', () => {
    const login = LoginRequest.safeParse({ email: 'nope', password: '' }, { error: zodIssueMessage });
    expect(messages(login)).toEqual({
      email: 'Saisissez une adresse e-mail valide, par exemple nom@exemple.be.',
      password: 'Ce champ est obligatoire.',
    });

    const site = SiteCreate.safeParse({ name: 'x'.repeat(201), kind: 'castle' }, { error: zodIssueMessage });
    expect(messages(site)).toEqual({
      name: 'Saisissez au maximum 200 caractères.',
      kind: 'Choisissez une option dans la liste.',
    });
  });

  it('follows the language', async () => {
    await i18n.changeLanguage('nl');
    const user = UserCreate.safeParse(
      { email: 'a@b.be', displayName: '', role: 'admin', password: 'x'.repeat(20) },
      { error: zodIssueMessage },
    );
    expect(messages(user)).toEqual({ displayName: 'Dit veld is verplicht.' });
  });
});

describe('server field errors', () => {
  it('translates known zod codes and keeps other messages', () => {
    expect(serverFieldMessage({ path: 'body.email', message: 'Invalid email address', code: 'invalid_format' })).toBe(
      'Saisissez une adresse e-mail valide, par exemple nom@exemple.be.',
    );
    expect(serverFieldMessage({ path: 'body.displayName', message: 'Too small', code: 'too_small' })).toBe(
      'Cette valeur est trop courte.',
    );
    expect(serverFieldMessage({ path: 'body.siteId', message: 'Site is inactive' })).toBe('Site is inactive');
  });
});
