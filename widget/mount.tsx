import { render } from "preact";
import type { Language } from "../shared/languages.ts";
import type { AppContext, MountApp } from "./app-contract.ts";
import { App } from "./app.tsx";
import { createConversationId } from "./conversation-id.ts";
import { hasStrings, registerStrings } from "./i18n.ts";
import { recallConversation } from "./returning.ts";
import { saveSession } from "./session.ts";
import type { Strings } from "./strings/types.ts";
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
      options={options}
      browserLanguage={context.browserLanguage}
      view={view}
      conversationId={
        restored?.flow.conversationId ??
        recallConversation(options.site)?.id ??
        createConversationId()
      }
      prefetchedConfig={context.config}
      loadStrings={stringsLoader(context)}
      onReady={context.onReady}
      restored={restored}
      onChange={(session) => saveSession(options.site, session)}
    />,
    view.slot,
  );
};

/** Register a language's strings once its chunk, fetched by widget.js, has arrived. */
function stringsLoader({ loadStrings }: AppContext): (language: Language) => Promise<unknown> {
  return async (language) => {
    if (hasStrings(language) || !loadStrings) return;
    registerStrings(language, (await loadStrings(language)) as Strings);
  };
}
