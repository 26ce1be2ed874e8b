import { auditCsvFile, auditCsvFileName } from "@stepwise/api/staff";
import { crossOriginRefusal, trpcErrorCode } from "@stepwise/ui/trpc-server";
import { auditSearchFrom, auditCsvWords } from "~/lib/audit-search";
import { staffCaller } from "~/server/caller";

/**
 * The audit search as a CSV file (/audit/export?<the page's search>). It goes through the staff
 * router like the page does, a page at a time (each checked for audit.read and audited as an
 * export), and streams: the file is written as it is read, in the memory of one page. Only the
 * audit page's own link may ask for it: a page elsewhere could otherwise write export rows to the
 * audit in the officer's name.
 */
const privateHeaders = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } as const;

function plain(status: number, words: string) {
  return new Response(words, { status, headers: { ...privateHeaders, "Content-Type": "text/plain; charset=utf-8" } });
}

export async function GET(request: Request) {
  const fromElsewhere = crossOriginRefusal(request);
  if (fromElsewhere) return fromElsewhere;
  const url = new URL(request.url);
  const { search } = auditSearchFrom(Object.fromEntries(url.searchParams));
  if (!search) return plain(400, "That search could not be read. Go back to the audit page, check the search and download again.");
  try {
    const caller = await staffCaller();
    const file = await auditCsvFile((page) => caller.audit.export(page), search, auditCsvWords);
    return new Response(file, {
      headers: {
        ...privateHeaders,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${auditCsvFileName(search)}"`,
      },
    });
  } catch (error) {
    const code = trpcErrorCode(error);
    if (code === "UNAUTHORIZED") return Response.redirect(new URL("/sign-in", url), 303);
    if (code === "FORBIDDEN" || code === "NOT_FOUND") return plain(403, "Reading the audit isn't part of your role's access.");
    if (code === "BAD_REQUEST") return plain(400, "That search could not be read. Go back to the audit page, check the search and download again.");
    console.error("[audit export] failed:", code ?? "unexpected error");
    return plain(500, "Something went wrong on our side. Please try again.");
  }
}
