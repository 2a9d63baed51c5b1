import { render } from "preact";
import { adoptStyles } from "./adopt-styles.ts";
import type { MountApp } from "./app-contract.ts";
import { App } from "./app.tsx";
import { createConversationId } from "./conversation-id.ts";
import { recallConversation } from "./returning.ts";
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
  const { options, view, restored } = context;
  const root = view.root.getRootNode();
  if (root instanceof ShadowRoot) adoptStyles(root, css);
  render(
    <App
      site={options.site}
      api={options.api}
      language={options.language}
      browserLanguage={context.browserLanguage}
      view={view}
      initialOpen={options.open}
      conversationId={
        restored?.flow.conversationId ??
        recallConversation(options.site)?.id ??
        createConversationId()
      }
      prefetchedConfig={context.config}
      loadStrings={context.loadStrings}
      onReady={context.onReady}
      restored={restored}
      onChange={(session) => saveSession(options.site, session)}
    />,
    view.slot,
  );
};
