/**
 * Continuity: the conversation survives page navigation and reloads on the same site. It is kept
 * in `sessionStorage`, so it lives as long as the tab, is never shared with other tabs or sites,
 * and is gone when the visitor closes the tab.
 */
import type { PublicSiteConfig } from "../shared/api.ts";
import { CONVERSATION_ID_PATTERN } from "../shared/limits.ts";
import type { FlowState } from "./flow-state.ts";

/** What survives a navigation: the flow (a call in flight included), the panel, the config. */
export interface Session {
  flow: FlowState;
  open: boolean;
  /** The last config loaded, so the next page opens the chat at once (it is refetched too). */
  config: PublicSiteConfig | null;
  /** The theme's CSS variables, so the next page paints the launcher in them at once. */
  theme?: Readonly<Record<string, string>> | null;
}

const VERSION = 1;
/** Oldest lines go first beyond this: a tab's storage is shared with the host page (5 MB). */
const MAX_ENTRIES = 60;
const MAX_CHARS = 100_000;

function keyFor(site: string): string {
  return `clarifier:v${VERSION}:${site}`;
}

/**
 * The session saved for `site` in this tab, or null when there is none or it can't be read
 * (storage blocked, full, or holding something else).
 *
 * @example
 * const restored = loadSession("acme"); // { flow, open, config } | null
 */
export function loadSession(site: string): Session | null {
  try {
    const raw = sessionStorage.getItem(keyFor(site));
    if (!raw) return null;
    const value = JSON.parse(raw) as { v?: unknown } & Partial<Session>;
    const flow = value.flow;
    if (
      value.v !== VERSION ||
      !flow ||
      flow.site !== site ||
      !CONVERSATION_ID_PATTERN.test(flow.conversationId) ||
      !Array.isArray(flow.messages) ||
      typeof flow.nextId !== "number"
    ) {
      return null;
    }
    const theme = value.theme && typeof value.theme === "object" ? value.theme : null;
    return { flow, open: value.open === true, config: value.config ?? null, theme };
  } catch {
    return null;
  }
}

/**
 * Save `session` for `site`, keeping at most the newest `MAX_ENTRIES` lines and `MAX_CHARS`
 * characters. Never throws: a page that blocks storage simply loses continuity.
 *
 * @example
 * saveSession("acme", { flow: state, open: true, config });
 */
export function saveSession(site: string, session: Session): void {
  try {
    let messages = session.flow.messages.slice(-MAX_ENTRIES);
    for (;;) {
      const raw = JSON.stringify({ v: VERSION, ...session, flow: { ...session.flow, messages } });
      if (raw.length <= MAX_CHARS || messages.length === 0) {
        sessionStorage.setItem(keyFor(site), raw);
        return;
      }
      messages = messages.slice(Math.ceil(messages.length / 4));
    }
  } catch {
    // Storage blocked (privacy settings, sandboxed frame) or full: carry on without it.
  }
}
