import { staffMay } from "@stepwise/domain";
import type { ReactNode } from "react";
import { HeaderSearch } from "~/components/layout/header-search";
import { SiteHeader } from "~/components/layout/site-header";
import { requireSignedInUser } from "~/server/session";

/** Everything behind sign-in. The session is checked here and again by every API call. */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await requireSignedInUser();
  return (
    <>
      <SiteHeader user={{ displayName: user.displayName, role: user.staff?.role ?? null }} />
      {user.staff && staffMay(user.staff.role, "client.read") ? <HeaderSearch /> : null}
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
