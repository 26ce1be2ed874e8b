import { type AuditCsvWords, type AuditRowExported, type AuditSearch, auditCsv } from "@stepwise/domain";

/** One page of the export, as `audit.export` answers it. */
type ExportPage = (search: AuditSearch) => Promise<{ rows: AuditRowExported[]; nextBefore: number | null }>;

/**
 * The audit search as a CSV file, streamed a page at a time: each page is one call of `audit.export`
 * through the caller (so each is permission-checked and audited like any request), written out
 * before the next is asked for, so memory stays that of one page however long the file. The first
 * page is read before the file starts, so a refusal answers as an error, not as a broken download.
 */
export async function auditCsvFile(exportPage: ExportPage, search: AuditSearch, words: AuditCsvWords): Promise<ReadableStream<Uint8Array>> {
  const file = auditCsv(words);
  const encoder = new TextEncoder();
  const first = await exportPage({ ...search, before: undefined });
  let next: number | null = first.nextBefore;
  let pending: string | null = file.header + first.rows.map(file.line).join("");
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (pending !== null) {
          controller.enqueue(encoder.encode(pending));
          pending = null;
          return;
        }
        if (next === null) {
          controller.close();
          return;
        }
        const page = await exportPage({ ...search, before: next });
        next = page.nextBefore;
        controller.enqueue(encoder.encode(page.rows.map(file.line).join("")));
      },
    },
    // One page waits at most: the next is asked for only once this one has been read.
    { highWaterMark: 1 },
  );
}

/** The file's name: the period it covers. */
export function auditCsvFileName(search: Pick<AuditSearch, "from" | "to">): string {
  return `audit-${search.from}-to-${search.to}.csv`;
}
