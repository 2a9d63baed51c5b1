/**
 * One language's strings as their own chunk (`widget-strings-<code>.<hash>.js`): the build
 * points `virtual:clarifier-strings` at `strings/<code>.ts`, whose `Strings` it writes as the
 * array of their values in `STRING_KEYS`' order (`stringsOf`, vite.config.ts; the app names them
 * again with `stringsFromChunk`). Like the app, the chunk defines nothing global: it hands its
 * strings over through an event on its own script tag.
 */
import { STRINGS } from "virtual:clarifier-strings";
import { APP_EVENT } from "../app-contract.ts";

document.currentScript?.dispatchEvent(new CustomEvent(APP_EVENT, { detail: STRINGS }));
