"use server";

import { formFailed, formStateFromError, formSucceeded } from "@stepwise/ui/form-state";
import { revalidatePath } from "next/cache";
import { calendarFeedUrl } from "~/lib/calendar-feed-url";
import { portalCaller } from "~/server/caller";
import type { CalendarLinkState } from "./calendar-link-state";

const intents = ["create", "reset", "turnOff"] as const;
type Intent = (typeof intents)[number];

function intentOf(form: FormData): Intent | null {
  const value = form.get("intent");
  return intents.find((intent) => intent === value) ?? null;
}

/** Makes, replaces or turns off the client's calendar link; a new link comes back this once only. */
export async function calendarLinkAction(_previous: CalendarLinkState, form: FormData): Promise<CalendarLinkState> {
  const intent = intentOf(form);
  if (!intent) return { ...formFailed("Something in the request isn't right. Please try again."), feedUrl: null };
  try {
    const api = await portalCaller();
    if (intent === "turnOff") {
      await api.calendar.turnOff();
      revalidatePath("/calendar");
      return { ...formSucceeded("Your calendar link is turned off. The old link no longer works."), feedUrl: null };
    }
    const { token } = intent === "create" ? await api.calendar.createLink() : await api.calendar.resetLink();
    revalidatePath("/calendar");
    return {
      ...formSucceeded(
        intent === "create"
          ? "Your calendar link is ready."
          : "Here is your new calendar link. The old one has stopped working.",
      ),
      feedUrl: await calendarFeedUrl(token),
    };
  } catch (error) {
    return { ...formStateFromError(error), feedUrl: null };
  }
}
