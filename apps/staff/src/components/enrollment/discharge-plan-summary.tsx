import type { DischargePlan } from "@stepwise/domain";
import { formatCalendarDate } from "@stepwise/ui/format";
import { careDestinationLabels, followUpFrequencyLabels } from "./destination-labels";

function List({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <dt>{title}</dt>
      <dd>
        <ul>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </dd>
    </>
  );
}

/** The continuing-care plan as recorded at discharge. */
export function DischargePlanSummary({ plan }: { plan: DischargePlan }) {
  const provider = plan.nextProvider;
  return (
    <details>
      <summary>Continuing-care plan</summary>
      <dl className="facts">
        <dt>Care continues with</dt>
        <dd>{careDestinationLabels[plan.nextLevel]}</dd>
        {provider ? (
          <>
            <dt>Next provider</dt>
            <dd>
              {provider.name}
              {provider.phone ? `, ${provider.phone}` : ""} · {followUpFrequencyLabels[provider.frequency]}
              {provider.firstAppointmentOn ? ` · first appointment ${formatCalendarDate(provider.firstAppointmentOn, "medium")}` : ""}
            </dd>
          </>
        ) : null}
        <dt>Alumni group</dt>
        <dd>{plan.joinsAlumniGroup ? "Joins" : "Does not join"}</dd>
        <List title="Warning signs" items={plan.crisisPlan.warningSigns} />
        <List title="Coping strategies" items={plan.crisisPlan.copingStrategies} />
        <List title="People to contact" items={plan.crisisPlan.peopleToContact.map((c) => `${c.name}, ${c.phone}`)} />
        <List title="Professionals to contact" items={plan.crisisPlan.professionalsToContact.map((c) => `${c.name}, ${c.phone}`)} />
        <List title="Making the environment safe" items={plan.crisisPlan.makingTheEnvironmentSafe} />
      </dl>
    </details>
  );
}
