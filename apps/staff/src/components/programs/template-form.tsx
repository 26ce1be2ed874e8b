"use client";

import { fieldAria, FieldError, FormMessage, SubmitButton } from "@stepwise/ui/forms";
import { staffLabels } from "@stepwise/ui/labels";
import { useActionState } from "react";
import { createTemplateAction } from "~/app/(signed-in)/programs/actions";
import { type ValuesFormState, shown } from "@stepwise/ui/form-state";
import { type Facilitator, SessionStaffingFields } from "~/components/sessions/session-staffing-fields";
import { TimeFields } from "~/components/common/time-fields";
import { WeekdayChoices } from "./weekday-choices";

const labels = {
  scheduleOptionId: "Schedule option",
  kind: "Kind",
  title: "Title",
  weekdays: "Days of the week",
  startTime: "Starts at",
  endTime: "Ends at",
  facilitatorStaffId: "Facilitator",
  location: "Location",
  videoUrl: "Video link",
  capacity: "Capacity",
  startsOn: "First date",
};
const initial: ValuesFormState = { status: "idle", message: null, fieldErrors: {} };

/** Add a weekly session template; its sessions for the next eight weeks are dated at once. */
export function TemplateForm({
  programId,
  options,
  kinds,
  facilitators,
  today,
}: {
  programId: string;
  options: readonly { id: string; name: string; startTime: string; endTime: string }[];
  kinds: readonly (keyof typeof staffLabels.sessionKind)[];
  facilitators: readonly Facilitator[];
  today: string;
}) {
  const [state, formAction] = useActionState(createTemplateAction, initial);
  const field = (name: string, id: string) => fieldAria(state, name, `${id}-error`);
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} fieldLabels={labels} />
      <input type="hidden" name="programId" value={programId} />
      <div className="field">
        <label htmlFor="template-option">Schedule option</label>
        <select id="template-option" name="scheduleOptionId" defaultValue={shown(state, "scheduleOptionId", options[0]?.id)} {...field("scheduleOptionId", "template-option")}>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name} ({option.startTime}–{option.endTime})
            </option>
          ))}
        </select>
        <FieldError id="template-option-error" state={state} name="scheduleOptionId" />
      </div>
      <div className="field">
        <label htmlFor="template-kind">Kind</label>
        <select id="template-kind" name="kind" defaultValue={shown(state, "kind", kinds[0])} {...field("kind", "template-kind")}>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {staffLabels.sessionKind[kind]}
            </option>
          ))}
        </select>
        <FieldError id="template-kind-error" state={state} name="kind" />
      </div>
      <div className="field">
        <label htmlFor="template-title">Title</label>
        <input id="template-title" name="title" required defaultValue={shown(state, "title", "")} {...field("title", "template-title")} />
        <FieldError id="template-title-error" state={state} name="title" />
      </div>
      <WeekdayChoices idPrefix="template" state={state} saved={[]} />
      <TimeFields idPrefix="template" state={state} />
      <SessionStaffingFields
        idPrefix="template"
        state={state}
        facilitators={facilitators}
        saved={{ facilitatorStaffId: null, location: null, videoUrl: null }}
        noFacilitatorLabel="No one yet"
      />
      <div className="grid grid--two">
        <div className="field">
          <label htmlFor="template-capacity">Capacity (optional)</label>
          <input id="template-capacity" name="capacity" type="number" inputMode="numeric" min={1} defaultValue={shown(state, "capacity", "")} {...field("capacity", "template-capacity")} />
          <FieldError id="template-capacity-error" state={state} name="capacity" />
        </div>
        <div className="field">
          <label htmlFor="template-starts">First date</label>
          <input id="template-starts" name="startsOn" type="date" required defaultValue={shown(state, "startsOn", today)} {...field("startsOn", "template-starts")} />
          <FieldError id="template-starts-error" state={state} name="startsOn" />
        </div>
      </div>
      <div>
        <SubmitButton pendingLabel="Adding…">Add session template</SubmitButton>
      </div>
    </form>
  );
}
