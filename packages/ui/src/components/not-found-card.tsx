import Link from "next/link";

/** The body of a not-found page: what happened, and the way back home. */
export function NotFoundCard({ reason, homeLabel }: { reason: string; homeLabel: string }) {
  return (
    <main id="main" className="page" tabIndex={-1}>
      <section className="card auth-card" aria-labelledby="not-found-heading">
        <h1 id="not-found-heading">We couldn&apos;t find that page</h1>
        <p>{reason}</p>
        <p>
          <Link href="/">{homeLabel}</Link>
        </p>
      </section>
    </main>
  );
}
