/**
 * Clarifier's embed script. One tag on the customer's page:
 *
 *   <script src="https://<clarifier-host>/widget.js" data-site="acme" defer></script>
 *
 * Attributes (read once, from this script's own tag):
 * - `data-site`     required: the site id (`[a-z0-9-]{1,64}`). Without it the script warns once
 *                   in the console and does nothing else.
 * - `data-api`      optional: the API origin, optionally with a path prefix. Default: the origin
 *                   of this script's `src`.
 * - `data-lang`     optional: en | da | de | fr | es. Default: the site's configured language,
 *                   else the browser's, else English.
 * - `data-position` optional: "right" | "left"; wins over the site's `position` (default right).
 * - `data-open`     optional: "true" | "false" (default): open the chat on load.
 * - `data-preload`  optional: "idle" fetches the chat once the page is idle; default: on intent.
 *
 * Not an attribute: a page lifts the launcher off a control of its own in that corner with
 * `clarifier-widget { --clarifier-lift: 64px }` in its CSS (launcher.css).
 *
 * Global: `window.Clarifier = { open(), close() }`, and nothing else. It exists as soon as this
 * script has run; calls made before the chat has loaded are queued and replayed. When
 * `window.Clarifier` already exists (a second copy of the script), this one does nothing.
 *
 * This file is the facade: after the page's first paint it paints the launcher (in the open
 * shadow root of a <clarifier-widget> element appended to <body>), and it loads the chat itself,
 * `widget-app.<build>.js`, and the visitor's language from the same origin only when the visitor
 * shows intent (see boot.ts).
 */
import { boot } from "./boot.ts";

// Read at the top level: `document.currentScript` is null once this script has finished running.
// The fallback covers pages that inject the tag in ways that leave currentScript unset, and only
// those: anything else is the page's own markup standing in for it (`<img name="currentScript">`
// shadows the property, DOM clobbering), and the first matching tag could then be one that
// markup put there, whose `src` would be where the chat's script comes from (run under a CSP's
// 'strict-dynamic', as a trusted script's own) and whose `data-api` where the visitor's words go.
// Then the widget does not start (it warns that no tag names a site).
const script = document.currentScript;
boot(
  script instanceof HTMLScriptElement
    ? script
    : script
      ? null
      : document.querySelector<HTMLScriptElement>('script[data-site][src*="widget"]'),
);
