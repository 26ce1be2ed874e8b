import { formatInstant, isoInstant } from "@stepwise/ui/format";
import Link from "next/link";
import { type AlertView, AlertDeadlineBadge, AlertStateBadge, AlertStepSummary } from "./alert-parts";

/**
 * The open alerts as cards, in the API's order (most urgent first): a list rather than a wide
 * table, so it reads the same on a phone. Each names the client (to their measures), why, when it
 * opened, by when it must be taken up, where it stands and its latest step, and opens the alert.
 */
export function AlertCards({ alerts, timeZone }: { alerts: readonly AlertView[]; timeZone: string }) {
  return (
    <ol className="alert-cards">
      {alerts.map((alert) => {
        const latest = alert.steps.at(-1);
        return (
          <li key={alert.id} className="card alert-card">
            <h2 className="alert-card__name">
              <Link href={`/clients/${alert.clientId}/measures`}>{alert.clientName}</Link>
            </h2>
            <p>{alert.reasonWords}</p>
            <p className="badges alert-badges">
              <AlertStateBadge alert={alert} />
              <AlertDeadlineBadge alert={alert} timeZone={timeZone} />
            </p>
            <dl className="alert-card__facts">
              <div>
                <dt>Opened</dt>
                <dd>
                  <time dateTime={isoInstant(alert.openedAt)}>{formatInstant(alert.openedAt, timeZone)}</time>
                </dd>
              </div>
              {latest ? (
                <div>
                  <dt>Latest step</dt>
                  <dd>
                    <AlertStepSummary step={latest} timeZone={timeZone} />
                  </dd>
                </div>
              ) : null}
            </dl>
            <p>
              <Link href={`/alerts/${alert.id}`} className="target-link">
                Open the alert<span className="visually-hidden"> about {alert.clientName}</span>
              </Link>
            </p>
          </li>
        );
      })}
    </ol>
  );
}
