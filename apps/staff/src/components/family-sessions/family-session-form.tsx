"use client";

import { type FamilySessionFormat, defaultSignUpCutoffMinutes, familySessionFormatLabels, familySessionFormats } from "@stepwise/domain";
import { FieldError, FormMessage, SubmitButton, fieldAria } from "@stepwise/ui/forms";
import { useActionState, useState } from "react";
import { type ValuesFormState, shown } from "@stepwise/ui/form-state";
import { type Facilitator, SessionStaffingFields } from "~/components/sessions/session-staffing-fields";
import { TimeFields } from "~/components/common/time-fields";
import { createFamilySessionAction } from "~/app/(signed-in)/family-sessions/new/actions";

const labels = {
  programId: "Program",
  format: "Who it is for",
  clientId: "Client",
  title: "Title",
  date: "Date",
  startTime: "Starts at",
  endTime: "Ends at",
  capacity: "Seats",
  signUpCutoffHours: "Sign-ups close",
  facilitatorStaffId: "Facilitator",
  location: "Location",
  videoUrl: "Video link",
};
const initial: ValuesFormState = { status: "idle", message: null, fieldErrors: {} };

interface FamilySessionChoices {
  programs: readonly { id: string; name: string; timeZone: string }[];
  facilitators: readonly Facilitator[];
  clients: readonly { clientId: string; name: string; programId: string }[];
}

/**
 * Schedules one family session: for one client's family, or a multi-family group of the program.
 * The date and times are the chosen program's, so the earliest date is today in its time zone.
 */
export function FamilySessionForm({ choices, todayInProgram }: { choices: FamilySessionChoices; todayInProgram: Record<string, string> }) {
  const [state, formAction] = useActionState(createFamilySessionAction, initial);
  // Controlled, so the client choice shows only for one family, and survives a refusal.
  const [format, setFormat] = useState<FamilySessionFormat>("single_family");
  // Controlled, so the date's lower bound and the time-zone hint follow the chosen program.
  const [programId, setProgramId] = useState(choices.programs[0]?.id ?? "");
  const program = choices.programs.find((choice) => choice.id === programId);
  const field = (name: string, id: string, hintId?: string) => fieldAria(state, name, `${id}-error`, hintId);
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} fieldLabels={labels} />
      <div className="field">
        <label htmlFor="family-program">Program</label>
        <select
          id="family-program"
          name="programId"
          required
          value={programId}
          onChange={(event) => setProgramId(event.target.value)}
          {...field("programId", "family-program")}
        >
          {choices.programs.map((program) => (
            <option key={program.id} value={program.id}>
              {program.name}
            </option>
          ))}
        </select>
        <p className="field-hint">{program ? `Dates and times are in ${program.name}'s time zone (${program.timeZone}).` : "Dates and times are in the program's time zone."}</p>
        <FieldError id="family-program-error" state={state} name="programId" />
      </div>

      <fieldset aria-describedby={state.fieldErrors.format ? "family-format-error" : undefined}>
        <legend>Who it is for</legend>
        {familySessionFormats.map((value) => (
          <div className="choice" key={value}>
            <input
              type="radio"
              id={`family-format-${value}`}
              name="format"
              value={value}
              checked={format === value}
              onChange={() => setFormat(value)}
            />
            <label htmlFor={`family-format-${value}`}>
              {familySessionFormatLabels[value]}
              {value === "multi_family" ? <span className="muted"> (open to every family in the program)</span> : null}
            </label>
          </div>
        ))}
        <FieldError id="family-format-error" state={state} name="format" />
      </fieldset>

      {format === "single_family" ? (
        <div className="field">
          <label htmlFor="family-client">Client whose family this is for</label>
          <p className="field-hint" id="family-client-hint">
            Clients in current care, by program. Choose one in the program above.
          </p>
          <select
            id="family-client"
            name="clientId"
            required
            defaultValue={shown(state, "clientId", "")}
            {...field("clientId", "family-client", "family-client-hint")}
          >
            <option value="">Choose a client…</option>
            {choices.programs.map((program) => {
              const inProgram = choices.clients.filter((client) => client.programId === program.id);
              return inProgram.length === 0 ? null : (
                <optgroup key={program.id} label={program.name}>
                  {inProgram.map((client) => (
                    <option key={client.clientId} value={client.clientId}>
                      {client.name}
                    </option>
                  ))}
                </optgroup>
              );
            })}
          </select>
          <FieldError id="family-client-error" state={state} name="clientId" />
        </div>
      ) : null}

      <div className="field">
        <label htmlFor="family-title">Title</label>
        <input id="family-title" name="title" required maxLength={120} defaultValue={shown(state, "title", "")} {...field("title", "family-title")} />
        <FieldError id="family-title-error" state={state} name="title" />
      </div>
      <div className="field">
        <label htmlFor="family-date">Date</label>
        <input
          id="family-date"
          name="date"
          type="date"
          required
          min={todayInProgram[programId]}
          defaultValue={shown(state, "date", "")}
          {...field("date", "family-date")}
        />
        <FieldError id="family-date-error" state={state} name="date" />
      </div>
      <TimeFields idPrefix="family" state={state} />
      <div className="grid grid--two">
        <div className="field">
          <label htmlFor="family-capacity">Seats</label>
          <input
            id="family-capacity"
            name="capacity"
            type="number"
            inputMode="numeric"
            min={1}
            max={60}
            required
            defaultValue={shown(state, "capacity", "")}
            {...field("capacity", "family-capacity")}
          />
          <FieldError id="family-capacity-error" state={state} name="capacity" />
        </div>
        <div className="field">
          <label htmlFor="family-cutoff">Sign-ups close (hours before the start)</label>
          <input
            id="family-cutoff"
            name="signUpCutoffHours"
            type="number"
            inputMode="decimal"
            min={0}
            step={0.5}
            required
            defaultValue={shown(state, "signUpCutoffHours", defaultSignUpCutoffMinutes / 60)}
            {...field("signUpCutoffHours", "family-cutoff")}
          />
          <FieldError id="family-cutoff-error" state={state} name="signUpCutoffHours" />
        </div>
      </div>
      <SessionStaffingFields
        idPrefix="family"
        state={state}
        facilitators={choices.facilitators}
        saved={{ facilitatorStaffId: null, location: null, videoUrl: null }}
        noFacilitatorLabel="Choose a facilitator…"
      />
      <div>
        <SubmitButton pendingLabel="Scheduling…">Schedule the family session</SubmitButton>
      </div>
    </form>
  );
}
