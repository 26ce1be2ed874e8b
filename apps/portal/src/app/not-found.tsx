import { NotFoundCard } from "@stepwise/ui/components";
import type { Metadata } from "next";
import { SiteHeader } from "~/components/site-header";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <NotFoundCard reason="The link may be out of date, or the page may have moved." homeLabel="Go to My plan" />
    </>
  );
}
