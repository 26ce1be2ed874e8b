import { NotFoundCard } from "@stepwise/ui/components";
import type { Metadata } from "next";
import { SiteHeader } from "~/components/layout/site-header";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <NotFoundCard reason="The link may be out of date, or the record isn't one you can open." homeLabel="Go to the roster" />
    </>
  );
}
