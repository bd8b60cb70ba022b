import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LoginRequest, PageQuery, Problem, page, UserCreate } from './index.js';

describe('shared schemas', () => {
  it('normalises e-mail addresses and rejects unknown fields', () => {
    expect(LoginRequest.parse({ email: 'Claire@Ville.test', password: 'x' }).email).toBe('claire@ville.test');
    expect(LoginRequest.safeParse({ email: 'a@b.test', password: 'x', admin: true }).success).toBe(false);
  });

  it('coerces query-string pagination and bounds the page size', () => {
    expect(PageQuery.parse({ limit: '20' })).toEqual({ limit: 20 });
    expect(PageQuery.parse({})).toEqual({ limit: 50 });
    expect(PageQuery.safeParse({ limit: '0' }).success).toBe(false);
    expect(PageQuery.safeParse({ limit: '201' }).success).toBe(false);
  });

  it('requires passwords of at least 12 characters for new accounts', () => {
    const base = { email: 'a@b.test', displayName: 'A', role: 'analyst' };
    expect(UserCreate.safeParse({ ...base, password: 'short' }).success).toBe(false);
    expect(UserCreate.parse({ ...base, password: 'long enough pw' })).toMatchObject({ locale: 'fr', siteId: null });
  });

  it('describes pages and problems', () => {
    const people = page(z.object({ id: z.string() }));
    expect(people.parse({ items: [{ id: 'a' }], nextCursor: null }).items).toHaveLength(1);
    expect(Problem.safeParse({ type: 'about:blank', title: 'Oops', status: 500 }).success).toBe(true);
    expect(Problem.safeParse({ title: 'Oops' }).success).toBe(false);
  });
});
