/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Set at build time for live mode: Glue's base URL, or a path on this origin (`/glue`). Unset means mock mode. */
  readonly VITE_GLUE_URL?: string;
  /** Where administrators read how to deploy (linked when a rename cannot work cross-origin). */
  readonly VITE_SETUP_GUIDE_URL?: string;
  /** Price mode, currency and store for a new cart when the user has no cart to copy them from. */
  readonly VITE_CART_PRICE_MODE?: string;
  readonly VITE_CART_CURRENCY?: string;
  readonly VITE_CART_STORE?: string;
  /** Mock mode: access token lifetime in seconds (to try expiry and refresh). */
  readonly VITE_MOCK_TOKEN_TTL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
