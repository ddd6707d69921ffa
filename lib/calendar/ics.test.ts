// The routines calendar (issue 19) parsed back by ical.js, an independent RFC 5545 reader: the
// right days, at the same wall-clock time on both sides of a daylight saving change.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { routinesCalendar } from "@/lib/calendar/ics";

const morning = {
  id: "0b5e6a53-5c4f-4b0e-9d3f-6c7f1f0f2a11",
  name: "Morning",
  weekdays: [1, 2, 3, 4, 5],
  startMinute: 7 * 60,
  endMinute: 7 * 60 + 45,
  kids: [{ id: "8d1c6a53-5c4f-4b0e-9d3f-6c7f1f0f2a22", name: "Nora" }],
};

function occurrences(ics: string, count: number) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  // The calendar's own VTIMEZONE, registered as a reader would.
  for (const zone of calendar.getAllSubcomponents("vtimezone"))
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const [vevent] = calendar.getAllSubcomponents("vevent");
  const event = new ICAL.Event(vevent);
  const iterator = event.iterator();
  const found: { local: string; utc: string }[] = [];
  for (let next = iterator.next(); next && found.length < count; next = iterator.next()) {
    const start = next.clone();
    start.zone = event.startDate.zone;
    found.push({
      local: start.toString(),
      utc: start.toJSDate().toISOString(),
    });
  }
  return { event, found };
}

describe("the routines calendar", () => {
  it("repeats each routine on its weekdays at its time, across a DST change (Berlin, March 2027)", () => {
    const ics = routinesCalendar({
      name: "Lindqvist",
      timeZone: "Europe/Berlin",
      routines: [morning],
      from: "2027-03-25", // a Thursday; clocks go forward on Sunday 2027-03-28
      host: "routines.example.com",
      withKidNames: false,
      now: new Date("2027-03-20T10:00:00Z"),
    });
    expect(ics).toContain("BEGIN:VTIMEZONE");
    expect(ics).toContain("TZID:Europe/Berlin");
    const { event, found } = occurrences(ics, 4);
    expect(event.summary).toBe("Morning");
    expect(event.uid).toBe(`${morning.id}.${morning.kids[0]!.id}@routines.example.com`);
    expect(found).toEqual([
      { local: "2027-03-25T07:00:00", utc: "2027-03-25T06:00:00.000Z" }, // Thu, winter time
      { local: "2027-03-26T07:00:00", utc: "2027-03-26T06:00:00.000Z" }, // Fri
      { local: "2027-03-29T07:00:00", utc: "2027-03-29T05:00:00.000Z" }, // Mon, summer time
      { local: "2027-03-30T07:00:00", utc: "2027-03-30T05:00:00.000Z" }, // Tue
    ]);
    expect(event.endDate.toString()).toBe("2027-03-25T07:45:00");
  });

  it("starts on the first day the routine is on, and names the kid in a family calendar", () => {
    const ics = routinesCalendar({
      name: "Lindqvist",
      timeZone: "America/New_York",
      routines: [
        { ...morning, weekdays: [6, 7], kids: [...morning.kids, { id: "k2", name: "Leo" }] },
      ],
      from: "2026-11-30", // a Monday
      host: "routines.example.com",
      withKidNames: true,
    });
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(["Morning · Nora", "Morning · Leo"]);
    expect(events[0]!.startDate.toString()).toBe("2026-12-05T07:00:00"); // the Saturday
    expect(String(events[0]!.component.getFirstPropertyValue("rrule"))).toBe(
      "FREQ=WEEKLY;BYDAY=SA,SU",
    );
  });

  it("leaves out a kid's days away (EXDATE), on both sides of a DST change", () => {
    const ics = routinesCalendar({
      name: "Lindqvist",
      timeZone: "Europe/Berlin",
      routines: [
        {
          ...morning,
          // Away Friday before and Monday after the change; Saturday is not a routine day.
          kids: [{ ...morning.kids[0]!, away: ["2027-03-26", "2027-03-27", "2027-03-29"] }],
        },
      ],
      from: "2027-03-25",
      host: "routines.example.com",
      withKidNames: false,
      now: new Date("2027-03-20T10:00:00Z"),
    });
    const { found } = occurrences(ics, 3);
    expect(found).toEqual([
      { local: "2027-03-25T07:00:00", utc: "2027-03-25T06:00:00.000Z" },
      { local: "2027-03-30T07:00:00", utc: "2027-03-30T05:00:00.000Z" },
      { local: "2027-03-31T07:00:00", utc: "2027-03-31T05:00:00.000Z" },
    ]);
  });

  it("keeps 07:00 at 07:00 when the clocks go back too (Berlin, October 2027), with a day not theirs", () => {
    const ics = routinesCalendar({
      name: "Lindqvist",
      timeZone: "Europe/Berlin",
      // Clocks go back on Sunday 2027-10-31; Monday 2027-11-01 is another kid's turn.
      routines: [{ ...morning, kids: [{ ...morning.kids[0]!, notTheirs: ["2027-11-01"] }] }],
      from: "2027-10-28", // a Thursday
      host: "routines.example.com",
      withKidNames: false,
      now: new Date("2027-10-20T10:00:00Z"),
    });
    const { found } = occurrences(ics, 4);
    expect(found).toEqual([
      { local: "2027-10-28T07:00:00", utc: "2027-10-28T05:00:00.000Z" }, // Thu, summer time
      { local: "2027-10-29T07:00:00", utc: "2027-10-29T05:00:00.000Z" }, // Fri
      { local: "2027-11-02T07:00:00", utc: "2027-11-02T06:00:00.000Z" }, // Tue, winter time
      { local: "2027-11-03T07:00:00", utc: "2027-11-03T06:00:00.000Z" }, // Wed
    ]);
  });
});
