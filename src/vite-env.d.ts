/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Set at build time for live mode: the Glue API's base URL. Unset means mock mode. */
  readonly VITE_GLUE_URL?: string;
  /** Mock mode: access token lifetime in seconds (to try expiry and refresh). */
  readonly VITE_MOCK_TOKEN_TTL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
