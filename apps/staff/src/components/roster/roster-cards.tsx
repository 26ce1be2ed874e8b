import { FlagList } from "~/components/common/flag-list";
import { type ClientLink, ClientName, NextReview, Scores } from "./roster-parts";
import type { RosterRow } from "./roster-row";
import { LastWeek, ThisWeek } from "./roster-week";

/**
 * The board on a phone: one card per client, in the API's order (most urgent first), the
 * client's flags first under their name, then this week, last week and the next review.
 */
export function RosterCards({ rows, clientLink, caption }: { rows: readonly RosterRow[]; clientLink: ClientLink; caption: string }) {
  return (
    <section className="roster-narrow" aria-labelledby="roster-cards-heading">
      <h2 id="roster-cards-heading" className="roster-cards__caption">
        {caption}
        <span className="caption__hint">Most urgent first: clients with flags at the top.</span>
      </h2>
      <ul className="roster-cards">
        {rows.map((row) => (
          <li key={row.clientId} className="roster-card card">
            <h3 className="roster-card__name">
              <ClientName row={row} clientLink={clientLink} />
            </h3>
            <FlagList flags={row.flags} reviewOverdue={row.reviewOverdue} />
            <dl className="roster-card__facts">
              <div>
                <dt>Program</dt>
                <dd>
                  {row.program.name} · {row.level.shortLabel}
                </dd>
              </div>
              <div>
                <dt>This week</dt>
                <dd>
                  <ThisWeek row={row} />
                </dd>
              </div>
              <div>
                <dt>Last week</dt>
                <dd>
                  <LastWeek row={row} />
                </dd>
              </div>
              {row.scores.length > 0 ? (
                <div>
                  <dt>PHQ-9 · GAD-7</dt>
                  <dd>
                    <Scores row={row} />
                  </dd>
                </div>
              ) : null}
              <div>
                <dt>Next review</dt>
                <dd>
                  <NextReview row={row} />
                </dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
