/**
 * Where a page of Answers stands without counting the answers before it: the page's number
 * comes in the pager's link (`page=`), checked against the total the counts hold, and a last
 * page places itself from that total (worker/dashboard/page-position.ts).
 */
import { describe, expect, it } from "vitest";
import {
  cursorPagePosition,
  pageLine,
  parsePageNumber,
} from "../../../worker/dashboard/page-position.ts";

describe("a cursor page's position from its link's number", () => {
  it("takes the link's number for a page before the last", () => {
    const position = cursorPagePosition({
      page: 2,
      shown: 50,
      total: 230,
      size: 50,
      hasNext: true,
    });
    expect(position && pageLine(position, "answers")).toBe("Page 2 of 5: 51–100 of 230 answers");
    // The first page needs no number.
    const first = cursorPagePosition({ page: 1, shown: 50, total: 51, size: 50, hasNext: true });
    expect(first && pageLine(first, "answers")).toBe("Page 1 of 2: 1–50 of 51 answers");
  });

  it("places a last page from the total, whatever the link said", () => {
    // Three arrived since the walk began: still the second page, its items the last ones.
    const last = cursorPagePosition({ page: 2, shown: 2, total: 55, size: 50, hasNext: false });
    expect(last && pageLine(last, "answers")).toBe("Page 2 of 2: 54–55 of 55 answers");
    // No number (a link from before `page=`), or a wrong one: the same.
    for (const page of [null, 7]) {
      const p = cursorPagePosition({ page, shown: 1, total: 51, size: 50, hasNext: false });
      expect(p && pageLine(p, "answers")).toBe("Page 2 of 2: 51 of 51 answers");
    }
  });

  it("gives no position for a number the total cannot hold, or none, before the last page", () => {
    expect(cursorPagePosition({ page: 9, shown: 50, total: 230, size: 50, hasNext: true })).toBe(
      null,
    );
    expect(cursorPagePosition({ page: null, shown: 50, total: 230, size: 50, hasNext: true })).toBe(
      null,
    );
  });

  it("reads a page number from 2 up, nothing else", () => {
    expect(parsePageNumber("2")).toBe(2);
    expect(parsePageNumber("140")).toBe(140);
    for (const raw of [
      undefined,
      "",
      "1",
      "0",
      "-2",
      "02",
      "2.5",
      "2e3",
      " 2",
      "1234567890",
      "x",
    ]) {
      expect(parsePageNumber(raw), String(raw)).toBe(null);
    }
  });
});
