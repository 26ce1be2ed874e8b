"use server";

import { authorizationInputSchema } from "@stepwise/domain";
import { type ValuesFormState, formFailed, formStateFromError, formSucceeded, submittedValues } from "@stepwise/ui/form-state";
import { formatCalendarDate } from "@stepwise/ui/format";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffCaller } from "~/server/caller";

function text(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/**
 * A payer's authorization for the client's enrollment in care, checked first with the schema the
 * API uses, so each problem is named beside its field; the packet then shows it with its standing.
 */
export async function recordAuthorizationAction(_previous: ValuesFormState, form: FormData): Promise<ValuesFormState> {
  const clientId = text(form, "clientId") ?? "";
  const values = submittedValues(form);
  const units = text(form, "unitsApproved");
  const parsed = authorizationInputSchema.safeParse({
    enrollmentId: text(form, "enrollmentId"),
    payer: text(form, "payer") ?? "",
    number: text(form, "number") ?? "",
    unitsApproved: units === undefined ? undefined : Number(units),
    startsOn: text(form, "startsOn"),
    endsOn: text(form, "endsOn"),
  });
  if (!parsed.success) return { ...formFailed("Please check the highlighted fields.", z.flattenError(parsed.error).fieldErrors), values };
  try {
    await (await staffCaller()).authorizations.record(parsed.data);
  } catch (error) {
    return { ...formStateFromError(error), values };
  }
  revalidatePath(`/clients/${clientId}/review-packet`);
  revalidatePath(`/clients/${clientId}`);
  revalidatePath("/");
  const { payer, number, startsOn, endsOn } = parsed.data;
  return formSucceeded(
    `Recorded: ${payer} authorization ${number}, ${formatCalendarDate(startsOn, "medium")} to ${formatCalendarDate(endsOn, "medium")}. It is in the packet above.`,
  );
}

/** Records that the packet is being printed (an audited disclosure); the page prints once it is. */
export async function recordPacketPrintedAction(clientId: string): Promise<{ recorded: boolean }> {
  try {
    return await (await staffCaller()).utilizationReview.printed({ clientId });
  } catch {
    return { recorded: false };
  }
}
