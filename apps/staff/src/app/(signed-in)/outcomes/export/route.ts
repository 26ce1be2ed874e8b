import { crossOriginRefusal, trpcErrorCode } from "@stepwise/ui/trpc-server";
import { outcomesChoiceFrom, outcomesCsv, outcomesCsvFileName } from "~/lib/outcomes";
import { staffCaller } from "~/server/caller";

/**
 * The outcomes page's figures as a CSV file (/outcomes/export?<the page's choice>), through the
 * same procedure as the page, so the file and the page agree and the same permission is checked.
 * Counts and shares only: no client is named in it.
 */
const privateHeaders = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } as const;

function plain(status: number, words: string) {
  return new Response(words, { status, headers: { ...privateHeaders, "Content-Type": "text/plain; charset=utf-8" } });
}

const unreadable = "That period could not be read. Go back to the outcomes page, check the period and download again.";

export async function GET(request: Request) {
  const fromElsewhere = crossOriginRefusal(request);
  if (fromElsewhere) return fromElsewhere;
  const url = new URL(request.url);
  const { input, error } = outcomesChoiceFrom(Object.fromEntries(url.searchParams));
  if (error) return plain(400, unreadable);
  try {
    const summary = await (await staffCaller()).outcomes.summary(input);
    return new Response(outcomesCsv(summary), {
      headers: {
        ...privateHeaders,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${outcomesCsvFileName(summary.period)}"`,
      },
    });
  } catch (caught) {
    const code = trpcErrorCode(caught);
    if (code === "UNAUTHORIZED") return Response.redirect(new URL("/sign-in", url), 303);
    if (code === "FORBIDDEN" || code === "NOT_FOUND") return plain(403, "Reading outcomes isn't part of your role's access.");
    if (code === "BAD_REQUEST") return plain(400, unreadable);
    console.error("[outcomes export] failed:", code ?? "unexpected error");
    return plain(500, "Something went wrong on our side. Please try again.");
  }
}
