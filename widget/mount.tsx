import { render } from "preact";
import type { MountApp } from "./app-contract.ts";
import { App } from "./app.tsx";
import { saveSession } from "./session.ts";
import css from "./styles.css?inline";

/**
 * Render the app beside the launcher the loader painted, carrying on the restored conversation.
 * The panel's styles arrive with the app: widget.js carries the launcher's only.
 *
 * @example
 * mountApp({ options, view, restored: loadSession("acme"), browserLanguage: "da-DK", onReady });
 */
export const mountApp: MountApp = (context) => {
  const { options, view } = context;
  view.adopt(css);
  render(
    <App {...context} onChange={(session) => saveSession(options.site, session)} />,
    view.slot,
  );
};
