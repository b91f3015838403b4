// Glue makes a taken cart name unique instead of refusing it ("Empty draft" →
// "Empty draft 1"). People should not find out by surprise: say it where they look,
// and offer to pick another name.
import { useI18n } from '../../../lib/i18n/i18n-context';
import { Button } from '../../../ui/button';

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
        <Button variant="secondary" size="small" onClick={onRename}>
          {t('create.renameNow')}
        </Button>
        <Button variant="secondary" size="small" onClick={onDismiss}>
          {t('create.dismissNotice')}
        </Button>
      </div>
    </div>
  );
}
