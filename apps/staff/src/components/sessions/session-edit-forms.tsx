"use client";

import { fieldAria, FieldError, FormMessage, SubmitButton } from "@stepwise/ui/forms";
import { useActionState } from "react";
import { type ValuesFormState, shown } from "@stepwise/ui/form-state";
import { TimeFields } from "~/components/common/time-fields";
import { cancelSessionAction, updateSessionAction } from "~/app/(signed-in)/sessions/[sessionId]/edit/actions";
import { type Facilitator, SessionStaffingFields } from "./session-staffing-fields";

const initial: ValuesFormState = { status: "idle", message: null, fieldErrors: {} };
const labels = { startTime: "Starts at", endTime: "Ends at", facilitatorStaffId: "Facilitator", location: "Location", videoUrl: "Video link", reason: "Reason" };

export interface EditableSession {
  id: string;
  programId: string;
  startTime: string;
  endTime: string;
  facilitatorStaffId: string | null;
  location: string | null;
  videoUrl: string | null;
  started: boolean;
}

/** Times, facilitator and place of one session; a session that has started keeps its times. */
export function SessionEditForm({
  session,
  facilitators,
}: {
  session: EditableSession;
  facilitators: readonly Facilitator[];
}) {
  const [state, formAction] = useActionState(updateSessionAction, initial);
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} fieldLabels={labels} />
      <input type="hidden" name="sessionId" value={session.id} />
      <input type="hidden" name="programId" value={session.programId} />
      {session.started ? (
        <>
          <p className="muted">This session has started, so its times stay as they were.</p>
          <input type="hidden" name="startTime" value={session.startTime} />
          <input type="hidden" name="endTime" value={session.endTime} />
        </>
      ) : (
        <TimeFields idPrefix="session" state={state} start={session.startTime} end={session.endTime} />
      )}
      <SessionStaffingFields idPrefix="session" state={state} facilitators={facilitators} saved={session} noFacilitatorLabel="No one" />
      <div>
        <SubmitButton pendingLabel="Saving…">Save this session</SubmitButton>
      </div>
    </form>
  );
}

/** Calls off this one session; the reason is kept with it. */
export function SessionCancelForm({ sessionId, programId }: { sessionId: string; programId: string }) {
  const [state, formAction] = useActionState(cancelSessionAction, initial);
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} fieldLabels={labels} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="programId" value={programId} />
      <div className="field">
        <label htmlFor="cancel-reason">Reason</label>
        <p className="field-hint" id="cancel-reason-hint">
          For example: facilitator ill, building closed.
        </p>
        <input
          id="cancel-reason"
          name="reason"
          required
          defaultValue={shown(state, "reason", "")}
          {...fieldAria(state, "reason", "cancel-reason-error")}
          aria-describedby={state.fieldErrors.reason ? "cancel-reason-hint cancel-reason-error" : "cancel-reason-hint"}
        />
        <FieldError id="cancel-reason-error" state={state} name="reason" />
      </div>
      <div>
        <SubmitButton pendingLabel="Cancelling…" quiet>
          Cancel this session
        </SubmitButton>
      </div>
    </form>
  );
}
