// The browser is given only the messages its client components translate, where they are drawn
// (decision 031): the lists in lib/i18n/client-messages.ts against what the source asks for.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { clientGraph, neededPaths, projectFiles } from "@/lib/testing/client-graph";
import {
  FRAME_MESSAGES,
  KID_MESSAGES,
  pickMessages,
  SECTION_MESSAGES,
} from "@/lib/i18n/client-messages";
import { NAMESPACES } from "@/lib/i18n/messages";
import { mergeMessages } from "@/lib/i18n/merge-messages";

const root = resolve(import.meta.dirname, "../..");
const en = Object.fromEntries(
  NAMESPACES.map((ns) => [
    ns,
    JSON.parse(readFileSync(resolve(root, `messages/en/${ns}.json`), "utf8")),
  ]),
) as Record<string, unknown>;

const SECTIONS = Object.keys(SECTION_MESSAGES) as (keyof typeof SECTION_MESSAGES)[];
const KID_DIR = "app/tablet/kid";
const files = projectFiles("app");
const sectionOf = (file: string) => SECTIONS.find((section) => file.startsWith(`app/${section}/`));
const outside = (file: string) => !sectionOf(file) && !file.startsWith(`${KID_DIR}/`);
/** Drawn around every page, outside the sections' layouts: the root layout's messages serve. */
const frameFiles = files.filter(
  (file) =>
    /\/(layout|error|not-found|global-error|loading|template)\.tsx$/.test(file) && outside(file),
);
const covered = (paths: readonly string[], path: string) =>
  paths.some((part) => path === part || path.startsWith(`${part}.`));
const sorted = (paths: readonly string[]) => [...paths].sort();

describe("the messages given to the browser", () => {
  it("are read from every client component, each naming its namespace", () => {
    const everything = clientGraph();
    // The reading itself finds the app's client components.
    expect(everything.namespaces.size).toBeGreaterThan(40);
    expect(everything.namespaces.get("components/dashboard/live-refresh.tsx")).toEqual([
      "dashboard.live",
    ]);
    expect(everything.unreadable, "useTranslations with a namespace that is not a literal").toEqual(
      [],
    );
  });

  it("around every page: what the layouts and the error and not-found screens translate", () => {
    expect(frameFiles).toContain("app/layout.tsx");
    expect(frameFiles).toContain("app/error.tsx");
    expect(sorted(FRAME_MESSAGES)).toEqual(neededPaths(clientGraph(frameFiles)));
  });

  it.each(SECTIONS)(
    "in %s: what its pages translate beyond the frame, given by its layout",
    (section) => {
      const layout = readFileSync(resolve(root, `app/${section}/layout.tsx`), "utf8");
      expect(layout).toContain(`<SectionMessages section="${section}">`);
      const needed = neededPaths(clientGraph([`app/${section}`])).filter(
        (path) => !covered(FRAME_MESSAGES, path),
      );
      expect(sorted(SECTION_MESSAGES[section])).toEqual(needed);
    },
  );

  it("outside every section: pages that translate nothing in the browser but the frame's", () => {
    const pages = files.filter((file) => file.endsWith("/page.tsx") && outside(file));
    expect(pages).toContain("app/page.tsx");
    for (const page of pages)
      for (const path of neededPaths(clientGraph([page])))
        expect(covered(FRAME_MESSAGES, path), `${page} translates ${path}: give it a section`).toBe(
          true,
        );
  });

  it("on a kid's pages, in her language: what they translate, the frame's parts included", () => {
    expect(sorted(KID_MESSAGES)).toEqual(neededPaths(clientGraph([KID_DIR])));
  });

  it("name parts that exist in English", () => {
    const lists = [FRAME_MESSAGES, KID_MESSAGES, ...Object.values(SECTION_MESSAGES)];
    for (const path of lists.flat()) {
      let node: unknown = en;
      for (const key of path.split(".")) node = (node as Record<string, unknown>)[key];
      expect(node, path).toBeTypeOf("object");
    }
  });
});

describe("pickMessages and mergeMessages", () => {
  const tree = { a: { b: { c: "1" }, d: "2" }, e: { f: "3" }, g: "4" };

  it("pick the parts of a tree in its shape, without the rest, once per tree and list", () => {
    const paths = ["a.b", "e", "missing.part"];
    expect(pickMessages(tree, paths)).toEqual({ a: { b: { c: "1" } }, e: { f: "3" } });
    expect(pickMessages(tree, paths)).toBe(pickMessages(tree, [...paths]));
  });

  it("merge a section's parts into the frame's, a namespace into a part of it", () => {
    const frame = pickMessages(tree, ["a.b"]);
    const section = pickMessages(tree, ["a", "g"]);
    expect(mergeMessages(frame, section)).toEqual({ a: tree.a, g: "4" });
    expect(mergeMessages(pickMessages(tree, ["a.d"]), frame)).toEqual({
      a: { d: "2", b: { c: "1" } },
    });
    // Leaves of compiled messages may be arrays: taken whole, never merged into.
    expect(mergeMessages({ m: ["x", 1] }, { m: ["y"] })).toEqual({ m: ["y"] });
  });

  it("send a dashboard far less than every namespace", () => {
    const size = (value: unknown) => JSON.stringify(value).length;
    const dashboard = mergeMessages(
      pickMessages(en, FRAME_MESSAGES),
      pickMessages(en, SECTION_MESSAGES["(parent)/dashboard"]),
    );
    expect(size(dashboard)).toBeLessThan(size(en) / 10);
  });
});
