import { render } from "preact";
import type { MountApp } from "./app-contract.ts";
import { App } from "./app.tsx";
import { createConversationId } from "./conversation-id.ts";
import { recallConversation } from "./returning.ts";
import { saveSession } from "./session.ts";

/**
 * Render the app beside the launcher the loader painted, carrying on the restored conversation.
 *
 * @example
 * mountApp({ options, view, restored: loadSession("acme"), browserLanguage: "da-DK", onReady });
 */
export const mountApp: MountApp = ({
  options,
  view,
  restored,
  browserLanguage,
  config,
  onReady,
}) => {
  render(
    <App
      site={options.site}
      api={options.api}
      language={options.language}
      browserLanguage={browserLanguage}
      view={view}
      initialOpen={options.open}
      conversationId={
        restored?.flow.conversationId ??
        recallConversation(options.site)?.id ??
        createConversationId()
      }
      prefetchedConfig={config}
      onReady={onReady}
      restored={restored}
      onChange={(session) => saveSession(options.site, session)}
    />,
    view.slot,
  );
};
