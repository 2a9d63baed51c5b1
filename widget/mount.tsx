import { render } from "preact";
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
  view.adopt(css);
  render(
    <App
      {...context}
      conversationId={
        restored?.flow.conversationId ??
        recallConversation(options.site)?.id ??
        createConversationId()
      }
      onChange={(session) => saveSession(options.site, session)}
    />,
    view.slot,
  );
};
