/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Set at build time for live mode: the Glue API's base URL. Unset means mock mode. */
  readonly VITE_GLUE_URL?: string;
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
