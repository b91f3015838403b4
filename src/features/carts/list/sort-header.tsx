// A column header of the cart list that sorts: a button inside, its order told by aria-sort.
import { useI18n } from '../../../lib/i18n/i18n-context';
import type { MessageKey } from '../../../lib/i18n/i18n';
import type { CartListState, SortColumn } from './cart-list-view';

export interface SortProps {
  state: CartListState;
  onSort: (column: SortColumn) => void;
}

/** A column header that sorts: a button inside, its order told by aria-sort. */
export function SortHeader({
  column,
  label,
  numeric = false,
  state,
  onSort,
}: { column: SortColumn; label: MessageKey; numeric?: boolean } & SortProps) {
  const { t } = useI18n();
  const active = state.sort === column;
  const direction = state.direction === 'asc' ? 'ascending' : 'descending';
  return (
    <th
      scope="col"
      className={numeric ? 'numeric' : undefined}
      aria-sort={active ? direction : undefined}
    >
      <button
        type="button"
        className="sort-button"
        onClick={() => {
          onSort(column);
        }}
      >
        {t(label)}
        <span aria-hidden="true" className="sort-mark">
          {active ? (state.direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
