import { Badge } from "@stepwise/ui/components";
import { CancelForm } from "./cancel-form";
import { SessionWhenAndWhere } from "./session-facts";
import type { MySignUp } from "./types";

function StatusBadge({ signUp }: { signUp: MySignUp }) {
  if (signUp.status === "confirmed") return <Badge tone="ok">You&apos;re signed up</Badge>;
  return <Badge tone="info">You&apos;re number {signUp.waitlistPosition} on the waitlist</Badge>;
}

/** The caller's seats and waitlist places, each with a way to cancel while it can be done here. */
export function MySignUps({ signUps, sayWhoseFamily }: { signUps: readonly MySignUp[]; sayWhoseFamily: boolean }) {
  if (signUps.length === 0) return <p className="muted">You haven&apos;t signed up for a family session yet.</p>;
  return (
    <ul className="sessions" aria-labelledby="my-sign-ups-heading">
      {signUps.map((signUp) => (
        <li key={signUp.signUpId} className={signUp.sessionCancelled ? "session session--cancelled" : "session"}>
          <div className="session__head">
            <h3 className="session__title">{signUp.title}</h3>
            <StatusBadge signUp={signUp} />
          </div>
          <SessionWhenAndWhere session={signUp} />
          {sayWhoseFamily ? <p className="session__meta">With {signUp.forClient.name}&apos;s family</p> : null}
          {signUp.sessionCancelled ? (
            <p className="notice">This session was cancelled. There&apos;s nothing you need to do; the care team will be in touch about another time.</p>
          ) : null}
          {signUp.videoUrl ? (
            <p>
              <a href={signUp.videoUrl} target="_blank" rel="noopener noreferrer">
                Join by video<span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            </p>
          ) : null}
          {signUp.status === "waitlisted" && !signUp.sessionCancelled ? (
            <p className="session__meta small">
              If a seat opens up, it&apos;s yours automatically: you&apos;ll see it here (and we&apos;ll send an email).
            </p>
          ) : null}
          {signUp.sessionCancelled ? null : signUp.cancelClosedReason ? (
            <p className="session__meta small">{signUp.cancelClosedReason}</p>
          ) : (
            <CancelForm signUpId={signUp.signUpId} title={signUp.title} waitlisted={signUp.status === "waitlisted"} />
          )}
        </li>
      ))}
    </ul>
  );
}
