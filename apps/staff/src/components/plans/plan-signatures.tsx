import { formatInstant } from "@stepwise/ui/format";
import type { PlanSignatures } from "./plan-types";

/**
 * Both signatures of a version. A client who signed while disagreeing is shown first and plainly,
 * with what they said: the care team must read it before anything else on the plan.
 */
export function PlanSignaturesView({ signatures, timeZone, headingLevel = 3 }: { signatures: PlanSignatures; timeZone: string; headingLevel?: 2 | 3 | 4 }) {
  const { client, staff } = signatures;
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="stack plan-signatures">
      {client && client.agrees === false ? (
        <div className="alert" role="note">
          <p>
            <strong>The client signed but doesn&apos;t agree with this plan.</strong>
          </p>
          {client.comment ? <p className="plan-words">“{client.comment}”</p> : null}
        </div>
      ) : null}
      <Heading className="plan-subheading">Signatures</Heading>
      <dl className="facts">
        <dt>Client</dt>
        <dd>
          {client ? (
            <>
              Signed as “{client.signedName ?? client.signedBy}” on {formatInstant(client.signedAt, timeZone)} ·{" "}
              {client.agrees === false ? "disagrees" : "agrees"}
              {client.agrees !== false && client.comment ? (
                <>
                  <br />
                  Comment: <span className="plan-words">“{client.comment}”</span>
                </>
              ) : null}
            </>
          ) : (
            "Not signed yet"
          )}
        </dd>
        <dt>Care team</dt>
        <dd>{staff ? `Signed by ${staff.signedBy} on ${formatInstant(staff.signedAt, timeZone)}` : "Not signed yet"}</dd>
      </dl>
    </div>
  );
}
