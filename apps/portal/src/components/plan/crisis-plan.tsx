import { crisisPlanHeadings } from "@stepwise/domain";
import type { ContinuingCare } from "./types";

type CrisisPlanData = NonNullable<ContinuingCare["plan"]>["crisisPlan"];

function Contacts({ id, title, people }: { id: string; title: string; people: CrisisPlanData["peopleToContact"] }) {
  if (people.length === 0) return null;
  return (
    <>
      <h4 id={id}>{title}</h4>
      <ul aria-labelledby={id}>
        {people.map((person) => (
          <li key={`${person.name}-${person.phone}`}>
            {person.name}: <a href={`tel:${person.phone.replace(/[^0-9+]/g, "")}`}>{person.phone}</a>
          </li>
        ))}
      </ul>
    </>
  );
}

function Items({ id, title, items }: { id: string; title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h4 id={id}>{title}</h4>
      <ul aria-labelledby={id}>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}

/** The safety plan the client wrote with their clinician, in their own words, with tappable numbers. */
export function CrisisPlan({ plan }: { plan: CrisisPlanData }) {
  return (
    <div>
      <h3 id="crisis-plan-heading">Your crisis plan</h3>
      <p className="muted">The plan you made with your care team, for the moments that get hard.</p>
      <Items id="crisis-warning-signs" title={crisisPlanHeadings.warningSigns} items={plan.warningSigns} />
      <Items id="crisis-coping" title={crisisPlanHeadings.copingStrategies} items={plan.copingStrategies} />
      <Contacts id="crisis-people" title={crisisPlanHeadings.peopleToContact} people={plan.peopleToContact} />
      <Contacts id="crisis-professionals" title={crisisPlanHeadings.professionalsToContact} people={plan.professionalsToContact} />
      <Items id="crisis-safe" title={crisisPlanHeadings.makingTheEnvironmentSafe} items={plan.makingTheEnvironmentSafe} />
      <p>
        If you are in danger or can&apos;t stay safe, call or text <a href="tel:988">988</a> or call <a href="tel:911">911</a>{" "}
        right away.
      </p>
    </div>
  );
}
