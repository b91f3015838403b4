// What a rename says when Glue is on another origin and refuses it for want of the cart's
// entity tag (428 `005`): a stock Glue neither exposes ETag nor lets another origin send
// If-Match (docs/glue-api.md §10), so only the shop's setup can fix it. Said plainly, with the
// way out, instead of a generic failure.
import { setupGuideUrl } from '../../../lib/glue/origin';
import { useI18n } from '../../../lib/i18n/i18n-context';

export function RenameNeedsSameOrigin() {
  const { t } = useI18n();
  const guide = setupGuideUrl();
  return (
    <>
      <p>{t('rename.crossOrigin')}</p>
      <p>
        {guide ? (
          <a href={guide} target="_blank" rel="noreferrer">
            {t('rename.crossOriginGuide')}
          </a>
        ) : (
          t('rename.crossOriginGuide')
        )}
      </p>
    </>
  );
}
