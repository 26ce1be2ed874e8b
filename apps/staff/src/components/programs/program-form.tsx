"use client";

import { careLevelDefinitions, careLevels, programTracks, sessionKinds } from "@stepwise/domain";
import { fieldAria, FieldError, FormMessage, SubmitButton } from "@stepwise/ui/forms";
import { staffLabels } from "@stepwise/ui/labels";
import { useActionState } from "react";
import { type ValuesFormState, shown, ticked } from "@stepwise/ui/form-state";

export interface ProgramFormValues {
  id: string;
  name: string;
  slug: string;
  level: string;
  track: string;
  timeZone: string;
  weeklyMinutes: { min: number; max: number };
  expectedLengthWeeks: number;
  sessionKinds: readonly string[];
  active: boolean;
}

const labels = {
  name: "Name",
  slug: "Slug",
  level: "Level of care",
  track: "Track",
  timeZone: "Time zone",
  weeklyMinutes: "Weekly band",
  expectedLengthWeeks: "Expected length",
  sessionKinds: "Session kinds offered",
};

const initial: ValuesFormState = { status: "idle", message: null, fieldErrors: {} };

/** Create or edit a program's settings; the band is checked against the level's rules by the API. */
export function ProgramForm({
  action,
  program,
  timeZones,
}: {
  action: (state: ValuesFormState, form: FormData) => Promise<ValuesFormState>;
  program: ProgramFormValues | null;
  timeZones: readonly string[];
}) {
  const [state, formAction] = useActionState(action, initial);
  const hours = (minutes: number | undefined) => (minutes === undefined ? "" : String(Math.round((minutes / 60) * 100) / 100));
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} fieldLabels={labels} />
      {program ? <input type="hidden" name="programId" value={program.id} /> : null}
      <div className="field">
        <label htmlFor="program-name">Name</label>
        <input id="program-name" name="name" required defaultValue={shown(state, "name", program?.name)} {...fieldAria(state, "name", "program-name-error")} />
        <FieldError id="program-name-error" state={state} name="name" />
      </div>
      <div className="field">
        <label htmlFor="program-slug">Slug</label>
        <p className="field-hint" id="program-slug-hint">
          Lowercase words joined by hyphens; made from the name when left empty.
        </p>
        <input
          id="program-slug"
          name="slug"
          aria-describedby="program-slug-hint"
          defaultValue={shown(state, "slug", program?.slug)}
          {...fieldAria(state, "slug", "program-slug-error")}
        />
        <FieldError id="program-slug-error" state={state} name="slug" />
      </div>
      <div className="field">
        <label htmlFor="program-level">Level of care</label>
        <select id="program-level" name="level" defaultValue={shown(state, "level", program?.level ?? "iop")} {...fieldAria(state, "level", "program-level-error")}>
          {careLevels.map((level) => (
            <option key={level} value={level}>
              {careLevelDefinitions[level].label}
            </option>
          ))}
        </select>
        <FieldError id="program-level-error" state={state} name="level" />
      </div>
      <div className="field">
        <label htmlFor="program-track">Track</label>
        <select id="program-track" name="track" defaultValue={shown(state, "track", program?.track ?? "general_mental_health")}>
          {programTracks.map((track) => (
            <option key={track} value={track}>
              {staffLabels.track[track]}
            </option>
          ))}
        </select>
        <FieldError id="program-track-error" state={state} name="track" />
      </div>
      <div className="field">
        <label htmlFor="program-zone">Time zone</label>
        <p className="field-hint" id="program-zone-hint">
          Session times are wall-clock times here; weeks run Monday to Sunday in this zone.
        </p>
        <input
          id="program-zone"
          name="timeZone"
          list="program-zones"
          aria-describedby="program-zone-hint"
          defaultValue={shown(state, "timeZone", program?.timeZone ?? "America/New_York")}
          {...fieldAria(state, "timeZone", "program-zone-error")}
        />
        <datalist id="program-zones">
          {timeZones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <FieldError id="program-zone-error" state={state} name="timeZone" />
      </div>
      <fieldset className="field" {...fieldAria(state, "weeklyMinutes", "program-band-error")}>
        <legend>Weekly band (hours)</legend>
        <p className="field-hint">Within the level&apos;s bounds and never under its floor (IOP 9 hours, PHP 20 hours).</p>
        <div className="grid grid--two">
          <div className="field">
            <label htmlFor="program-band-min">At least</label>
            <input
              id="program-band-min"
              name="weeklyMinHours"
              type="number"
              inputMode="decimal"
              min={0}
              step={0.25}
              defaultValue={shown(state, "weeklyMinHours", hours(program?.weeklyMinutes.min))}
            />
          </div>
          <div className="field">
            <label htmlFor="program-band-max">At most</label>
            <input
              id="program-band-max"
              name="weeklyMaxHours"
              type="number"
              inputMode="decimal"
              min={0}
              step={0.25}
              defaultValue={shown(state, "weeklyMaxHours", hours(program?.weeklyMinutes.max))}
            />
          </div>
        </div>
        <FieldError id="program-band-error" state={state} name="weeklyMinutes" />
      </fieldset>
      <div className="field">
        <label htmlFor="program-length">Expected length (weeks)</label>
        <input
          id="program-length"
          name="expectedLengthWeeks"
          type="number"
          inputMode="numeric"
          min={1}
          max={104}
          defaultValue={shown(state, "expectedLengthWeeks", program?.expectedLengthWeeks ?? 8)}
          {...fieldAria(state, "expectedLengthWeeks", "program-length-error")}
        />
        <FieldError id="program-length-error" state={state} name="expectedLengthWeeks" />
      </div>
      <fieldset className="field" {...fieldAria(state, "sessionKinds", "program-kinds-error")}>
        <legend>Session kinds offered</legend>
        {sessionKinds.map((kind) => (
          <label key={kind} className="choice">
            <input type="checkbox" name="sessionKinds" value={kind} defaultChecked={ticked(state, "sessionKinds", kind, program?.sessionKinds ?? [])} />
            {staffLabels.sessionKind[kind]}
          </label>
        ))}
        <FieldError id="program-kinds-error" state={state} name="sessionKinds" />
      </fieldset>
      {program ? (
        <label className="choice">
          <input type="checkbox" name="active" defaultChecked={state.values ? (state.values.active ?? []).includes("on") : program.active} />
          Active (open to new enrollments)
        </label>
      ) : null}
      <div>
        <SubmitButton pendingLabel="Saving…">{program ? "Save settings" : "Create program"}</SubmitButton>
      </div>
    </form>
  );
}
