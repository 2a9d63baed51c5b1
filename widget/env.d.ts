/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** A hash of the built widget-app.js, set by widget/vite.config.ts; absent in tests. */
  readonly CLARIFIER_APP_VERSION?: string;
}
