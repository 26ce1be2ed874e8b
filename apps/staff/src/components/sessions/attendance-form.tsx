"use client";

import type { StaffOutputs } from "@stepwise/api/staff";
import { attendanceNoteMaxLength } from "@stepwise/domain";
import { FieldError, FormMessage, SubmitButton, useFocusAnswer } from "@stepwise/ui/forms";
import { staffLabels } from "@stepwise/ui/labels";
import { useActionState, useEffect, useRef } from "react";
import type { AttendanceFormState } from "./attendance-form-state";
import { AttendanceHistory } from "./attendance-history";
import { AttendanceStatusSegments } from "./attendance-status-segments";

/**
 * A link in the error summary takes focus to its field, not only the scroll: a fragment link
 * alone leaves focus on the link, and the person would have to find the field again.
 */
function focusLinkedField(event: MouseEvent) {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('[role="alert"] a[href^="#"]') : null;
  const field = link ? document.getElementById(link.hash.slice(1)) : null;
  if (!field) return;
  event.preventDefault();
  field.focus();
}

type RosterEntry = StaffOutputs["attendance"]["roster"]["roster"][number];

const initialState: AttendanceFormState = { status: "idle", message: null, fieldErrors: {} };

const entryField = (index: number, field: string) => `entries.${index}.${field}`;
const entryId = (entry: RosterEntry, field: string) => `attendance-${entry.clientId}-${field}`;

/** What a saved record says in the row, so the status chosen can be compared with what is kept. */
function recordedLine(entry: RosterEntry): string {
  if (!entry.record) return "No record yet";
  const corrections = entry.record.revision - 1;
  return `Recorded: ${staffLabels.attendance[entry.record.status]}, ${entry.record.minutesAttended} min${corrections > 0 ? ` (corrected ${corrections}×)` : ""}`;
}

/**
 * The session's roster as one form, one row per client: a status, the minutes attended and a note.
 * What is already recorded is filled in, so saving again changes only what was edited; each
 * client's record carries the revision shown, so a colleague's later correction is never
 * overwritten. The answer sits at the top (focus moves there after a save, and a refusal links to
 * the rows it is about); Save stays in reach at the bottom of the screen.
 */
export function AttendanceForm({
  action: saveAttendance,
  heading,
  sessionId,
  sessionMinutes,
  timeZone,
  entries,
}: {
  action: (previous: AttendanceFormState, form: FormData) => Promise<AttendanceFormState>;
  heading: string;
  sessionId: string;
  sessionMinutes: number;
  timeZone: string;
  entries: readonly RosterEntry[];
}) {
  const [state, action] = useActionState(saveAttendance, initialState);
  const answer = useFocusAnswer(state);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const current = form.current;
    current?.addEventListener("click", focusLinkedField);
    return () => current?.removeEventListener("click", focusLinkedField);
  }, []);
  const typed = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  const fieldLabels = Object.fromEntries(entries.map((entry, i) => [entryField(i, "minutes"), `${entry.name}, minutes attended`]));
  const fieldIds = Object.fromEntries(entries.map((entry, i) => [entryField(i, "minutes"), entryId(entry, "minutes")]));

  return (
    <form ref={form} action={action} className="form attendance-form" aria-labelledby="attendance-heading" noValidate>
      <h2 id="attendance-heading">{heading}</h2>
      <FormMessage state={state} fieldLabels={fieldLabels} fieldIds={fieldIds} answerRef={answer} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="sessionMinutes" value={sessionMinutes} />
      <input type="hidden" name="entryCount" value={entries.length} />
      <p className="field-hint">
        Choose a status for each client. Minutes can stay empty for present (the whole session); late and left early
        need them. A change to a saved record is kept as a correction: its note says what changed and why.
      </p>
      <ul className="attendance-rows">
        {entries.map((entry, i) => {
          const name = (field: string) => entryField(i, field);
          const id = (field: string) => entryId(entry, field);
          const minutesErrorId = id("minutes-error");
          const minutesInvalid = (state.fieldErrors[name("minutes")]?.length ?? 0) > 0;
          return (
            <li key={entry.clientId} className="attendance-row">
              <fieldset className="attendance-row__fieldset">
                <legend className="attendance-row__name">{entry.name}</legend>
                <input type="hidden" name={name("clientId")} value={entry.clientId} />
                <input type="hidden" name={name("expectedRevision")} value={entry.record?.revision ?? 0} />
                <p className="attendance-row__recorded small muted">{recordedLine(entry)}</p>
                <AttendanceStatusSegments name={name("status")} checked={typed(name("status"), entry.record?.status ?? "")} />
                <div className="field attendance-row__minutes">
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
                  <p id={id("minutes-hint")} className="visually-hidden">
                    Session: {sessionMinutes} min
                  </p>
                  <FieldError id={minutesErrorId} state={state} name={name("minutes")} />
                </div>
                <div className="field attendance-row__note">
                  <label htmlFor={id("note")}>Note</label>
                  <input
                    id={id("note")}
                    name={name("note")}
                    type="text"
                    maxLength={attendanceNoteMaxLength}
                    defaultValue={typed(name("note"), entry.record?.note ?? "")}
                    aria-describedby={id("note-hint")}
                  />
                  <p id={id("note-hint")} className="visually-hidden">
                    For a correction: what changed and why.
                  </p>
                </div>
              </fieldset>
              <AttendanceHistory name={entry.name} revisions={entry.revisions} timeZone={timeZone} />
            </li>
          );
        })}
      </ul>
      <div className="attendance-savebar">
        <p className="small muted">
          {entries.length} {entries.length === 1 ? "client" : "clients"} · {sessionMinutes} min
        </p>
        <SubmitButton pendingLabel="Saving…">Save attendance</SubmitButton>
      </div>
    </form>
  );
}
