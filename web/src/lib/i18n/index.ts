import type { Locale } from '@percee/shared';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

/**
 * Interface languages. Kept as a literal list (not imported at runtime from `@percee/shared`)
 * so that zod does not end up in the initial bundle; the type check below keeps both in sync.
 */
export const languages = ['fr', 'nl', 'en'] as const;
export type Language = (typeof languages)[number];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _languagesMatchSharedLocales: Same<Language, Locale> = true;
void _languagesMatchSharedLocales;

export const defaultLanguage: Language = 'fr';

/** Language names written in their own language, for the language switch. */
export const languageEndonyms: Record<Language, string> = {
  fr: 'Français',
  nl: 'Nederlands',
  en: 'English',
};

/** BCP 47 tags used for Intl formatting: Percée is used in Belgium. */
export const intlLocales: Record<Language, string> = {
  fr: 'fr-BE',
  nl: 'nl-BE',
  en: 'en-GB',
};

export const resources = {
  fr: { translation: fr },
  nl: { translation: nl },
  en: { translation: en },
} as const;

const STORAGE_KEY = 'percee.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The language explicitly chosen on this device, if any (a preference, not a secret). */
export function storedLanguage(): Language | null {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage() ?? defaultLanguage,
  fallbackLng: defaultLanguage,
  supportedLngs: languages,
  interpolation: { escapeValue: false },
  returnNull: false,
  react: { useSuspense: false },
});

function syncDocumentLanguage(language: string) {
  if (typeof document !== 'undefined') {
    document.documentElement.lang = language;
  }
}
syncDocumentLanguage(i18n.language);
i18n.on('languageChanged', syncDocumentLanguage);

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage;
}

/** Switch language. `remember` stores the choice on this device (explicit user choice). */
export async function setLanguage(language: Language, { remember = false } = {}): Promise<void> {
  if (remember) {
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, language);
    } catch {
      // Storage can be unavailable (private mode, quotas): the choice then lasts for this page only.
    }
  }
  if (i18n.language !== language) {
    await i18n.changeLanguage(language);
  }
}

/** Apply the account's language unless the person chose one explicitly on this device. */
export function applyAccountLanguage(locale: Language): void {
  if (storedLanguage() === null) {
    void setLanguage(locale);
  }
}
