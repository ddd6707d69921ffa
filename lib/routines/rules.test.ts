import fc from "fast-check";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import {
  WEEKDAY_NAMES,
  changeMessage,
  describeChange,
  describeWeekdays,
  diffVersions,
  isReadyForKids,
  isScheduledOn,
  moveEntry,
  routineOrder,
  parseClock,
  sameContent,
  saveMode,
  summarizeWeekdays,
  weekdayNames,
  type CardContent,
  type VersionChange,
} from "@/lib/routines/rules";
import { localDateAt } from "@/lib/time/rules";
import routinesMessages from "@/messages/en/routines.json";

const card = (
  id: string,
  title: string,
  items: [string, string][],
  extra: Partial<CardContent> = {},
): CardContent => ({
  lineageId: id,
  title,
  pictureEmoji: "⭐",
  durationSeconds: null,
  items: items.map(([lineageId, label]) => ({ lineageId, label })),
  ...extra,
});

describe("versions", () => {
  it("edit in place until a check exists, then make a new version", () => {
    expect(saveMode(false)).toBe("in-place");
    expect(saveMode(true)).toBe("new-version");
  });

  it("ignore lineage ids when comparing content, but not order", () => {
    const a = [card("c1", "Teeth", [["i1", "Brush"]]), card("c2", "Dress", [["i2", "Socks"]])];
    const b = [card("x1", "Teeth", [["y1", "Brush"]]), card("x2", "Dress", [["y2", "Socks"]])];
    expect(sameContent(a, b)).toBe(true);
    expect(sameContent(a, [b[1]!, b[0]!])).toBe(false);
    expect(
      sameContent(a, [card("c1", "Teeth", [["i1", "Brush"]], { durationSeconds: 60 }), a[1]!]),
    ).toBe(false);
  });
});

