import { formatCalendarDate } from "@stepwise/ui/format";
import { CrisisPlan } from "./crisis-plan";
import type { ContinuingCare as ContinuingCareData } from "./types";

/** After discharge: where care continues, the alumni community and the client's crisis plan. */
export function ContinuingCare({ care }: { care: ContinuingCareData }) {
  const { plan } = care;
  return (
    <section className="card" aria-labelledby="continuing-heading">
      <h2 id="continuing-heading">Your next steps</h2>
      <p>{care.ended}</p>
      {plan ? (
        <>
          <dl className="facts">
            <dt>Where your care continues</dt>
            <dd>{plan.nextLevel}</dd>
            {plan.nextProvider ? (
              <>
                <dt>Your next provider</dt>
                <dd>
                  {plan.nextProvider.sentence}
                  {plan.nextProvider.phone ? (
                    <>
                      <br />
                      Phone:{" "}
                      <a href={`tel:${plan.nextProvider.phone.replace(/[^0-9+]/g, "")}`}>{plan.nextProvider.phone}</a>
                    </>
                  ) : null}
                </dd>
                {plan.nextProvider.firstAppointmentOn ? (
                  <>
                    <dt>First appointment</dt>
                    <dd>{formatCalendarDate(plan.nextProvider.firstAppointmentOn)}</dd>
                  </>
                ) : null}
              </>
            ) : null}
            <dt>Alumni community</dt>
            <dd>{care.alumni}</dd>
          </dl>
          <CrisisPlan plan={plan.crisisPlan} />
        </>
      ) : (
        <p>{care.alumni}</p>
      )}
    </section>
  );
}
