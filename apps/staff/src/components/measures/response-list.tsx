import { Badge } from "@stepwise/ui/components";
import { formatCalendarDate, formatInstant, isoInstant } from "@stepwise/ui/format";
import { occasionWords } from "./check-in-words";
import type { StaffResponse } from "./measure-types";

/**
 * Every current response, newest first, each folded under its summary (instrument, day, total,
 * band): opened, every question with the answer given and its score, who entered it from paper,
 * and what it corrects.
 */
export function ResponseList({ responses, timeZone }: { responses: readonly StaffResponse[]; timeZone: string }) {
  const newestFirst = [...responses].sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime());
  return (
    <ul className="response-list">
      {newestFirst.map((response) => (
        <li key={response.id}>
          <details className="action-panel response">
            <summary>
              <span>
                {response.instrumentName} · {formatCalendarDate(response.dueOn, "medium")} · {response.total}, {response.band.staffLabel}
                {response.safetyFlags.length > 0 ? (
                  <>
                    {" "}
                    <Badge tone="alert">Safety answer</Badge>
                  </>
                ) : null}
                {response.enteredBy ? (
                  <>
                    {" "}
                    <Badge tone="neutral">Paper</Badge>
                  </>
                ) : null}
                {response.correction ? (
                  <>
                    {" "}
                    <Badge tone="info">Corrected</Badge>
                  </>
                ) : null}
              </span>
            </summary>
            <dl className="facts">
              <dt>Check-in</dt>
              <dd>
                {occasionWords[response.occasion]}, due {formatCalendarDate(response.dueOn, "medium")}
              </dd>
              <dt>Answered</dt>
              <dd>
                <time dateTime={isoInstant(response.submittedAt)}>{formatInstant(response.submittedAt, timeZone)}</time>
                {response.enteredBy ? ` · entered from paper by ${response.enteredBy}` : " · by the client, in the portal"}
              </dd>
              <dt>Clinical cut-off</dt>
              <dd>{response.caseness ? "At or above it" : "Below it"}</dd>
              {response.correction ? (
                <>
                  <dt>Correction</dt>
                  <dd>Corrects an earlier entry{response.correction.reason ? `: ${response.correction.reason}` : ""}</dd>
                </>
              ) : null}
            </dl>
            <div className="table-wrap" role="region" aria-labelledby={`response-${response.id}-caption`} tabIndex={0}>
              <table>
                <caption id={`response-${response.id}-caption`}>
                  Answers
                  <span className="caption__hint">
                    {response.instrumentName}, {formatCalendarDate(response.dueOn, "medium")}
                  </span>
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Question</th>
                    <th scope="col">Answer</th>
                    <th scope="col" className="numeric">
                      Score
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {response.answers.map((answer) => (
                    <tr key={answer.itemId} className={response.safetyFlags.includes(answer.itemId) ? "is-safety-answer" : undefined}>
                      <th scope="row">
                        {answer.number}. {answer.text}
                        {response.safetyFlags.includes(answer.itemId) ? (
                          <>
                            {" "}
                            <Badge tone="alert">Safety</Badge>
                          </>
                        ) : null}
                      </th>
                      <td>{answer.label ?? "Not answered"}</td>
                      <td className="numeric">{answer.score ?? "–"}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={2}>
                      Total ({response.band.staffLabel})
                    </th>
                    <td className="numeric">{response.total}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}
