import type { StaffOutputs } from "@stepwise/api/staff";
import { handleApiError, trpcErrorCode } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ContactCard } from "~/components/clients/contact-card";
import { getQueryClient, trpc } from "~/trpc/server";

// The client's name stays out of the tab title and browser history: this is PHI on a shared screen.
export const metadata: Metadata = { title: "Contact" };

/**
 * How to reach one client, for the roles that reach out but do not open the clinical record (the
 * front desk, from the board's "Outreach due"): their contact card and nothing more.
 */
export default async function ClientContactPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  let contact: StaffOutputs["clients"]["contact"];
  try {
    contact = await getQueryClient().fetchQuery(trpc.clients.contact.queryOptions({ clientId }));
  } catch (error) {
    // A malformed id names no client: the same answer as one that doesn't exist.
    if (trpcErrorCode(error) === "BAD_REQUEST") notFound();
    handleApiError(error);
  }
  return (
    <>
      <Link href="/roster" className="back-link">
        ← Roster
      </Link>
      <div className="page-intro page-intro--tight">
        <h1>{contact.name}</h1>
      </div>
      <ContactCard clientId={clientId} />
    </>
  );
}
