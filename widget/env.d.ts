/// <reference types="vite/client" />

interface ImportMetaEnv {
  /**
   * The build's id, a hash of every chunk it made, in each chunk's file name
   * (`widget-app.<build>.js`); set by widget/vite.config.ts, absent in tests.
   */
  readonly CLARIFIER_BUILD?: string;
}

declare module "virtual:clarifier-strings" {
  /** The language's strings this chunk carries (see vite.config.ts). */
  export const STRINGS: import("./strings/types.ts").Strings;
}
