import type { CostCatalogueItem } from '@percee/shared';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { DocumentTitle } from '../../../components/document-title';
import { EditorPanel } from '../../../components/editor-panel';
import { PageLoader } from '../../../components/page-loader';
import { QueryError } from '../../../components/query-error';
import { StatusBadge } from '../../../components/status-badge';
import { currentLanguage } from '../../../lib/i18n';
import { useFormat } from '../../../lib/i18n/format';
import { costCatalogueQueryOptions } from '../../../lib/reference-data';
import { AddPriceForm, CreateCostItemForm, EditCostItemForm } from '../components/cost-item-forms';

type Editing =
  | { mode: 'create' }
  | { mode: 'edit'; item: CostCatalogueItem }
  | { mode: 'price'; item: CostCatalogueItem }
  | null;

/**
 * The social cost catalogue: unit costs with their price history. Default items seeded from public
 * figures are "to review" until an admin checked them. Prices are never changed: a new price starts
 * from a date.
 */
export default function CatalogueRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const language = currentLanguage();
  const catalogue = useQuery(costCatalogueQueryOptions(true));
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);

  const close = () => {
    setEditing(null);
    requestAnimationFrame(() => newButton.current?.focus());
  };
  const open = (next: Editing) => {
    setNotice(null);
    setEditing(next);
  };
  const toReview = catalogue.data?.filter((item) => item.toReview).length ?? 0;

  return (
    <section aria-labelledby="catalogue-title">
      <DocumentTitle page={t('catalogue.title')} />
      <div className="section-header">
        <div>
          <h2 id="catalogue-title">{t('catalogue.title')}</h2>
          <p className="muted">{t('catalogue.intro')}</p>
        </div>
        <button
          ref={newButton}
          type="button"
          className="button button--primary"
          onClick={() => open({ mode: 'create' })}
          disabled={editing?.mode === 'create'}
        >
          {t('catalogue.new')}
        </button>
      </div>
      {toReview > 0 && (
        <Alert tone="warning" live={false}>
          {t('catalogue.toReviewCount', { count: toReview })}
        </Alert>
      )}
      <div aria-live="polite">
        {notice && (
          <Alert tone="success" live={false}>
            {notice}
          </Alert>
        )}
      </div>

      {editing && (
        <EditorPanel
          key={editing.mode === 'create' ? 'new' : `${editing.mode}-${editing.item.id}`}
          title={
            editing.mode === 'create'
              ? t('catalogue.createTitle')
              : editing.mode === 'edit'
                ? t('catalogue.editTitle', { name: editing.item.labels[language] })
                : t('catalogue.priceTitle', { name: editing.item.labels[language] })
          }
        >
          {editing.mode === 'create' && (
            <CreateCostItemForm
              onCancel={close}
              onSaved={(item) => {
                setNotice(t('catalogue.created', { name: item.labels[language] }));
                close();
              }}
            />
          )}
          {editing.mode === 'edit' && (
            <EditCostItemForm
              item={editing.item}
              onCancel={close}
              onSaved={(item) => {
                setNotice(t('catalogue.updated', { name: item.labels[language] }));
                close();
              }}
            />
          )}
          {editing.mode === 'price' && (
            <>
              <PriceHistory item={editing.item} />
              <AddPriceForm
                item={editing.item}
                onCancel={close}
                onSaved={(item) => {
                  setNotice(t('catalogue.priceAdded', { name: item.labels[language] }));
                  close();
                }}
              />
            </>
          )}
        </EditorPanel>
      )}

      {catalogue.isPending ? (
        <PageLoader />
      ) : catalogue.isError ? (
        <QueryError error={catalogue.error} onRetry={() => void catalogue.refetch()} />
      ) : catalogue.data.length === 0 ? (
        <p className="empty-state">{t('catalogue.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('catalogue.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('catalogue.fields.item')}</th>
                <th scope="col">{t('catalogue.fields.category')}</th>
                <th scope="col" className="numeric">
                  {t('catalogue.fields.currentPrice')}
                </th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {catalogue.data.map((item) => {
                const name = item.labels[language];
                return (
                  <tr key={item.id} className={item.active ? undefined : 'is-inactive'}>
                    <th scope="row" data-label={t('catalogue.fields.item')}>
                      {name}
                      <span className="cell-secondary">{item.code}</span>
                      {item.sourceNote && <span className="cell-secondary">{item.sourceNote}</span>}
                    </th>
                    <td data-label={t('catalogue.fields.category')}>{t(`enums.costCategory.${item.category}`)}</td>
                    <td className="numeric" data-label={t('catalogue.fields.currentPrice')}>
                      {item.currentPriceCents === null
                        ? t('scenario.noPrice')
                        : t('scenario.pricePerUnit', {
                            price: format.euros(item.currentPriceCents),
                            unit: t(`enums.costUnit.${item.unit}`),
                          })}
                      <span className="cell-secondary">{t('catalogue.priceCount', { count: item.prices.length })}</span>
                    </td>
                    <td data-label={t('common.status')}>
                      <span className="badge-row">
                        {item.toReview && <span className="badge badge--warning">{t('catalogue.toReview')}</span>}
                        {item.isDefault && <span className="badge badge--neutral">{t('catalogue.default')}</span>}
                        <StatusBadge active={item.active} />
                      </span>
                    </td>
                    <td className="row-actions">
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t('common.editItem', { name })}
                        onClick={() => open({ mode: 'edit', item })}
                      >
                        {t('common.edit')}
                      </button>
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t('catalogue.addPriceTo', { name })}
                        onClick={() => open({ mode: 'price', item })}
                      >
                        {t('catalogue.addPrice')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Every price of an item, oldest first, with the date it applies from. */
function PriceHistory({ item }: { item: CostCatalogueItem }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="table-caption">{t('catalogue.history')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('catalogue.fields.validFrom')}</th>
            <th scope="col" className="numeric">
              {t('catalogue.fields.price')}
            </th>
            <th scope="col">{t('catalogue.fields.priceNote')}</th>
          </tr>
        </thead>
        <tbody>
          {item.prices.map((price) => (
            <tr key={price.id}>
              <th scope="row" data-label={t('catalogue.fields.validFrom')}>
                {format.date(price.validFrom)}
              </th>
              <td className="numeric" data-label={t('catalogue.fields.price')}>
                {format.euros(price.unitPriceCents)}
              </td>
              <td data-label={t('catalogue.fields.priceNote')}>{price.note ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
