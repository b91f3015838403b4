// Glue makes a taken cart name unique instead of refusing it ("Empty draft" →
// "Empty draft 1"). People should not find out by surprise: say it where they look,
// and offer to pick another name.
import { useI18n } from '../../lib/i18n/i18n-context';

interface TakenNameNoticeProps {
  requested: string;
  name: string;
  onRename: () => void;
  onDismiss: () => void;
}

export function TakenNameNotice({ requested, name, onRename, onDismiss }: TakenNameNoticeProps) {
  const { t } = useI18n();
  return (
    <div className="alert alert-info notice" role="status">
      <p>{t('create.nameTaken', { requested, name })}</p>
      <div className="actions">
        <button type="button" className="button button-secondary button-small" onClick={onRename}>
          {t('create.renameNow')}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={onDismiss}>
          {t('create.dismissNotice')}
        </button>
      </div>
    </div>
  );
}
