import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DOC_PATH, SCHEMA_PATH, committedDiagram, erDiagram, withDiagram } from "./er-diagram";

describe("the ER diagram in docs/database.md", () => {
  it("is the one the current schema produces", () => {
    const committed = committedDiagram(readFileSync(DOC_PATH, "utf8"));
    expect(committed, "docs/database.md has no er-diagram markers").toBeDefined();
    expect(
      committed,
      "The ER diagram in docs/database.md is out of date with prisma/schema.prisma: run `npm run db:diagram` and commit the result.",
    ).toBe(erDiagram(readFileSync(SCHEMA_PATH, "utf8")));
  });
});

describe("erDiagram", () => {
  it("lists each model's scalar fields with keys, and one line per relation", () => {
    const schema = `
      // A comment with @id and a "quote" in it must not confuse the parser.
      model Shelf {
        id    String @id @default(uuid()) @db.Uuid
        label String @unique
        tags  String[]
        books Book[] /// the relation field is drawn as a line, not listed
      }

      model Book {
        id      String  @id @default("@unique")
        title   String
        shelfId String? @db.Uuid
        shelf   Shelf?  @relation(fields: [shelfId], references: [id], onDelete: SetNull)

        @@unique([shelfId, title])
        @@map("books")
      }
    `;
    expect(erDiagram(schema)).toBe(
      [
        "erDiagram",
        "  Shelf {",
        "    String id PK",
        "    String label UK",
        "    String[] tags",
        "  }",
        "  Book {",
        "    String id PK",
        '    String title "unique (shelfId, title)"',
        '    String shelfId FK "unique (shelfId, title)"',
        "  }",
        "  Shelf |o--o{ Book : shelf",
        "",
      ].join("\n"),
    );
  });

  it("draws a required relation as exactly one, and a unique foreign key as at most one", () => {
    const schema = `
      model Kid {
        id      Int      @id
        diary   Diary?
        chores  Chore[]
      }
      model Diary {
        kidId Int @unique
        kid   Kid @relation(fields: [kidId], references: [id])
        @@id([kidId])
      }
      model Chore {
        id    Int @id
        kidId Int
        kid   Kid @relation(fields: [kidId], references: [id])
      }
    `;
    const lines = erDiagram(schema).split("\n");
    expect(lines).toContain("    Int kidId PK, FK, UK");
    expect(lines).toContain("  Kid ||--o| Diary : kid");
    expect(lines).toContain("  Kid ||--o{ Chore : kid");
  });

  it("replaces only the block between the markers", () => {
    const doc = "# Title\n\n<!-- er-diagram:start -->\nold\n<!-- er-diagram:end -->\n\nAfter.\n";
    const updated = withDiagram(doc, "erDiagram\n  A {\n  }\n");
    expect(updated).toBe(
      "# Title\n\n<!-- er-diagram:start -->\n\n```mermaid\nerDiagram\n  A {\n  }\n```\n\n<!-- er-diagram:end -->\n\nAfter.\n",
    );
    expect(committedDiagram(updated)).toBe("erDiagram\n  A {\n  }\n");
  });
});
