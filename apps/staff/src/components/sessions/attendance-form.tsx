"use client";

import type { StaffOutputs } from "@stepwise/api/staff";
import { attendanceNoteMaxLength, attendanceStatuses } from "@stepwise/domain";
import { FieldError, FormMessage, SubmitButton } from "@stepwise/ui/forms";
import { staffLabels } from "@stepwise/ui/labels";
import { useActionState } from "react";
import type { AttendanceFormState } from "./attendance-form-state";
import { AttendanceHistory } from "./attendance-history";

type RosterEntry = StaffOutputs["attendance"]["roster"]["roster"][number];

const initialState: AttendanceFormState = { status: "idle", message: null, fieldErrors: {} };

/**
 * The session's roster as one form: per client a status, the minutes attended and a note. What
 * is already recorded is filled in, so saving again changes only what was edited; each client's
 * record carries the revision shown, so a colleague's later correction is never overwritten.
 */
export function AttendanceForm({
  action: saveAttendance,
  sessionId,
  sessionMinutes,
  timeZone,
  entries,
}: {
  action: (previous: AttendanceFormState, form: FormData) => Promise<AttendanceFormState>;
  sessionId: string;
  sessionMinutes: number;
  timeZone: string;
  entries: readonly RosterEntry[];
}) {
  const [state, action] = useActionState(saveAttendance, initialState);
  const typed = (name: string, fallback: string) => state.values?.[name] ?? fallback;

  return (
    <form action={action} className="form" aria-labelledby="attendance-heading" noValidate>
      <h2 id="attendance-heading">Attendance</h2>
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="sessionMinutes" value={sessionMinutes} />
      <input type="hidden" name="entryCount" value={entries.length} />
      <p className="field-hint">
        Choose a status for each client. Minutes can stay empty for present (the whole session, {sessionMinutes} minutes);
        late and left early need them. A change to a saved record is kept as a correction, with the earlier version in
        its history.
      </p>
      <ul className="attendance-list">
        {entries.map((entry, i) => {
          const name = (field: string) => `entries.${i}.${field}`;
          const id = (field: string) => `attendance-${entry.clientId}-${field}`;
          const minutesErrorId = id("minutes-error");
          const minutesInvalid = (state.fieldErrors[name("minutes")]?.length ?? 0) > 0;
          const checked = typed(name("status"), entry.record?.status ?? "");
          return (
            <li key={entry.clientId} className="attendance-entry">
              <fieldset className="field attendance-entry__fieldset">
                <legend>{entry.name}</legend>
                <input type="hidden" name={name("clientId")} value={entry.clientId} />
                <input type="hidden" name={name("expectedRevision")} value={entry.record?.revision ?? 0} />
                <p className="small muted">
                  {entry.record
                    ? `Recorded: ${staffLabels.attendance[entry.record.status]}, ${entry.record.minutesAttended} min${entry.record.revision > 1 ? ` (corrected ${entry.record.revision - 1}×)` : ""}`
                    : "No record yet"}
                </p>
                <div className="attendance-entry__statuses">
                  {attendanceStatuses.map((status) => (
                    <label key={status} className="choice">
                      <input type="radio" name={name("status")} value={status} defaultChecked={checked === status} />
                      {staffLabels.attendance[status]}
                    </label>
                  ))}
                </div>
                <div className="attendance-entry__details">
                  <div className="field">
                    <label htmlFor={id("minutes")}>Minutes attended</label>
                    <input
                      id={id("minutes")}
                      name={name("minutes")}
                      type="number"
                      inputMode="numeric"
                      min={0}
                      max={sessionMinutes}
                      step={1}
                      defaultValue={typed(name("minutes"), entry.record ? String(entry.record.minutesAttended) : "")}
                      aria-describedby={`${id("minutes-hint")}${minutesInvalid ? ` ${minutesErrorId}` : ""}`}
                      aria-invalid={minutesInvalid || undefined}
                    />
                    <p id={id("minutes-hint")} className="field-hint">
                      Session: {sessionMinutes} min
                    </p>
                    <FieldError id={minutesErrorId} state={state} name={name("minutes")} />
                  </div>
                  <div className="field">
                    <label htmlFor={id("note")}>Note</label>
                    <input
                      id={id("note")}
                      name={name("note")}
                      type="text"
                      maxLength={attendanceNoteMaxLength}
                      defaultValue={typed(name("note"), entry.record?.note ?? "")}
                      aria-describedby={id("note-hint")}
                    />
                    <p id={id("note-hint")} className="field-hint">
                      For a correction: what changed and why.
                    </p>
                  </div>
                </div>
              </fieldset>
              <AttendanceHistory name={entry.name} revisions={entry.revisions} timeZone={timeZone} />
            </li>
          );
        })}
      </ul>
      <FormMessage state={state} />
      <div>
        <SubmitButton pendingLabel="Saving…">Save attendance</SubmitButton>
      </div>
    </form>
  );
}
