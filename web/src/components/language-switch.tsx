import { useTranslation } from 'react-i18next';
import { currentLanguage, languageEndonyms, languages, setLanguage } from '../lib/i18n';

/** FR / NL / EN toggle. The choice is remembered on this device. */
export function LanguageSwitch({ className }: { className?: string }) {
  const { t, i18n } = useTranslation();
  const active = i18n.resolvedLanguage ?? currentLanguage();
  return (
    <fieldset className={['language-switch', className ?? ''].filter(Boolean).join(' ')}>
      <legend className="visually-hidden">{t('header.language')}</legend>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          className="language-switch__option"
          lang={language}
          aria-pressed={active === language}
          onClick={() => void setLanguage(language, { remember: true })}
        >
          {language.toUpperCase()}
          <span className="visually-hidden"> – {languageEndonyms[language]}</span>
        </button>
      ))}
    </fieldset>
  );
}