describe("diffVersions", () => {
  const v1 = [
    card("wake", "Wake up", [
      ["curtains", "Open curtains"],
      ["bed", "Make bed"],
    ]),
    card("dress", "Get dressed", [["clothes", "Clothes on"]]),
    card("teeth", "Teeth", [["brush", "Brush teeth"]]),
  ];

  it("reports nothing for the same content", () => {
    expect(diffVersions(v1, v1)).toEqual([]);
  });

  it("reports added, removed, renamed and moved cards and items", () => {
    const v2 = [
      card("teeth", "Brush teeth", [["brush", "Brush teeth"]]),
      card("wake", "Wake up", [
        ["bed", "Make the bed"],
        ["curtains", "Open curtains"],
      ]),
      card("bag", "School bag", [["homework", "Pack homework"]]),
    ];
    const sentences = diffVersions(v1, v2).map(describeChange);
    expect(sentences).toEqual(
      expect.arrayContaining([
        "Renamed card “Teeth” to “Brush teeth”",
        "Moved card “Brush teeth” from position 2 to 1",
        "Moved card “Wake up” from position 1 to 2",
        "Renamed “Make bed” to “Make the bed” in “Wake up”",
        "Moved “Make the bed” in “Wake up” from position 2 to 1",
        "Added card “School bag”",
        "Removed card “Get dressed”",
      ]),
    );
    expect(sentences).toHaveLength(7 + 1); // + "Moved “Open curtains” …"
  });

  it("says each change in no language: a message key and the names and positions", () => {
    expect(
      changeMessage({ kind: "item-moved", card: "Wake up", item: "Bed", from: 2, to: 1 }),
    ).toEqual({ key: "itemMoved", values: { card: "Wake up", item: "Bed", from: 2, to: 1 } });
    expect(changeMessage({ kind: "card-renamed", from: "Teeth", to: "Brush" })).toEqual({
      key: "cardRenamed",
      values: { from: "Teeth", to: "Brush" },
    });
  });

  it("reads the same in the pages' English messages as in the API's English, for every kind", () => {
    const every: VersionChange[] = [
      { kind: "card-added", card: "Teeth" },
      { kind: "card-removed", card: "Teeth" },
      { kind: "card-renamed", from: "Teeth", to: "Brush teeth" },
      { kind: "card-moved", card: "Teeth", from: 1, to: 3 },
      { kind: "card-picture", card: "Teeth" },
      { kind: "card-duration", card: "Teeth" },
      { kind: "card-voice", card: "Teeth" },
      { kind: "item-picture", card: "Teeth", item: "Brush" },
      { kind: "item-voice", card: "Teeth", item: "Brush" },
      { kind: "item-added", card: "Teeth", item: "Brush" },
      { kind: "item-removed", card: "Teeth", item: "Brush" },
      { kind: "item-renamed", card: "Teeth", from: "Brush", to: "Floss" },
      { kind: "item-moved", card: "Teeth", item: "Brush", from: 2, to: 1 },
    ];
    const messages: Record<string, string> = routinesMessages.history.changes;
    expect(Object.keys(messages).sort()).toEqual(every.map((c) => changeMessage(c).key).sort());
    for (const change of every) {
      const { key, values } = changeMessage(change);
      const page = new IntlMessageFormat(messages[key]!, "en").format(values);
      expect(page, key).toBe(describeChange(change));
    }
  });

  it("does not call every later card moved when one is added at the top", () => {
    const v2 = [card("new", "Stretch", [["s", "Touch toes"]]), ...v1];
    expect(diffVersions(v1, v2)).toEqual([{ kind: "card-added", card: "Stretch" }]);
  });

  it("finds every added and removed card, whatever the edit (property)", () => {
    const ids = fc.uniqueArray(fc.constantFrom("a", "b", "c", "d", "e", "f"), { maxLength: 6 });
    fc.assert(
      fc.property(ids, ids, (before, after) => {
        const toCards = (list: string[]) =>
          list.map((id) => card(id, `Card ${id}`, [[`${id}1`, "x"]]));
        const changes = diffVersions(toCards(before), toCards(after));
        const added = changes
          .filter((c) => c.kind === "card-added")
          .map((c) => ("card" in c ? c.card : ""));
        const removed = changes
          .filter((c) => c.kind === "card-removed")
          .map((c) => ("card" in c ? c.card : ""));
        expect(added.sort()).toEqual(
          after
            .filter((id) => !before.includes(id))
            .map((id) => `Card ${id}`)
            .sort(),
        );
        expect(removed.sort()).toEqual(
          before
            .filter((id) => !after.includes(id))
            .map((id) => `Card ${id}`)
            .sort(),
        );
        if (before.join() === after.join()) expect(changes).toEqual([]);
      }),
    );
  });
});

