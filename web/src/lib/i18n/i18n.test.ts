import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { i18n, setLanguage } from './index';
import { nl } from './nl';

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else for (const [k, v] of flatten(value, path)) result.set(k, v);
  }
  return result;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const reference = flatten(fr);
const others = { nl: flatten(nl), en: flatten(en) };

describe('translations', () => {
  it('has a sizeable French reference', () => {
    expect(reference.size).toBeGreaterThan(50);
  });

  describe.each(Object.entries(others))('%s', (language, messages) => {
    it('has every French key', () => {
      const missing = [...reference.keys()].filter((key) => !messages.has(key));
      expect(missing, `keys missing in ${language}`).toEqual([]);
    });

    it('has no key that French lacks', () => {
      const extra = [...messages.keys()].filter((key) => !reference.has(key));
      expect(extra, `keys in ${language} but not in fr`).toEqual([]);
    });

    it('has no empty message', () => {
      const empty = [...messages].filter(([, value]) => value.trim() === '').map(([key]) => key);
      expect(empty).toEqual([]);
    });

    it('uses the same {{placeholders}} as French', () => {
      const mismatched = [...reference]
        .filter(([key, value]) => placeholders(value).join() !== placeholders(messages.get(key) ?? '').join())
        .map(([key]) => key);
      expect(mismatched).toEqual([]);
    });
  });

  it('French has no empty message either', () => {
    expect([...reference].filter(([, value]) => value.trim() === '')).toEqual([]);
  });

  it('defaults to French and keeps <html lang> in sync with the language', async () => {
    expect(i18n.language).toBe('fr');
    expect(i18n.t('nav.home')).toBe('Accueil');
    await setLanguage('nl');
    expect(document.documentElement.lang).toBe('nl');
    expect(i18n.t('nav.home')).toBe('Startscherm');
    await setLanguage('en');
    expect(document.documentElement.lang).toBe('en');
  });
});
