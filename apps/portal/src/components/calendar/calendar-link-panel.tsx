"use client";

import { FormMessage, SubmitButton } from "@stepwise/ui/forms";
import { useActionState } from "react";
import { calendarLinkAction } from "~/app/(signed-in)/calendar/actions";
import { initialCalendarLinkState } from "~/app/(signed-in)/calendar/calendar-link-state";
import { CopyLink } from "~/components/copy-link";

function IntentForm({
  action,
  intent,
  children,
  pendingLabel,
  quiet = false,
}: {
  action: (form: FormData) => void;
  intent: "create" | "reset" | "turnOff";
  children: string;
  pendingLabel: string;
  quiet?: boolean;
}) {
  return (
    <form action={action}>
      <input type="hidden" name="intent" value={intent} />
      <SubmitButton pendingLabel={pendingLabel} quiet={quiet}>
        {children}
      </SubmitButton>
    </form>
  );
}

/** Make, copy, reset or turn off the calendar link. The link is only ever shown right after it is made. */
export function CalendarLinkPanel({ enabled }: { enabled: boolean }) {
  const [state, action] = useActionState(calendarLinkAction, initialCalendarLinkState);
  const on = state.feedUrl !== null || enabled;

  return (
    <section className="card" aria-labelledby="link-heading">
      <h2 id="link-heading">Your calendar link</h2>
      <FormMessage state={state} />
      {state.feedUrl ? (
        <CopyLink
          url={state.feedUrl}
          label="Your calendar link"
          hint="This is the only time we can show this link. Keep it private: anyone who has it can see when your sessions are."
          copiedMessage="Copied. You can paste it into your calendar app now."
        >
          <a className="button button--quiet" href={state.feedUrl.replace(/^https?:\/\//, "webcal://")}>
            Open in my calendar app
          </a>
        </CopyLink>
      ) : on ? (
        <p>
          Your calendar link is on. To keep it private, we can&apos;t show it again. If you need it for a new phone, or think
          someone else has it, reset it: you&apos;ll get a new link and the old one stops working right away.
        </p>
      ) : (
        <p>
          You don&apos;t have a calendar link right now. Make one to see your sessions in your phone&apos;s calendar. It updates
          by itself when your schedule changes.
        </p>
      )}
      <div className="pager">
        {on ? (
          <>
            <IntentForm action={action} intent="reset" pendingLabel="Making a new link…">
              Reset link
            </IntentForm>
            <IntentForm action={action} intent="turnOff" pendingLabel="Turning off…" quiet>
              Turn off
            </IntentForm>
          </>
        ) : (
          <IntentForm action={action} intent="create" pendingLabel="Making your link…">
            Make my calendar link
          </IntentForm>
        )}
      </div>
    </section>
  );
}
