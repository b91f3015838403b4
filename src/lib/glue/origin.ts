// Whether this tab's Glue is on another origin. A stock Glue lets no other origin send
// If-Match (docs/glue-api.md §10), so a rename there cannot work: the UI says why, instead of
// a generic failure. Its own module, so a test can put Glue elsewhere.
import { config } from '../config';
import { isCrossOrigin } from './url';

export const glueIsCrossOrigin = (): boolean =>
  isCrossOrigin(config.glueBaseUrl, window.location.origin);

/**
 * Where the deployment guide lives (`VITE_SETUP_GUIDE_URL`, e.g. docs/deployment.md, on
 * the team's repository host); null when the build was not told.
 */
export const setupGuideUrl = (): string | null => {
  const url = import.meta.env.VITE_SETUP_GUIDE_URL;
  return url && /^https?:\/\//.test(url) ? url : null;
};
