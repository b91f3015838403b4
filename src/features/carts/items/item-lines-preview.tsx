// What the list box was read as, line by line, before anything is sent: the line
// number, the SKU and quantity read, and whether it is ready or why not.
import { useI18n } from '../../../lib/i18n/i18n-context';
import { CellLabel, Table } from '../../../ui/table';
import { type ItemLine, isReadable } from './item-lines';

interface ItemLinesPreviewProps {
  lines: readonly ItemLine[];
  /** Glue's reason for lines refused in the last run, by the line's text. */
  refused: ReadonlyMap<string, string>;
}

export function ItemLinesPreview({ lines, refused }: ItemLinesPreviewProps) {
  const { t } = useI18n();
  return (
    <Table stacked className="item-lines">
      <caption>{t('several.preview')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('several.line')}</th>
          <th scope="col">{t('several.sku')}</th>
          <th scope="col">{t('several.quantity')}</th>
          <th scope="col">{t('several.status')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => {
          const reason = refused.get(line.text);
          return (
            <tr
              key={line.line}
              className={isReadable(line) && !reason ? undefined : 'line-refused'}
            >
              <td>
                <CellLabel>{t('several.line')}</CellLabel>
                {line.line}
              </td>
              <td>
                <CellLabel>{t('several.sku')}</CellLabel>
                {isReadable(line) ? line.sku : line.text}
              </td>
              <td>
                <CellLabel>{t('several.quantity')}</CellLabel>
                {isReadable(line) ? line.quantity : ''}
              </td>
              <td>
                <CellLabel>{t('several.status')}</CellLabel>
                {isReadable(line)
                  ? (reason ?? t('several.ready'))
                  : t(line.problem === 'quantity' ? 'several.badQuantity' : 'several.badFormat', {
                      line: line.line,
                    })}
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
