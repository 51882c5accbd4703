import { describe, expect, it } from "vitest";
import { formatDate, formatInstant } from "./format";

describe("formatDate", () => {
  it("writes each style the way German and British readers expect", () => {
    const styles = ["medium", "long", "weekday", "dayMonth", "month"] as const;
    expect(styles.map((style) => formatDate("2026-09-03", "de", style))).toEqual([
      "3. Sept. 2026",
      "3. September 2026",
      "Do., 03.09.2026",
      "3. Sept.",
      "Sept. 26",
    ]);
    expect(styles.map((style) => formatDate("2026-09-03", "en", style))).toEqual([
      "3 Sept 2026",
      "3 September 2026",
      "Thu, 03/09/2026",
      "3 Sept",
      "Sept 26",
    ]);
  });

  it("keeps a calendar date on its day across daylight-saving changes and year ends", () => {
    // The suite runs in Europe/Berlin; these days begin or end a DST period or a year.
    expect(formatDate("2026-03-29", "de")).toBe("29. März 2026");
    expect(formatDate("2026-10-25", "de")).toBe("25. Okt. 2026");
    expect(formatDate("2026-12-31", "en")).toBe("31 Dec 2026");
    expect(formatDate("2028-02-29", "en", "long")).toBe("29 February 2028");
  });

  it("shows an instant on its day in Berlin, wherever the server runs", () => {
    // 23:30 UTC on 31 December is already 1 January in Berlin.
    expect(formatDate(new Date("2026-12-31T23:30:00Z"), "de")).toBe("1. Jan. 2027");
    expect(formatDate("2026-12-31T23:30:00Z", "en")).toBe("1 Jan 2027");
  });
});

describe("formatInstant", () => {
  it("shows an instant with its time on the clock in Berlin", () => {
    // 00:30 UTC on the day summer time begins is 01:30 in Berlin.
    expect(formatInstant("2026-03-29T00:30:00Z", "de")).toBe("29.03.2026, 01:30");
    expect(formatInstant("2026-03-29T00:30:00Z", "en")).toBe("29 Mar 2026, 01:30");
    // Its day alone is written like every other date in text and tables.
    expect(formatInstant("2026-12-31T23:30:00Z", "de", false)).toBe("1. Jan. 2027");
  });
});
