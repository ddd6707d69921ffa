// The browser is given only the messages its components translate: the lists in
// lib/i18n/client-messages.ts against what the source's client components ask for.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { clientGraph, neededPaths } from "@/lib/i18n/client-graph";
import { CLIENT_MESSAGES, KID_CLIENT_MESSAGES, pickMessages } from "@/lib/i18n/client-messages";
import { NAMESPACES } from "@/lib/i18n/messages";

const en = Object.fromEntries(
  NAMESPACES.map((ns) => [
    ns,
    JSON.parse(readFileSync(resolve(import.meta.dirname, `../../messages/en/${ns}.json`), "utf8")),
  ]),
) as Record<string, unknown>;

describe("the messages given to the browser", () => {
  const everything = clientGraph();

  it("are every part a client component translates, and no more", () => {
    // A sanity check of the reading itself: it finds the app's client components.
    expect(everything.namespaces.size).toBeGreaterThan(40);
    expect(everything.namespaces.get("components/dashboard/live-refresh.tsx")).toEqual([
      "dashboard.live",
    ]);
    expect(everything.unreadable, "useTranslations with a namespace that is not a literal").toEqual(
      [],
    );
    expect([...CLIENT_MESSAGES].sort()).toEqual(neededPaths(everything));
  });

  it("on a kid's pages are every part their client components translate", () => {
    expect([...KID_CLIENT_MESSAGES].sort()).toEqual(neededPaths(clientGraph(["app/tablet/kid"])));
  });

  it("name parts that exist in English", () => {
    for (const path of [...CLIENT_MESSAGES, ...KID_CLIENT_MESSAGES]) {
      let node: unknown = en;
      for (const key of path.split(".")) node = (node as Record<string, unknown>)[key];
      expect(node, path).toBeTypeOf("object");
    }
  });

  it("come out of a tree in its shape, without the rest", () => {
    const tree = { a: { b: { c: "1" }, d: "2" }, e: { f: "3" }, g: "4" };
    expect(pickMessages(tree, ["a.b", "e", "missing.part"])).toEqual({
      a: { b: { c: "1" } },
      e: { f: "3" },
    });
    // Once per tree and list: a request reuses the copy.
    expect(pickMessages(tree, ["a.b", "e", "missing.part"])).toBe(
      pickMessages(tree, ["a.b", "e", "missing.part"]),
    );
    const picked = JSON.stringify(pickMessages(en, CLIENT_MESSAGES)).length;
    const all = JSON.stringify(en).length;
    expect(picked).toBeLessThan(all);
  });
});
