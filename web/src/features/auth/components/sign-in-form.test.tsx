import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { jsonResponse, mockFetch, problemResponse } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
import { SignInForm } from './sign-in-form';

const LOGIN_URL = '/api/v1/auth/login';

function fields() {
  return {
    email: screen.getByLabelText(i18n.t('auth.signIn.email')),
    password: screen.getByLabelText(i18n.t('auth.signIn.password')),
    submit: screen.getByRole('button', { name: i18n.t('auth.signIn.submit') }),
  };
}

describe('<SignInForm>', () => {
  it('shows a translated, announced validation error for an invalid e-mail, without calling the API', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch(() => jsonResponse({}));
    renderWithProviders(<SignInForm />);
    const { email, password, submit } = fields();

    await user.type(email, 'pas-une-adresse');
    await user.type(password, 'un mot de passe');
    await user.click(submit);

    const message = await screen.findByText('Saisissez une adresse e-mail valide, par exemple nom@exemple.be.');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toContain(message.closest('p')?.id);
    expect(message.closest('[aria-live]')).not.toBeNull();
    expect(document.activeElement).toBe(email);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('requires a password', async () => {
    const user = userEvent.setup();
    mockFetch(() => jsonResponse({}));
    renderWithProviders(<SignInForm />);
    const { email, password, submit } = fields();

    await user.type(email, 'marie@cpas.example.be');
    await user.click(submit);

    expect(await screen.findByText('Ce champ est obligatoire.')).toBeTruthy();
    expect(password.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the message for a 401 from the server', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch(() => problemResponse(401, { title: 'Invalid credentials' }));
    renderWithProviders(<SignInForm />);
    const { email, password, submit } = fields();

    await user.type(email, 'marie@cpas.example.be');
    await user.type(password, 'wrong password');
    await user.click(submit);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Adresse e-mail ou mot de passe incorrect.');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe(LOGIN_URL);
    expect(JSON.parse(String(init?.body))).toEqual({ email: 'marie@cpas.example.be', password: 'wrong password' });
  });

  it('tells how long to wait on 429, in the current language', async () => {
    const user = userEvent.setup();
    mockFetch(() => problemResponse(429, { title: 'Too Many Requests' }, { 'Retry-After': '30' }));
    await i18n.changeLanguage('nl');
    renderWithProviders(<SignInForm />);
    const { email, password, submit } = fields();

    await user.type(email, 'marie@cpas.example.be');
    await user.type(password, 'whatever');
    await user.click(submit);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent?.replace(/\s/g, ' ')).toBe(
      'Te veel aanmeldpogingen. Probeer het opnieuw over 30 seconden.',
    );
  });

  it('shows server field errors under the matching field', async () => {
    const user = userEvent.setup();
    mockFetch(() =>
      problemResponse(400, {
        title: 'Bad Request',
        errors: [{ path: 'body.email', message: 'Adresse refusée par le serveur' }],
      }),
    );
    renderWithProviders(<SignInForm />);
    const { email, password, submit } = fields();

    await user.type(email, 'marie@cpas.example.be');
    await user.type(password, 'whatever');
    await user.click(submit);

    expect(await screen.findByText('Adresse refusée par le serveur')).toBeTruthy();
    expect(email.getAttribute('aria-invalid')).toBe('true');
  });

  it('signs in: keeps the token in memory and loads the person', async () => {
    const user = userEvent.setup();
    const me = testUser();
    const fetchMock = mockFetch((url) =>
      url === LOGIN_URL
        ? jsonResponse({ accessToken: 'token-1', tokenType: 'Bearer', expiresIn: 900 })
        : jsonResponse(me),
    );
    let signedIn: unknown = null;
    renderWithProviders(<SignInForm onSignedIn={(person) => (signedIn = person)} />);
    const { email, password, submit } = fields();

    await user.type(email, 'Marie@CPAS.example.be');
    await user.type(password, 'correct horse battery staple');
    await user.click(submit);

    await waitFor(() => expect(signedIn).toEqual(me));
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual([LOGIN_URL, '/api/v1/me']);
    expect(new Headers(fetchMock.mock.calls[1]?.[1]?.headers).get('Authorization')).toBe('Bearer token-1');
    expect(localStorage.getItem('percee.token')).toBeNull();
  });

  it('asks for the code of the authenticator app when the account uses two-factor sign-in', async () => {
    const user = userEvent.setup();
    const me = testUser({ totp: { enabled: true, required: false, enrolmentOnly: false } });
    const fetchMock = mockFetch((url, init) => {
      if (url === LOGIN_URL)
        return jsonResponse({ secondFactorRequired: true, challenge: 'challenge-1', expiresIn: 300 });
      if (url === `${LOGIN_URL}/totp`) {
        const body = JSON.parse(String(init.body)) as { code?: string };
        return body.code === '123456'
          ? jsonResponse({ accessToken: 'token-2', tokenType: 'Bearer', expiresIn: 900 })
          : problemResponse(401, { title: 'Unauthorized' });
      }
      return jsonResponse(me);
    });
    let signedIn: unknown = null;
    renderWithProviders(<SignInForm onSignedIn={(person) => (signedIn = person)} />);
    const { email, password, submit } = fields();
    await user.type(email, 'marie@cpas.example.be');
    await user.type(password, 'correct horse battery staple');
    await user.click(submit);

    const code = await screen.findByLabelText(i18n.t('auth.totp.code'));
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    await user.type(code, '000000');
    await user.click(screen.getByRole('button', { name: i18n.t('auth.totp.verify') }));
    expect(await screen.findByText(i18n.t('auth.totp.invalidCode'))).toBeTruthy();

    await user.clear(code);
    await user.type(code, '123456');
    await user.click(screen.getByRole('button', { name: i18n.t('auth.totp.verify') }));
    await waitFor(() => expect(signedIn).toEqual(me));
    const totpCall = fetchMock.mock.calls.filter(([url]) => url === `${LOGIN_URL}/totp`).at(-1);
    expect(JSON.parse(String(totpCall?.[1]?.body))).toEqual({ challenge: 'challenge-1', code: '123456' });
  });
});
