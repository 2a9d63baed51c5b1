import { DurableObject } from "cloudflare:workers";
import type { ConversationMessage } from "../../shared/api.ts";

/** What an open widget is sent: one new message of its conversation. */
export interface LiveEvent {
  type: "message";
  message: ConversationMessage;
}

/**
 * One per conversation of a site (named by `liveObjectName`: site and id, as two sites may use
 * one id): the open widgets of that conversation (a visitor with two tabs has two sockets), told of each team reply as it is stored. Sockets are accepted with the hibernation
 * API, so an idle conversation costs no duration while its widgets stay connected, and the
 * widget's keep-alive "ping" is answered "pong" without waking the object. It stores nothing:
 * D1 is the record, and a widget that missed a push reads it with `GET /v1/conversations/{id}`.
 */
export class ConversationLive extends DurableObject<Env> {
  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong"));
  }

  /** Accepts a widget's socket; the worker has already checked the site, origin and limits. */
  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") {
      return new Response("Expected a WebSocket upgrade.", { status: 426 });
    }
    const { 0: client, 1: server } = new WebSocketPair();
    this.ctx.acceptWebSocket(server);
    return new Response(null, { status: 101, webSocket: client });
  }

  /** Sends `message` to every open widget of the conversation; returns how many there were. */
  async publish(message: ConversationMessage): Promise<number> {
    const text = JSON.stringify({ type: "message", message } satisfies LiveEvent);
    let sent = 0;
    for (const socket of this.ctx.getWebSockets()) {
      try {
        socket.send(text);
        sent++;
      } catch {
        // A socket closing as we send: that widget reads the reply when it reconnects.
      }
    }
    return sent;
  }

  /**
   * A widget only listens, and its keep-alive "ping" is answered without waking this object:
   * anything else wakes it (a billed wake-up each), as fast as a script can send. Such a socket
   * is closed at its first message, so each costs a new connection, which the read limit counts.
   */
  override async webSocketMessage(ws: WebSocket): Promise<void> {
    ws.close(1008, "This socket only listens.");
  }

  override async webSocketClose(ws: WebSocket, code: number): Promise<void> {
    // 1005/1006 carry no code a peer may echo; answer them with a plain normal closure.
    ws.close(code === 1005 || code === 1006 ? 1000 : code, "closed");
  }
}
