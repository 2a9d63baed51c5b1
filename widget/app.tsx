import { useEffect, useLayoutEffect, useReducer, useRef, useState } from "preact/hooks";
import type { PublicSiteConfig } from "../shared/api.ts";
import type { Language, ReplyLanguage } from "../shared/languages.ts";
import { fetchConfig, sendChat, sendFeedback, sendHandoff } from "./api.ts";
import { ChatPanel } from "./components/chat-panel.tsx";
import { Composer } from "./components/composer.tsx";
import { EmailCapture } from "./components/email-capture.tsx";
import { MessageList } from "./components/message-list.tsx";
import { createFlow, type FlowAction, type FlowState, type SiteKeywords } from "./flow-state.ts";
import { entryById } from "./flow-entries.ts";
import { canRequestPerson, flowReducer, personFirst } from "./flow.ts";
import { hasStrings, registerStrings, stringsFor, stringsFromChunk } from "./i18n.ts";
import { teamAvailability } from "./opening-hours.ts";
import { themeVariables } from "./theme.ts";
import type { Session } from "./session.ts";
import type { AppContext, WidgetControls } from "./app-contract.ts";
import { createConversationId } from "./conversation-id.ts";
import { recallConversation, rememberConversation } from "./returning.ts";
import { mergeThread, type ThreadAction, useTeamReplies } from "./team-replies.ts";

export type { WidgetControls } from "./app-contract.ts";

/** The flow, plus the conversation's messages read from the API (the team's replies). */
function reduce(state: FlowState, action: FlowAction | ThreadAction): FlowState {
  return action.type === "thread"
    ? mergeThread(state, action.messages)
    : flowReducer(state, action);
}

const PANEL_ID = "panel";

/**
 * What the loader hands the app (`AppContext`: the embed's options, its launcher `view`, the
 * restored session, the config it prefetched, `loadStrings`, `onReady`), and what mountApp adds.
 * Without `loadStrings`, only registered languages are spoken.
 */
export interface AppProps extends Omit<AppContext, "restored" | "onReady"> {
  /** A new conversation's id; absent, the one handed off in the last week, else a fresh one. */
  conversationId?: string;
  /** The conversation as the previous page left it (see `session.ts`). */
  restored?: Session | null;
  /** Called once after mount with the controls behind `window.Clarifier`. */
  onReady?: (controls: WidgetControls) => void;
  /** Called after every change, with what the next page needs to carry on. */
  onChange?: (session: Session) => void;
}

