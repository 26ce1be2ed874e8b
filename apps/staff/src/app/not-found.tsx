import type { Metadata } from "next";
import Link from "next/link";
import { SiteHeader } from "~/components/site-header";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="page" tabIndex={-1}>
        <section className="card auth-card" aria-labelledby="not-found-heading">
          <h1 id="not-found-heading">We couldn&apos;t find that page</h1>
          <p>The link may be out of date, or the record isn't one you can open.</p>
          <p>
            <Link href="/">Go to the roster</Link>
          </p>
        </section>
      </main>
    </>
  );
}
