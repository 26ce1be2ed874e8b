import { FlagList } from "~/components/common/flag-list";
import type { ClientDetail } from "~/components/enrollment/types";

/**
 * The first card of a client's record: what needs doing, each flag with the domain's sentence, and
 * a way straight to the actions that clear them, so a phone shows it before weeks of sessions.
 */
export function ClientFlagsCard({ detail, hasActions }: { detail: ClientDetail; hasActions: boolean }) {
  const { compliance } = detail;
  const flagged = compliance !== null && (compliance.flags.length > 0 || compliance.reviewOverdue);
  return (
    <section className="card" aria-labelledby="flags-heading">
      <h2 id="flags-heading">Flags</h2>
      {compliance ? (
        <FlagList flags={compliance.flags} reviewOverdue={compliance.reviewOverdue} detailed />
      ) : (
        <p className="muted">Flags apply while a client is in care.</p>
      )}
      {flagged && hasActions ? (
        <p>
          <a href="#actions-heading" className="target-link">
            Go to enrollment actions
          </a>
        </p>
      ) : null}
    </section>
  );
}