/** The whole widget: launcher, panel, config loading and the visitor flow. */
export function App(props: AppProps) {
  const { options, view } = props;
  const { api, site } = options;
  const restored = props.restored ?? null;
  const initialOpen = options.open || !!restored?.open;
  const [open, setOpen] = useState(initialOpen);
  // The site's config: the previous page's at once, then this page's. A fetch that fails leaves a
  // config kept from the previous page usable (offline); with none, the panel says it failed.
  const [config, setConfig] = useState<PublicSiteConfig | null>(restored?.config ?? null);
  const [configFailed, setConfigFailed] = useState(false);
  const [configAttempt, setConfigAttempt] = useState(0);
  // A handed-off conversation the visitor comes back to (see returning.ts), and the team replies
  // they have seen with the chat open: the rest are unread, counted on the launcher.
  const [returning] = useState(() => recallConversation(site));
  // The conversation the previous page left, else the one handed off in the last week, else a
  // new one.
  const [state, dispatch] = useReducer(
    reduce,
    null,
    () =>
      restored?.flow ??
      createFlow(site, props.conversationId ?? returning?.id ?? createConversationId()),
  );
  const launcher = view.button;
  const [seen, setSeen] = useState(returning?.seen ?? 0);
  const handedOff =
    returning?.id === state.conversationId ||
    state.messages.some((m) => m.role === "assistant" && m.body.kind === "handed-off");
  const teamReplies = state.messages.filter((m) => m.role === "team").length;
  const unread = open ? 0 : teamReplies - seen;
  useTeamReplies(api, site, state.conversationId, handedOff, dispatch);
  useEffect(() => {
    if (open && teamReplies !== seen) setSeen(teamReplies);
    if (handedOff) rememberConversation(site, { id: state.conversationId, seen });
  }, [open, teamReplies, seen, handedOff]);
  // A panel opened on page load (data-open, or open on the previous page) must not pull focus
  // (and the phone keyboard) away from the page; once the visitor or the page's script has
  // acted, moving focus is expected.
  const mayFocus = useRef(!initialOpen);
  const returnFocus = useRef(false);

  const keywords: SiteKeywords = {
    phrases: config?.keywords ?? [],
    languages: config?.keywordLanguages ?? [],
  };
  // The call effect below outlives renders; it reads the keywords of the latest one.
  const keywordsRef = useRef(keywords);
  keywordsRef.current = keywords;
  // Once the visitor has written in a language (a reply's `language`, a matched phrase's), the
  // whole widget speaks it; until then the embed's, the site's or the browser's.
  // A site that lists its languages is only ever answered in one of them.
  const speak = (l: ReplyLanguage) => view.allowedLanguage(l, config?.languages, config?.language);
  const language = speak(
    state.language ??
      view.resolveLanguage({
        attribute: options.language,
        site: config?.language ?? null,
        browser: props.browserLanguage,
      }),
  );
  const strings = stringsFor(language);
  const stringsIn = (l: ReplyLanguage) => stringsFor(speak(l));
  // The launcher's name: the site's own, else ours in the visitor's language (widget.js names it
  // in our six, the other four's strings carry theirs; English until they are here), so an
  // unread count is said in the language its name is read in.
  const own = config?.launcherLabel;
  const ours = view.labels[language as Language] || strings.launcher;
  const named = ours ? language : "en";
  const launcherLabel = own || ours || view.labels.en;

  // Each language is its own chunk: fetch the ones this conversation speaks (widget.js started
  // the launcher's beside the app), and render again once they are here.
  const [, setStringsArrived] = useState(0);
  const spoken = [
    language,
    state.pending?.language,
    // The languages the conversation's lines are said in (offers, prompts, confirmations).
    ...state.messages.map((m) => m.role === "assistant" && m.body.language),
  ]
    .filter((l): l is ReplyLanguage => !!l && !hasStrings(speak(l)))
    .map(speak);
  const missing = [...new Set(spoken)].join();
  useEffect(() => {
    if (!missing || !props.loadStrings) return;
    for (const l of missing.split(",") as ReplyLanguage[]) {
      // Offline: no panel yet (as when the app itself can't load); opening again retries.
      void props.loadStrings(l).then(
        (chunk) => {
          registerStrings(l, stringsFromChunk(chunk as unknown[]));
          setStringsArrived((n) => n + 1);
        },
        () => {},
      );
    }
  }, [missing, open]);

  // The listeners below outlive renders; they read the language of the latest one.
  const languageRef = useRef(language);
  languageRef.current = language;
  useEffect(() => {
    // From now on the app answers the launcher; the loader only queued clicks until here.
    const toggle = () => {
      mayFocus.current = true;
      setOpen((o) => !o);
    };
    launcher.addEventListener("click", toggle);
    // Escape on the launcher closes the open panel too; focus stays on the launcher. Closed,
    // the press is the page's (its own menus and modals may want it).
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || launcher.getAttribute("aria-expanded") !== "true") return;
      event.stopPropagation();
      setOpen(false);
    };
    launcher.addEventListener("keydown", onKey);
    // The widget's shadow root: its host is what the page sees of the widget.
    const root = launcher.getRootNode() as ShadowRoot;
    // Escape on the page while focus is on something the open panel covers (a control tabbed to
    // beyond it): the panel closes, showing it, and focus stays there (WCAG 2.4.11). Anywhere
    // else the press is the page's. Measured on Escape only: a layout read on every key the
    // page's fields get would slow them.
    const onPageKey = (event: KeyboardEvent) => {
      const r = event.key === "Escape" && document.activeElement?.getBoundingClientRect();
      if (r && document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === root.host)
        setOpen(false);
    };
    addEventListener("keydown", onPageKey);
    // Back online: the message that couldn't be sent goes now, without waiting for a click.
    const onOnline = () => dispatch({ type: "online", language: languageRef.current });
    addEventListener("online", onOnline);
    props.onReady?.({
      open: () => {
        mayFocus.current = true;
        setOpen(true);
      },
      close: () => {
        // Focus inside the panel would otherwise fall to <body> when the panel goes away.
        returnFocus.current = !!root.activeElement?.closest(`#${PANEL_ID}`);
        setOpen(false);
      },
    });
    return () => {
      launcher.removeEventListener("click", toggle);
      launcher.removeEventListener("keydown", onKey);
      removeEventListener("keydown", onPageKey);
      removeEventListener("online", onOnline);
    };
  }, []);

  useEffect(() => {
    let current = true;
    const prefetched = configAttempt === 0 ? props.config : undefined;
    void fetchConfig(api, site, prefetched).then((result) => {
      if (!current) return;
      if (result.ok) setConfig(result.data);
      else setConfigFailed(true);
    });
    return () => {
      current = false;
    };
  }, [api, site, configAttempt]);

  // Runs the call the flow asked for. A call is a new object only when the flow starts one, so
  // this runs exactly once per call; the result names the call so a stale one is ignored.
  useEffect(() => {
    const call = state.inFlight;
    if (!call) return;
    if (call.kind === "chat") {
      void sendChat(api, call.body).then((result) =>
        dispatch({ type: "chat-result", callId: call.id, result, keywords: keywordsRef.current }),
      );
    } else {
      void sendHandoff(api, call.body).then((result) =>
        dispatch({ type: "handoff-result", callId: call.id, result }),
      );
    }
  }, [state.inFlight]);

  const theme = themeVariables(config?.themeColor);
  useEffect(() => {
    props.onChange?.({ flow: state, open, config, theme });
  }, [state, open, config]);

  function act(action: FlowAction) {
    mayFocus.current = true;
    dispatch(action);
  }

  function closeFromPanel() {
    returnFocus.current = true;
    setOpen(false);
  }

  // After the render that closed the panel: on phones the launcher is hidden while the panel
  // covers the screen, and a hidden button can't take focus.
  useEffect(() => {
    if (open || !returnFocus.current) return;
    returnFocus.current = false;
    launcher.focus();
  }, [open]);

  // The launcher is the loader's button: the app keeps it (its label and colours) in step rather
  // than painting its own, so taking over changes nothing the visitor can see. Its side stays
  // where the loader painted it (the saved config's position, or data-position): the config
  // arrives on intent, and moving the launcher then would pull it from under the pointer.
  const themeColor = config?.themeColor;
  useLayoutEffect(() => {
    // A disclosure button: the same name open or closed, `aria-expanded` says which; team
    // replies not yet seen are counted in it and on a badge (the launcher's ::after, styles.css).
    const label = unread > 0 ? `${launcherLabel} (${strings.unread(unread)})` : launcherLabel;
    view.show({ open, label, controls: PANEL_ID });
    // Its name's language, as the loader set it (boot.ts), following the visitor's; a site's own
    // name is the site's words, read in its page's language, not the widget's (WCAG 3.1.2).
    launcher.lang = own ? document.documentElement.lang : named;
    if (unread > 0) launcher.dataset.unread = String(unread);
    else delete launcher.dataset.unread;
    view.theme(theme);
  }, [open, launcherLabel, strings, unread, themeColor]);

  // Until the visitor's language has arrived the panel waits: English under another language's
  // name would be read out wrongly, and would change under the visitor's eyes.
  if (!open || !hasStrings(language)) return null;
  const name = config?.name ?? "";
  return (
    <ChatPanel
      id={PANEL_ID}
      language={language}
      title={name || launcherLabel}
      label={name ? strings.dialog(name) : launcherLabel}
      closeLabel={strings.close}
      closeIcon={view.closeIcon}
      autoFocus={mayFocus.current}
      onClose={closeFromPanel}
    >
      {config ? (
        renderConversation(config)
      ) : (
        <div class="messages" role="log" aria-live="polite">
          {!configFailed ? (
            <p class="notice">{strings.loading}</p>
          ) : (
            <p class="notice">
              {strings.configError}{" "}
              <button type="button" class="retry" onClick={() => setConfigAttempt((n) => n + 1)}>
                {strings.retry}
              </button>
            </p>
          )}
        </div>
      )}
    </ChatPanel>
  );

  function giveFeedback(entryId: number, helpful: boolean, config: PublicSiteConfig) {
    const entry = entryById(state, entryId);
    if (entry?.role !== "assistant" || entry.body.kind !== "answer" || !entry.body.messageId)
      return;
    if (entry.body.helpful === helpful) return;
    act({ type: "feedback", entryId, helpful, language, offerPerson: config.handoffButton });
    // Fire and forget: a verdict that doesn't arrive costs the visitor nothing.
    void sendFeedback(api, {
      site,
      conversationId: state.conversationId,
      messageId: entry.body.messageId,
      helpful,
    });
  }

  function pickSuggestion(entryId: number, index: number) {
    const entry = entryById(state, entryId);
    if (entry?.role !== "assistant" || entry.body.kind !== "not-sure") return;
    const suggestion = entry.body.suggestions[index];
    if (!suggestion || entry.body.picked?.includes(index)) return;
    act({ type: "pick", entryId, index });
    // What the visitor chose teaches the knowledge base; like a verdict, it may get lost.
    void sendFeedback(api, {
      site,
      conversationId: state.conversationId,
      messageId: entry.body.messageId,
      picked: suggestion.url ?? suggestion.documentId,
    });
  }

  // Called, not rendered as <Conversation/>: a component declared inside App would be a new type
  // on every render, and Preact would remount the composer (and drop its focus) on each keystroke.
  function renderConversation(config: PublicSiteConfig) {
    const pending = state.pending;
    const asking = state.phase === "asking-email" || state.phase === "sending";
    const availability = (l: ReplyLanguage) =>
      teamAvailability(config, stringsIn(l), speak(l), new Date());
    return (
      <>
        <MessageList
          flow={state}
          strings={strings}
          stringsIn={stringsIn}
          greeting={config.greeting}
          siteName={config.name}
          onRetry={(entryId) =>
            act({ type: "retry", entryId, language, conversationId: createConversationId() })
          }
          onFeedback={(entryId, helpful) => giveFeedback(entryId, helpful, config)}
          onAcceptOffer={(entryId) => act({ type: "accept-offer", entryId, language })}
          onPick={pickSuggestion}
          availability={availability}
        />
        {asking && pending ? (
          <EmailCapture
            flow={state}
            requireEmail={config.requireEmail}
            autoFocus={mayFocus.current}
            availability={availability(pending.language)}
            strings={stringsIn(pending.language)}
            act={act}
          />
        ) : (
          <>
            {config.handoffButton && canRequestPerson(state) && (
              <button
                type="button"
                class={personFirst(state) ? "send person first" : "link person"}
                onClick={() => act({ type: "request-person", language })}
              >
                {strings.talkToPerson}
              </button>
            )}
            {state.phase === "asking-need" && (
              <button
                type="button"
                class="link person"
                onClick={() => act({ type: "cancel-need" })}
              >
                {strings.cancel}
              </button>
            )}
            <Composer
              flow={state}
              autoFocus={mayFocus.current}
              strings={strings}
              act={act}
              onSend={() => act({ type: "send", keywords, language })}
            />
          </>
        )}
      </>
    );
  }
}
