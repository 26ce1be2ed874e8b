import { type AuditCsvWords, type AuditRowExported, type AuditSearch, accountKinds, staffRoles } from "@stepwise/domain";
import { describe, expect, it } from "vitest";
import { auditCsvFile, auditCsvFileName } from "./csv-file";

// The words are the app's (its labels); here each key stands for itself, since only the paging is tested.
const words = {
  accountKind: Object.fromEntries(accountKinds.map((kind) => [kind, kind])),
  role: Object.fromEntries(staffRoles.map((role) => [role, role])),
} as AuditCsvWords;

const row = (id: number): AuditRowExported => ({
  id,
  at: new Date(Date.UTC(2026, 2, 3, 12, 0, 0)),
  actor: null,
  action: "calendar.feed",
  outcome: "allowed",
  clients: [],
  clientCount: 0,
  clientIds: [],
  resourceType: null,
  resourceId: null,
  hash: null,
});

/** Three pages of two rows, newest first, recording which pages were asked for. */
function pages() {
  const asked: (number | undefined)[] = [];
  const page = async (search: AuditSearch) => {
    asked.push(search.before);
    const start = search.before === undefined ? 6 : search.before - 1;
    const rows = [row(start), row(start - 1)];
    return { rows, nextBefore: start - 1 > 1 ? start - 1 : null };
  };
  return { asked, page };
}

const search = { from: "2026-03-01", to: "2026-03-31" };

describe("the audit file", () => {
  it("asks for each page only once the one before has been read, so memory is one page's", async () => {
    const { asked, page } = pages();
    const reader = (await auditCsvFile(page, search, words)).getReader();
    // The first page is read before the file starts, so a refusal is an error and not a broken file.
    expect(asked).toEqual([undefined]);
    const decoder = new TextDecoder();
    const first = decoder.decode((await reader.read()).value);
    expect(first.split("\r\n").slice(1, 3).map((line) => line.split(",")[0])).toEqual(["6", "5"]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(asked.length).toBeLessThanOrEqual(2);
    const rest: string[] = [];
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest.push(decoder.decode(chunk.value));
    expect(asked).toEqual([undefined, 5, 3]);
    expect(rest.join("").split("\r\n").filter(Boolean).map((line) => line.split(",")[0])).toEqual(["4", "3", "2", "1"]);
  });

  it("is named after its period", () => {
    expect(auditCsvFileName(search)).toBe("audit-2026-03-01-to-2026-03-31.csv");
  });
});
