import Link from "next/link";
import { AlertDeadlineBadge, AlertStateBadge, type AlertView } from "./alert-parts";

/**
 * A client's safety alerts still open, each with why it opened, where it stands and the way to it:
 * at the top of their record and of their measures page. Nothing when none is open.
 */
export function ClientAlertsNotice({ alerts, timeZone }: { alerts: readonly AlertView[]; timeZone: string }) {
  if (alerts.length === 0) return null;
  return (
    <section className="open-alerts-notice" aria-labelledby="client-alerts-heading">
      <h2 id="client-alerts-heading" className="open-alerts-notice__heading">
        {alerts.length === 1 ? "Open safety alert" : `${alerts.length} open safety alerts`}
      </h2>
      <ul className="open-alerts-notice__list">
        {alerts.map((alert) => (
          <li key={alert.id}>
            <p>{alert.reasonWords}</p>
            <p className="badges alert-badges">
              <AlertStateBadge alert={alert} />
              <AlertDeadlineBadge alert={alert} timeZone={timeZone} />
            </p>
            <Link href={`/alerts/${alert.id}`}>Open the alert</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
