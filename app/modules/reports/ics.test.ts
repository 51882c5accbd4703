import { describe, expect, it } from "vitest";
import { buildCalendar, readIcsEvents as parseEvents, webcalUrl } from "./ics";

describe("buildCalendar", () => {
  it("writes all-day events with stable UIDs that parse back", () => {
    const ics = buildCalendar({
      name: "Fahrplan – Anna",
      entries: [
        {
          uid: "task-1@fahrplan",
          date: "2026-03-13",
          title: "Fällig: Prozess auswählen, Ziele; festlegen",
          description: "Fahrplan: Pilot",
          url: "https://example.test/o/acme/roadmaps/1",
        },
        { uid: "gate-2@fahrplan", date: "2026-03-31", title: "Freigabe: Analyse", description: "" },
      ],
    });
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain("X-WR-CALNAME:Fahrplan – Anna");
    const events = parseEvents(ics);
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      UID: "task-1@fahrplan",
      "DTSTART;VALUE=DATE": "20260313",
      "DTEND;VALUE=DATE": "20260314",
      SUMMARY: "Fällig: Prozess auswählen\\, Ziele\\; festlegen",
    });
    // The last day of March ends on the first of April.
    expect(events[1]).toMatchObject({ "DTEND;VALUE=DATE": "20260401" });
  });

  it("is a valid, empty calendar when there is nothing to show", () => {
    const ics = buildCalendar({ name: "Leer", entries: [] });
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toContain("END:VCALENDAR");
    expect(parseEvents(ics)).toEqual([]);
  });
});

describe("webcalUrl", () => {
  it("is the feed's address with the webcal scheme, for calendar apps to subscribe", () => {
    expect(webcalUrl("https://app.example/calendar/abc.ics")).toBe(
      "webcal://app.example/calendar/abc.ics",
    );
    expect(webcalUrl("http://localhost:3000/calendar/abc.ics")).toBe(
      "webcal://localhost:3000/calendar/abc.ics",
    );
  });
});
