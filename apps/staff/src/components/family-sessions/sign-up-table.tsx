import type { StaffOutputs } from "@stepwise/api/staff";
import { Badge } from "@stepwise/ui/components";
import { formatInstant, isoInstant } from "@stepwise/ui/format";
import { staffLabels } from "@stepwise/ui/labels";
import Link from "next/link";

type SignUp = StaffOutputs["familySessions"]["detail"]["confirmed"][number];

/**
 * Who signed up: the family member with how they are related, or the client themselves. A place
 * whose consent has ended is marked: it is given up at the next sign-up or promotion.
 */
function SignedUpBy({ signUp }: { signUp: SignUp }) {
  if (signUp.signedUpBy.kind === "client") return <>The client</>;
  return (
    <>
      {signUp.signedUpBy.name}
      <br />
      <span className="small muted">{staffLabels.familyRelationship[signUp.signedUpBy.relationship]}</span>
      {signUp.consentEnded && !signUp.cancelledAt ? (
        <>
          <br />
          <Badge tone="neutral">Consent ended</Badge>
        </>
      ) : null}
    </>
  );
}

function When({ at, timeZone }: { at: Date; timeZone: string }) {
  return <time dateTime={isoInstant(at)}>{formatInstant(at, timeZone)}</time>;
}

/**
 * One list of sign-ups, numbered in the order they are served: for the waitlist, the number is
 * the place in line.
 */
export function SignUpTable({
  id,
  caption,
  signUps,
  timeZone,
  show,
}: {
  id: string;
  caption: string;
  signUps: readonly SignUp[];
  timeZone: string;
  show: "promoted" | "cancelled" | "none";
}) {
  const captionId = `${id}-caption`;
  return (
    <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              No.
            </th>
            <th scope="col">Signed up by</th>
            <th scope="col">For the family of</th>
            <th scope="col">Signed up</th>
            {show === "promoted" ? <th scope="col">From the waitlist</th> : null}
            {show === "cancelled" ? <th scope="col">Cancelled</th> : null}
          </tr>
        </thead>
        <tbody>
          {signUps.map((signUp, index) => (
            <tr key={signUp.id}>
              <td className="numeric">{index + 1}</td>
              <th scope="row">
                <SignedUpBy signUp={signUp} />
              </th>
              <td>
                <Link href={`/clients/${signUp.client.id}`}>{signUp.client.name}</Link>
              </td>
              <td>
                <When at={signUp.signedUpAt} timeZone={timeZone} />
              </td>
              {show === "promoted" ? <td>{signUp.promotedAt ? <When at={signUp.promotedAt} timeZone={timeZone} /> : <span className="muted">No</span>}</td> : null}
              {show === "cancelled" ? <td>{signUp.cancelledAt ? <When at={signUp.cancelledAt} timeZone={timeZone} /> : null}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
