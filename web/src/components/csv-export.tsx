import { csvDelimiters } from '@percee/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueryValue } from '../lib/api-client';
import { downloadFromApi } from '../lib/download';
import { errorMessage } from '../lib/errors';
import { Alert } from './alert';

type Delimiter = (typeof csvDelimiters)[number];

interface CsvExportProps {
  /** The API path of the export, e.g. `/reports/activity.csv`. */
  path: string;
  /** The filters of the page (sent as they are, with the delimiter). */
  query?: Record<string, QueryValue>;
  /** The file name when the server suggests none. */
  fallbackName: string;
  /** What is exported, for the button's accessible name. */
  label?: string;
}

/**
 * A CSV export of what the page shows: the separator to use (semicolon opens in Excel with European
 * settings) and a download button. The file comes from the API with the session's token.
 */
export function CsvExport({ path, query, fallbackName, label }: CsvExportProps) {
  const { t } = useTranslation();
  const id = useId();
  const [delimiter, setDelimiter] = useState<Delimiter>('semicolon');
  const [state, setState] = useState<
    | { kind: 'idle' }
    | { kind: 'busy' }
    | { kind: 'done'; name: string }
    | {
        kind: 'error';
        error: unknown;
      }
  >({ kind: 'idle' });

  const download = async () => {
    setState({ kind: 'busy' });
    try {
      const name = await downloadFromApi(path, { query: { ...query, delimiter }, fallbackName });
      setState({ kind: 'done', name });
    } catch (error) {
      setState({ kind: 'error', error });
    }
  };

  return (
    <div className="csv-export no-print">
      <div className="csv-export__controls">
        <div className="field field--inline">
          <label className="field__label" htmlFor={`${id}-delimiter`}>
            {t('export.delimiter')}
          </label>
          <select
            id={`${id}-delimiter`}
            value={delimiter}
            onChange={(event) => setDelimiter(event.target.value as Delimiter)}
          >
            {csvDelimiters.map((value) => (
              <option key={value} value={value}>
                {t(`export.delimiters.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button" onClick={() => void download()} disabled={state.kind === 'busy'}>
          {state.kind === 'busy'
            ? t('export.downloading')
            : label
              ? t('export.csvOf', { what: label })
              : t('export.csv')}
        </button>
      </div>
      <div aria-live="polite">
        {state.kind === 'done' && <p className="muted csv-export__done">{t('export.done', { name: state.name })}</p>}
      </div>
      {state.kind === 'error' && <Alert tone="error">{errorMessage(state.error, t)}</Alert>}
    </div>
  );
}
