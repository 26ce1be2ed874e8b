import { planVersionReasonLabels } from "@stepwise/domain";
import { formatInstant } from "@stepwise/ui/format";
import { PlanContentView } from "./plan-content-view";
import { PlanSignaturesView } from "./plan-signatures";
import type { EarlierPlanVersion } from "./plan-types";

/** The versions before the current one, newest first, each folded with what changed: read only. */
export function PlanHistory({
  history,
  timeZone,
  responsibleName,
}: {
  history: readonly EarlierPlanVersion[];
  timeZone: string;
  responsibleName: (staffMemberId: string) => string | null;
}) {
  return (
    <section className="card plan-section" aria-labelledby="plan-history-heading">
      <h2 id="plan-history-heading">Earlier versions ({history.length})</h2>
      {history.length === 0 ? (
        <p className="muted">This is the first version of the plan.</p>
      ) : (
        <div className="stack">
          {history.map((version) => (
            <details key={version.id} className="action-panel plan-version">
              <summary>
                Version {version.version}: {planVersionReasonLabels[version.reason]}, {formatInstant(version.writtenAt, timeZone)}
              </summary>
              <div className="stack">
                <dl className="facts">
                  <dt>Written by</dt>
                  <dd>{version.writtenBy}</dd>
                  <dt>What changed</dt>
                  <dd className="plan-words">{version.changeSummary ?? (version.reason === "initial" ? "The first plan." : "Not said.")}</dd>
                </dl>
                <PlanSignaturesView signatures={version.signatures} timeZone={timeZone} headingLevel={3} />
                <PlanContentView
                  content={version.content}
                  objectives={version.content.objectives}
                  responsibleName={responsibleName}
                  idPrefix={`plan-v${version.version}`}
                  headingLevel={3}
                />
              </div>
            </details>
          ))}
        </div>
      )}
    </section>
  );
}
