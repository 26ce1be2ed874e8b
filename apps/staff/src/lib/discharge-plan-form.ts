import { type DischargePlan, dischargePlanSchema } from "@stepwise/domain";
import { type FormState, type TextFields, formFailed } from "@stepwise/ui/form-state";

/** A textarea with one entry per line. */
function lines(value: string | undefined): string[] {
  return (value ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** "Name, phone" per line: the phone is what follows the last comma. */
function contacts(value: string | undefined): { name: string; phone: string }[] | null {
  const parsed = lines(value).map((line) => {
    const comma = line.lastIndexOf(",");
    return comma < 0 ? null : { name: line.slice(0, comma).trim(), phone: line.slice(comma + 1).trim() };
  });
  return parsed.every((entry) => entry !== null) ? (parsed as { name: string; phone: string }[]) : null;
}

/** Which form field holds each part of the plan, so a refusal lands beside it. */
const planFields: Record<string, string> = {
  nextLevel: "nextLevel",
  "nextProvider.name": "providerName",
  "nextProvider.phone": "providerPhone",
  "nextProvider.frequency": "providerFrequency",
  "nextProvider.firstAppointmentOn": "firstAppointmentOn",
  "crisisPlan.warningSigns": "warningSigns",
  "crisisPlan.copingStrategies": "copingStrategies",
  "crisisPlan.peopleToContact": "peopleToContact",
  "crisisPlan.professionalsToContact": "professionalsToContact",
  "crisisPlan.makingTheEnvironmentSafe": "makingTheEnvironmentSafe",
};

const planMessages: Record<string, string> = {
  nextLevel: "Choose where care continues.",
  providerName: "Name the provider, or leave all provider fields empty.",
  providerPhone: "Enter a phone number, or leave it empty.",
  providerFrequency: "Choose how often the client sees the provider.",
  firstAppointmentOn: "Enter the date as shown, or leave it empty.",
  warningSigns: "List at least one warning sign, one per line.",
  copingStrategies: "List at least one coping strategy, one per line.",
  peopleToContact: "Write each person as: name, phone number.",
  professionalsToContact: "Write each professional as: name, phone number.",
  makingTheEnvironmentSafe: "One step per line.",
};

/**
 * The continuing-care plan from the form's fields, checked with the domain's schema so each problem is
 * shown beside its own field; `nextLevel` is given when the destination decides it.
 */
export function dischargePlanFrom(fields: TextFields, nextLevel?: string): { plan: DischargePlan } | { refusal: FormState } {
  const people = contacts(fields.peopleToContact);
  const professionals = contacts(fields.professionalsToContact);
  const providerName = fields.providerName;
  const candidate = {
    nextLevel: nextLevel ?? fields.nextLevel,
    nextProvider:
      providerName || fields.providerPhone
        ? {
            name: providerName ?? "",
            phone: fields.providerPhone,
            frequency: fields.providerFrequency,
            firstAppointmentOn: fields.firstAppointmentOn,
          }
        : null,
    joinsAlumniGroup: fields.joinsAlumniGroup === "yes",
    crisisPlan: {
      warningSigns: lines(fields.warningSigns),
      copingStrategies: lines(fields.copingStrategies),
      peopleToContact: people ?? [],
      professionalsToContact: professionals ?? [],
      makingTheEnvironmentSafe: lines(fields.makingTheEnvironmentSafe),
    },
  };
  const fieldErrors: Record<string, string[]> = {};
  if (!people) fieldErrors.peopleToContact = [planMessages.peopleToContact!];
  if (!professionals) fieldErrors.professionalsToContact = [planMessages.professionalsToContact!];
  const parsed = dischargePlanSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path.slice(0, 2).join(".");
      const field = planFields[key] ?? planFields[String(issue.path[0])] ?? "plan";
      fieldErrors[field] = [planMessages[field] ?? issue.message];
    }
  }
  if (!parsed.success || Object.keys(fieldErrors).length > 0) {
    return { refusal: formFailed("Please check the continuing-care plan.", fieldErrors) };
  }
  return { plan: parsed.data };
}
