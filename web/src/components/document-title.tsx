import { useTranslation } from 'react-i18next';

/** Sets the browser tab title (React 19 hoists <title> into <head>). */
export function DocumentTitle({ page }: { page: string }) {
  const { t } = useTranslation();
  return <title>{t('app.documentTitle', { page })}</title>;
}
