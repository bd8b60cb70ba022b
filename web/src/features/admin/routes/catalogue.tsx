import type { CostCatalogueItem } from '@percee/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { DataTable } from '../../../components/data-table';
import { StatusBadge } from '../../../components/status-badge';
import { currentLanguage } from '../../../lib/i18n';
import { useFormat } from '../../../lib/i18n/format';
import { costCatalogueQueryOptions } from '../../../lib/reference-data';
import { AdminListPage } from '../components/admin-list-page';
import { AddPriceForm, CreateCostItemForm, EditCostItemForm } from '../components/cost-item-forms';

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
  const toReview = catalogue.data?.filter((item) => item.toReview).length ?? 0;
  const nameOf = (item: CostCatalogueItem) => item.labels[language];

  return (
    <AdminListPage<CostCatalogueItem, 'edit' | 'price'>
      id="catalogue"
      texts="catalogue"
      nameOf={nameOf}
      list={{ ...catalogue, items: catalogue.data }}
      banner={
        toReview > 0 && (
          <Alert tone="warning" live={false}>
            {t('catalogue.toReviewCount', { count: toReview })}
          </Alert>
        )
      }
      columns={[
        {
          label: t('catalogue.fields.item'),
          cell: (item) => (
            <>
              {nameOf(item)}
              <span className="cell-secondary">{item.code}</span>
              {item.sourceNote && <span className="cell-secondary">{item.sourceNote}</span>}
            </>
          ),
        },
        { label: t('catalogue.fields.category'), cell: (item) => t(`enums.costCategory.${item.category}`) },
        {
          label: t('catalogue.fields.currentPrice'),
          numeric: true,
          cell: (item) => (
            <>
              {item.currentPriceCents === null
                ? t('scenario.noPrice')
                : t('scenario.pricePerUnit', {
                    price: format.euros(item.currentPriceCents),
                    unit: t(`enums.costUnit.${item.unit}`),
                  })}
              <span className="cell-secondary">{t('catalogue.priceCount', { count: item.prices.length })}</span>
            </>
          ),
        },
        {
          label: t('common.status'),
          cell: (item) => (
            <span className="badge-row">
              {item.toReview && <span className="badge badge--warning">{t('catalogue.toReview')}</span>}
              {item.isDefault && <span className="badge badge--neutral">{t('catalogue.default')}</span>}
              <StatusBadge active={item.active} />
            </span>
          ),
        },
      ]}
      rowActions={(item, { open }) => (
        <button
          type="button"
          className="button button--small"
          aria-label={t('catalogue.addPriceTo', { name: nameOf(item) })}
          onClick={() => open({ mode: 'price', item })}
        >
          {t('catalogue.addPrice')}
        </button>
      )}
      editorTitle={(editing) => t('catalogue.priceTitle', { name: nameOf(editing.item) })}
      renderEditor={(editing, { close, saved, finish }) =>
        !('item' in editing) ? (
          <CreateCostItemForm onCancel={close} onSaved={saved} />
        ) : editing.mode === 'edit' ? (
          <EditCostItemForm item={editing.item} onCancel={close} onSaved={saved} />
        ) : (
          <>
            <PriceHistory item={editing.item} />
            <AddPriceForm
              item={editing.item}
              onCancel={close}
              onSaved={(item) => finish(t('catalogue.priceAdded', { name: nameOf(item) }))}
            />
          </>
        )
      }
    />
  );
}

/** Every price of an item, oldest first, with the date it applies from. */
function PriceHistory({ item }: { item: CostCatalogueItem }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <DataTable
      caption={t('catalogue.history')}
      captionVisible
      columns={[
        { label: t('catalogue.fields.validFrom') },
        { label: t('catalogue.fields.price'), numeric: true },
        { label: t('catalogue.fields.priceNote') },
      ]}
    >
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
    </DataTable>
  );
}
