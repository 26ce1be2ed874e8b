import type { PortalOutputs } from "@stepwise/api/portal";
import { auditCursorParamSchema } from "@stepwise/domain";
import { handleApiError, trpcErrorCode } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { NoPlanOnThisAccount } from "~/components/plan/no-plan-on-this-account";
import { InformationSeenList } from "~/components/privacy/information-seen-list";
import { requireClientUser } from "~/server/session";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Who has seen my information" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * "Who has seen my information": each time someone in the client's family saw something they
 * share, under which consent, and each time someone at the center opened or changed their
 * information, by role, newest first.
 */
export default async function WhoHasSeenPage({ searchParams }: { searchParams: SearchParams }) {
  // A family account's own information is not a client's record: it goes home.
  await requireClientUser();
  const before = auditCursorParamSchema.parse((await searchParams).before);
  let seen: PortalOutputs["privacy"]["whoHasSeen"];
  try {
    seen = await getQueryClient().fetchQuery(trpc.privacy.whoHasSeen.queryOptions({ before }));
  } catch (error) {
    if (trpcErrorCode(error) === "NOT_FOUND") return <NoPlanOnThisAccount title="Who has seen my information" />;
    handleApiError(error);
  }

  return (
    <>
      <div className="page-intro">
        <h1>Who has seen my information</h1>
        <p className="lede">
          Every time someone in your family saw something you share with them, and every time someone here opened or
          changed your information, newest first.
        </p>
      </div>
      <div className="stack">
        {seen.entries.length === 0 ? (
          <p className="card">
            {before
              ? "There is nothing earlier."
              : "Nobody has seen your information yet. When someone in your family or on your care team does, it will show here."}
          </p>
        ) : (
          <section className="card" aria-labelledby="seen-heading">
            <h2 id="seen-heading" className="visually-hidden">
              {before ? "Earlier" : "Most recent"}
            </h2>
            <InformationSeenList entries={seen.entries} />
            {seen.nextBefore || before ? (
              <nav className="pager" aria-label="Earlier and later">
                {before ? (
                  <Link href="/privacy" className="target-link">
                    Most recent
                  </Link>
                ) : null}
                {seen.nextBefore ? (
                  <Link href={`/privacy?before=${seen.nextBefore}`} className="target-link" rel="next">
                    Earlier
                  </Link>
                ) : null}
              </nav>
            ) : null}
          </section>
        )}
        <section className="card" aria-labelledby="about-heading">
          <h2 id="about-heading">About this list</h2>
          <ul>
            <li>Your family members are named as you named them, with the consent you signed that let them see it.</li>
            <li>People at the center are shown by their role. The center&apos;s privacy officer can tell you who, if you ask.</li>
            <li>It shows when and what kind of thing was seen, never what it said, and never anything about anyone else.</li>
            <li>
              Something here doesn&apos;t look right? Tell your care team, or change what you share on{" "}
              <Link href="/family">My family</Link>.
            </li>
          </ul>
        </section>
      </div>
    </>
  );
}
