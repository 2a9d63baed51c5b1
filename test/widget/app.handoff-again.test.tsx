import { fireEvent, screen, waitFor } from "@testing-library/preact";
import { describe, expect, test } from "vitest";
import { en, renderApp, say, siteConfig } from "./app-harness.tsx";
import { json, requestsTo, stubFetch } from "./fetch-stub.ts";

describe("a second handoff in the same conversation", () => {
  test("offers the email given the first time, and a changed one is what is sent", async () => {
    const requests = stubFetch({
      "GET /v1/sites/acme/config": siteConfig(),
      "POST /v1/handoff": () => json({ handoffId: "h1" }, 202),
    });
    renderApp();
    await say("talk to a human");
    const first = (await screen.findByLabelText(en.emailLabel)) as HTMLInputElement;
    fireEvent.input(first, { target: { value: "jane@example.com" } });
    fireEvent.submit(first.closest("form") as HTMLFormElement);
    await screen.findByText(en.handedOff("Acme", "jane@example.com"));

    await say("talk to a human about my invoice too");
    expect(await screen.findByText(en.emailAgain("jane@example.com"))).toBeTruthy();
    const again = (await screen.findByLabelText(en.emailLabel)) as HTMLInputElement;
    expect(again.value).toBe("jane@example.com");
    fireEvent.input(again, { target: { value: "jane@work.example" } });
    fireEvent.submit(again.closest("form") as HTMLFormElement);
    await waitFor(() =>
      expect(
        requestsTo(requests, "/v1/handoff").map((r) => (r.body as { email: string }).email),
      ).toEqual(["jane@example.com", "jane@work.example"]),
    );
  });
});
