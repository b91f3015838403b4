// The one way to choose a permission: a labelled radio group (arrow keys move between
// options), each option with what it allows. The picker is controlled; callers preselect
// Glue's default group with useDefaultGroupId. It lives with sharing, its only user: in
// permission groups' door it was in the first chunk every visit loads (the router opens
// that door for the page's queries), with the query machinery it brings.
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useI18n } from '../../lib/i18n/i18n-context';
import { QueryView } from '../../ui/query-view';
import { useWriteLocked } from '../../ui/write-lock';
import { PERMISSION_TEXT, permissionGroupQueries } from '../permission-groups/public';
import './picker.css';

interface PermissionGroupPickerProps {
  legend: string;
  value: string | null;
  onChange: (groupId: string) => void;
  disabled?: boolean;
  /** Compact: labels only, descriptions as tooltips (for rows of shares). */
  compact?: boolean;
  /** Hide the legend visually (a row's own label says what it is for). */
  hideLegend?: boolean;
}

export function PermissionGroupPicker({
  legend,
  value,
  onChange,
  disabled = false,
  compact = false,
  hideLegend = false,
}: PermissionGroupPickerProps) {
  const groups = useQuery(permissionGroupQueries.list());
  const name = useId();
  const { t } = useI18n();
  const locked = useWriteLocked();
  return (
    <QueryView query={groups} pending={<p className="muted">{t('groups.loadingPicker')}</p>}>
      {(all) => (
        <fieldset
          className={compact ? 'picker picker-compact' : 'picker'}
          disabled={disabled || locked}
        >
          <legend className={hideLegend ? 'visually-hidden' : undefined}>{legend}</legend>
          {all.map((group) => {
            const text = PERMISSION_TEXT[group.name];
            return (
              <label key={group.id} className="picker-option">
                <input
                  type="radio"
                  name={name}
                  value={group.id}
                  checked={value === group.id}
                  onChange={() => {
                    onChange(group.id);
                  }}
                />
                <span className="picker-text">
                  <span className="picker-label">
                    {t(text.label)}
                    {!compact && group.isDefault && (
                      <span className="muted"> {t('choose.default')}</span>
                    )}
                  </span>
                  {!compact && <span className="picker-description">{t(text.description)}</span>}
                </span>
              </label>
            );
          })}
        </fieldset>
      )}
    </QueryView>
  );
}

/** Glue's default group id, once the groups are loaded. */
export function useDefaultGroupId(): string | null {
  const groups = useQuery(permissionGroupQueries.list());
  return groups.data?.find((group) => group.isDefault)?.id ?? groups.data?.[0]?.id ?? null;
}
