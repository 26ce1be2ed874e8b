import { staffLabels } from "@stepwise/ui/labels";
import { type OutcomesSummary, figureWords, outcomeFigures } from "~/lib/outcomes";

type ProgramOutcomes = OutcomesSummary["programs"][number];

/**
 * One program's outcomes: a figure per row, an instrument per column, so a phone scrolls the few
 * instruments sideways rather than squashing the words.
 */
export function ProgramOutcomesTable({ program }: { program: ProgramOutcomes }) {
  const captionId = `outcomes-${program.programId}-caption`;
  return (
    <section className="card" aria-labelledby={`outcomes-${program.programId}-heading`}>
      <h2 id={`outcomes-${program.programId}-heading`}>{program.name}</h2>
      <p className="small muted">{staffLabels.track[program.track]} track</p>
      {program.instruments.length === 0 ? (
        <p className="muted">This program asks no measures.</p>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table>
            <caption id={captionId}>
              Outcomes by measure
              <span className="caption__hint">
                Shares are of the clients with a baseline and a follow-up in the period. A negative mean change is an improvement.
              </span>
            </caption>
            <thead>
              <tr>
                <th scope="col">Figure</th>
                {program.instruments.map((row) => (
                  <th key={row.instrument} scope="col" className="numeric">
                    {row.instrumentName}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Clients in care</th>
                {program.instruments.map((row) => (
                  <td key={row.instrument} className="numeric">
                    {row.enrollmentsInCare}
                  </td>
                ))}
              </tr>
              {outcomeFigures.map((figure) => (
                <tr key={figure.label}>
                  <th scope="row">{figure.label}</th>
                  {program.instruments.map((row) => (
                    <td key={row.instrument} className="numeric">
                      {figureWords(figure.kind, figure.value(row))}
                      {figure.label === "Check-in completion" ? (
                        <span className="small muted">
                          {" "}
                          ({row.checkIns.answered} of {row.checkIns.due})
                        </span>
                      ) : null}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
