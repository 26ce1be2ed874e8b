import { consentScopeWordingFor } from "@stepwise/domain";
import { formatConsentUntil } from "@stepwise/ui/format";
import Link from "next/link";
import { relationshipToClient } from "./shared-words";
import type { SharedClient } from "./types";

function ClientCard({ client }: { client: SharedClient }) {
  const headingId = `client-${client.clientId}`;
  const sharesPages = client.scopes.some((scope) => scope !== "family_sessions");
  const reader = { clientFirstName: client.firstName };
  const until = client.until.map((expiry) => formatConsentUntil(expiry, reader));
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{client.name}</h2>
      <p className="muted small">You&apos;re listed as {relationshipToClient(client.relationship, client.firstName)}.</p>
      <p id={`${headingId}-shares`}>{client.firstName} shares with you:</p>
      <ul aria-labelledby={`${headingId}-shares`}>
        {client.scopes.map((scope) => (
          <li key={scope}>{consentScopeWordingFor(scope, reader).label}</li>
        ))}
      </ul>
      <p className="muted">
        {until.length === 1 ? `Shared ${until[0]}.` : `Shared under more than one consent: ${until.join("; ")}.`}{" "}
        {client.firstName} can change this at any time.
      </p>
      <div className="pager">
        {sharesPages ? (
          <Link className="button" href={`/shared/${client.clientId}`}>
            See what {client.firstName} shares
          </Link>
        ) : null}
        {client.scopes.includes("family_sessions") ? (
          <Link className={sharesPages ? "button button--quiet" : "button"} href="/family-sessions">
            Family sessions
          </Link>
        ) : null}
      </div>
    </section>
  );
}

/** A family member's home: one card for each person who shares something with them now. */
export function SharedWithMe({ clients, displayName }: { clients: readonly SharedClient[]; displayName: string }) {
  return (
    <>
      <div className="page-intro">
        <p className="eyebrow">Hi, {displayName}</p>
        <h1>Shared with me</h1>
        <p className="lede">What the people in your life have chosen to share with you, so you can support them.</p>
      </div>
      {clients.length === 0 ? (
        <section className="card" aria-labelledby="nothing-shared-heading">
          <h2 id="nothing-shared-heading">Nothing is shared with you right now</h2>
          <p>
            When someone chooses to share parts of their program with you, you&apos;ll find it here. Sharing is always their
            choice, and they can change it whenever they like.
          </p>
        </section>
      ) : (
        <div className="stack">
          {clients.map((client) => (
            <ClientCard key={client.clientId} client={client} />
          ))}
        </div>
      )}
    </>
  );
}
