// In workerd, not Node: the rules import the dashboard actor, whose types need workers-types.
import { describe, expect, it } from "vitest";
import { NO_TEAM, teamDirectory, whoDid } from "../../../worker/dashboard/attribution.ts";

const team = teamDirectory([
  { id: "m-alex", name: "Alex", email: "alex@team.example" },
  { id: "m-sam", name: "ALEX", email: "sam@team.example" },
  { id: "m-kim", name: "Kim", email: "kim@team.example" },
  { id: "m-root", name: "Admin", email: "root@team.example" },
]);

describe("whoDid", () => {
  it("keeps a row without an id as its name, or nothing", () => {
    expect(whoDid(team, "Kim", null)).toBe("Kim");
    expect(whoDid(team, "Helpdesk", undefined)).toBe("Helpdesk");
    expect(whoDid(team, null, null)).toBeNull();
  });

  it("names a member by their current name, the recorded one when it differs (ignoring case and spaces)", () => {
    expect(whoDid(team, "Kim", "m-kim")).toBe("Kim");
    expect(whoDid(team, " kim", "m-kim")).toBe("Kim");
    expect(whoDid(team, "Kimberly", "m-kim")).toBe("Kim (then “Kimberly”)");
    expect(whoDid(team, null, "m-kim")).toBe("Kim");
  });

  it("adds the address when another member, or the token holder, goes by the same name", () => {
    expect(whoDid(team, "Alex", "m-alex")).toBe("Alex <alex@team.example>");
    expect(whoDid(team, "Sam", "m-sam")).toBe("ALEX <sam@team.example> (then “Sam”)");
    expect(whoDid(team, "Admin", "m-root")).toBe("Admin <root@team.example>");
  });

  it("says the token holder, with the name they signed when another", () => {
    expect(whoDid(team, "admin", "admin")).toBe("admin");
    expect(whoDid(team, "Kim", "admin")).toBe("admin (as “Kim”)");
    expect(whoDid(NO_TEAM, null, "admin")).toBe("admin");
  });

  it("says a removed member for an id no member has, whoever holds the name now", () => {
    expect(whoDid(team, "Kim", "m-gone")).toBe("removed member (then “Kim”)");
    expect(whoDid(NO_TEAM, null, "m-gone")).toBe("removed member");
  });
});