describe("schedules", () => {
  it("match the family's local weekday", () => {
    expect(isScheduledOn([1, 2, 3, 4, 5], "2026-11-27")).toBe(true); // Friday
    expect(isScheduledOn([1, 2, 3, 4, 5], "2026-11-28")).toBe(false); // Saturday
  });

  it("use the local date of the family's zone, also on a DST change day", () => {
    // Sunday 2026-03-29 in Stockholm (clocks go forward); 23:30 UTC Saturday is already Sunday there.
    const sundayInStockholm = localDateAt(new Date("2026-03-28T23:30:00Z"), "Europe/Stockholm");
    expect(sundayInStockholm).toBe("2026-03-29");
    expect(isScheduledOn([6, 7], sundayInStockholm)).toBe(true);
    expect(isScheduledOn([1, 2, 3, 4, 5], sundayInStockholm)).toBe(false);
    // New York's fall-back Sunday: 04:30 UTC Monday is still Sunday evening there.
    const stillSunday = localDateAt(new Date("2026-11-02T04:30:00Z"), "America/New_York");
    expect(stillSunday).toBe("2026-11-01");
    expect(isScheduledOn([7], stillSunday)).toBe(true);
  });

  it("describe weekdays briefly", () => {
    expect(describeWeekdays([1, 2, 3, 4, 5])).toBe("Mon–Fri");
    expect(describeWeekdays([7, 6])).toBe("Weekends");
    expect(describeWeekdays([1, 2, 3, 4, 5, 6, 7])).toBe("Every day");
    expect(describeWeekdays([1, 3])).toBe("Mon, Wed");
    expect(describeWeekdays([5, 1, 3, 3])).toBe("Mon, Wed, Fri");
  });

  it("name the usual schedules by key, and list the other days in order, once each", () => {
    expect(summarizeWeekdays([5, 4, 3, 2, 1, 1])).toEqual({ key: "monToFri" });
    expect(summarizeWeekdays([6, 7])).toEqual({ key: "weekends" });
    expect(summarizeWeekdays([7, 6, 5, 4, 3, 2, 1])).toEqual({ key: "everyDay" });
    expect(summarizeWeekdays([7, 1, 7])).toEqual({ key: "days", days: [1, 7] });
  });

  it("say weekdays in the reader's language, Monday first", () => {
    expect(weekdayNames("en")).toEqual([...WEEKDAY_NAMES]);
    const german = weekdayNames("de");
    expect(german).toHaveLength(7);
    expect(german[0]).toMatch(/^Mo/);
    expect(german[6]).toMatch(/^So/);
    expect(weekdayNames("fr", "long")[2]).toBe("mercredi");
    const say = (key: string) => `⟦${key}⟧`;
    expect(describeWeekdays([1, 2, 3, 4, 5], { locale: "de", say })).toBe("⟦monToFri⟧");
    expect(describeWeekdays([7, 6], { locale: "de", say })).toBe("⟦weekends⟧");
    const days = describeWeekdays([3, 1], { locale: "de", say });
    expect(days.indexOf(german[0]!)).toBeLessThan(days.indexOf(german[2]!));
    expect(days).not.toMatch(/Mon|Wed/);
  });

  it("parse clock times", () => {
    expect(parseClock("07:30")).toBe(450);
    expect(parseClock("23:59")).toBe(1439);
    for (const bad of ["24:00", "7:30", "07:60", "", "noon"]) expect(parseClock(bad)).toBeNull();
  });
});

describe("reordering", () => {
  it("moves one entry and keeps the rest in order", () => {
    expect(moveEntry(["a", "b", "c", "d"], 0, 2)).toEqual(["b", "c", "a", "d"]);
    expect(moveEntry(["a", "b", "c", "d"], 3, 0)).toEqual(["d", "a", "b", "c"]);
    expect(moveEntry(["a", "b"], 0, 5)).toEqual(["a", "b"]);
  });

  it("is a permutation that puts the entry where asked (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { minLength: 1, maxLength: 20 }),
        fc.nat(),
        fc.nat(),
        (list, a, b) => {
          const from = a % list.length;
          const to = b % list.length;
          const moved = moveEntry(list, from, to);
          expect([...moved].sort()).toEqual([...list].sort());
          expect(moved[to]).toBe(list[from]);
          expect(moveEntry(moved, to, from)).toEqual(list);
        },
      ),
    );
  });

  it("knows when a routine is ready for kids", () => {
    expect(isReadyForKids([])).toBe(false);
    expect(isReadyForKids([card("a", "Empty", [])])).toBe(false);
    expect(isReadyForKids([card("a", "Empty", []), card("b", "Teeth", [["i", "Brush"]])])).toBe(
      true,
    );
  });
});

describe("routineOrder", () => {
  const at = (startMinute: number, name: string, id = name) => ({ startMinute, name, id });
  const sorted = (list: ReturnType<typeof at>[]) => [...list].sort(routineOrder).map((r) => r.name);

  it("counts numbers in names as people do, after the start time", () => {
    expect(
      sorted([at(420, "Routine 10"), at(420, "Routine 2"), at(420, "routine 1"), at(0, "Zebra")]),
    ).toEqual(["Zebra", "routine 1", "Routine 2", "Routine 10"]);
  });

  it("is a total order: any shuffle sorts the same (property)", () => {
    const entry = fc.record({
      startMinute: fc.integer({ min: 0, max: 1439 }),
      name: fc.string({ maxLength: 12 }),
      id: fc.uuid(),
    });
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.id, maxLength: 15 }), (list) => {
        const once = [...list].sort(routineOrder);
        expect([...list].reverse().sort(routineOrder)).toEqual(once);
        once
          .slice(1)
          .forEach((next, i) => expect(once[i]!.startMinute).toBeLessThanOrEqual(next.startMinute));
      }),
    );
  });
});
