import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ErrorBody } from "../shared/api.ts";
import { adminApiRoutes } from "./admin/routes.ts";
import { chatRoutes } from "./chat/routes.ts";
import { conversationRoutes } from "./conversations/routes.ts";
import { dashboardApp } from "./dashboard/app.ts";
import { demoRoutes } from "./demo/page.ts";
import type { AppEnv } from "./env.ts";
import { AppError } from "./errors.ts";
import { feedbackRoutes } from "./feedback/routes.ts";
import { handoffRoutes } from "./handoff/routes.ts";
import { allowedMethods, withoutTrailingSlash } from "./http/methods.ts";
import { publicCors } from "./http/origin.ts";
import { responseSecurityHeaders } from "./http/security-headers.ts";
import { publicSiteRoutes } from "./sites/public-routes.ts";
import { slackRoutes } from "./slack/events.ts";

/** Builds the whole app: the worker's fetch handler and the tests use the same one. */
export function createApp(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  // First, so every answer has them, an error or a 404 too.
  app.use("*", responseSecurityHeaders());
  app.use("/v1/*", publicCors);
  app.route("/v1", publicSiteRoutes);
  app.route("/v1", chatRoutes);
  app.route("/v1", handoffRoutes);
  app.route("/v1", feedbackRoutes);
  app.route("/v1", conversationRoutes);

  app.route("/admin/api", adminApiRoutes);
  app.route("/admin", dashboardApp());

  app.route("/slack", slackRoutes);
  app.route("/demo", demoRoutes);
  app.get("/", (c) => c.redirect("/demo"));

  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    // A path that exists under another method is a 405 naming the ones it takes, not a 404:
    // "GET /v1/chat" is a caller's mistake about the method, not about the address.
    const allowed = allowedMethods(app.routes, path);
    // A handler's own c.notFound() (no such article, handoff…) is a 404 at a path that does
    // take this method: a 405 there would say "takes POST, not POST".
    if (allowed.length > 0 && !allowed.includes(c.req.method)) {
      c.header("allow", allowed.join(", "));
      return c.json(
        {
          error: {
            code: "method_not_allowed",
            message: `${path} takes ${allowed.join(", ")}, not ${c.req.method}.`,
          },
        } satisfies ErrorBody,
        405,
      );
    }
    // One spelling per endpoint, the one api.md gives: a trailing slash is a 404 that names it.
    const canonical = withoutTrailingSlash(app.routes, path);
    const hint = canonical ? ` Did you mean ${canonical}, without the trailing slash?` : "";
    return c.json(
      {
        error: { code: "not_found", message: `Nothing is at ${c.req.method} ${path}.${hint}` },
      } satisfies ErrorBody,
      404,
    );
  });

  app.onError((error, c) => {
    if (error instanceof AppError) {
      if (error.status >= 500) console.error(error.message);
      if (error.retryAfterSeconds !== undefined)
        c.header("retry-after", String(error.retryAfterSeconds));
      return c.json(error.toBody(), error.status);
    }
    if (error instanceof HTTPException && error.status < 500) {
      return c.json(
        {
          error: { code: "bad_request", message: error.message || "The request is not valid." },
        } satisfies ErrorBody,
        error.status,
      );
    }
    console.error("unhandled error", error);
    return c.json(
      {
        error: {
          code: "internal_error",
          message: "Something went wrong on our side; please try again.",
        },
      } satisfies ErrorBody,
      500,
    );
  });

  return app;
}
