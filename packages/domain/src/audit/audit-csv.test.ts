import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AuditRowExported, auditCsv, clientsNamed, csvCell, csvLine } from "./audit-csv";

const words = {
  accountKind: { client: "Client", family: "Family member", staff: "Staff" },
  role: { clinician: "Clinician", program_director: "Program director", front_desk: "Front desk", administrator: "Administrator", privacy_officer: "Privacy officer" },
} as const;

/** An RFC 4180 reader, as a spreadsheet reads a line: to check what the writer wrote comes back. */
function readLine(line: string): string[] {
  expect(line.endsWith("\r\n")).toBe(true);
  const text = line.slice(0, -2);
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      cells.push(cell);
      cell = "";
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

describe("a CSV cell", () => {
  it("is quoted when it holds a comma, a quote or a line break, with quotes doubled", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("Morgan, Alex")).toBe('"Morgan, Alex"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(42)).toBe("42");
  });

  it("never starts with what a spreadsheet runs as a formula", () => {
    expect(csvCell("=HYPERLINK(\"http://evil.test\",\"x\")")).toBe("\"'=HYPERLINK(\"\"http://evil.test\"\",\"\"x\"\")\"");
    expect(csvCell("+1+1")).toBe("'+1+1");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("\r=1")).toBe("\"'\r=1\"");
    expect(csvCell("a=1")).toBe("a=1");
  });

  it("writes a number as the number, a negative one with its sign, and defuses the same text", () => {
    expect(csvCell(-3.5)).toBe("-3.5");
    expect(csvCell(0)).toBe("0");
    expect(csvCell("-3.5")).toBe("'-3.5");
    expect(csvCell(Number.NaN)).toBe("NaN");
  });

  it("reads back as what was written, with any formula start behind an apostrophe", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom("a", ",", '"', "\n", "\r", "=", "+", "-", "@", "\t", " ", "é") }), { minLength: 1, maxLength: 6 }), (cells) => {
        const read = readLine(csvLine(cells));
        expect(read).toEqual(cells.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
        for (const cell of read) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});

describe("the audit file", () => {
  const row: AuditRowExported = {
    id: 7,
    at: new Date("2026-03-03T14:05:09.123Z"),
    actor: { userId: "u1", name: "=cmd|' /C calc'!A0", kind: "staff", role: "clinician" },
    action: "clients.detail",
    outcome: "allowed",
    clients: [{ id: "c1", name: "Morgan, Alex" }],
    clientCount: 1,
    clientIds: ["c1"],
    resourceType: "client",
    resourceId: "c1",
    hash: "ab12",
  };

  it("has its header first and one line per row, in the columns' order", () => {
    const file = auditCsv(words);
    expect(readLine(file.header)).toEqual([
      "Event",
      "When (UTC)",
      "Who",
      "Account",
      "Role",
      "Action",
      "What they did",
      "Outcome",
      "Clients",
      "Client ids",
      "Resource",
      "Resource id",
      "Hash",
    ]);
    expect(readLine(file.line(row))).toEqual([
      "7",
      "2026-03-03T14:05:09.123Z",
      "'=cmd|' /C calc'!A0",
      "Staff",
      "Clinician",
      "clients.detail",
      "Opened a client's record",
      "Allowed",
      "Morgan, Alex",
      "c1",
      "client",
      "c1",
      "ab12",
    ]);
  });

  it("says who acted when nobody was signed in, and how many more clients a row names", () => {
    const file = auditCsv(words);
    const board = { ...row, actor: null, action: "roster.list", clients: [{ id: "c1", name: "Morgan, Alex" }], clientCount: 3, clientIds: ["c1", "c2", "c3"] };
    const cells = readLine(file.line(board));
    expect(cells.slice(2, 5)).toEqual(["Nobody signed in", "", ""]);
    expect(cells[8]).toBe("Morgan, Alex and 2 more");
    expect(clientsNamed({ clients: [{ id: "c1", name: "Morgan, Alex" }], clientCount: 2001 })).toBe("Morgan, Alex and 2,000 more");
  });
});
