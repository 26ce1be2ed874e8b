import type { StaffOutputs } from "@stepwise/api/staff";

type Program = StaffOutputs["programs"]["list"][number];

/**
 * The period and program the outcomes cover: a plain GET form, so the choice is in the address
 * and the page (and its download) can be reloaded or shared as it is.
 */
export function OutcomesPeriodForm({
  period,
  programId,
  programs,
  error,
}: {
  period: { from: string; to: string };
  programId: string | undefined;
  programs: readonly Program[];
  error: string | null;
}) {
  return (
    <form method="get" action="/outcomes" className="filters outcomes-filters" aria-labelledby="outcomes-period-heading">
      <h2 id="outcomes-period-heading" className="visually-hidden">
        Period and program
      </h2>
      {error ? (
        <p className="alert" role="alert">
          {error} The last 90 days are shown instead.
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="outcomes-from">From</label>
        <input id="outcomes-from" name="from" type="date" defaultValue={period.from} />
      </div>
      <div className="field">
        <label htmlFor="outcomes-to">To</label>
        <input id="outcomes-to" name="to" type="date" defaultValue={period.to} />
      </div>
      <div className="field">
        <label htmlFor="outcomes-program">Program</label>
        <select id="outcomes-program" name="programId" defaultValue={programId ?? ""}>
          <option value="">All programs</option>
          {programs.map((program) => (
            <option key={program.id} value={program.id}>
              {program.name}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__actions">
        <button type="submit" className="button">
          Show outcomes
        </button>
      </div>
    </form>
  );
}
