/**
 * One message for a refused change that lists every reason: the lead sentence, then one reason
 * per line. Screens that list reasons split on the line breaks; anything else reads it as prose.
 */
export function refusalMessage(lead: string, reasons: readonly string[]): string {
  return [lead, ...reasons].join("\n");
}

/** The lead and the reasons of a message built by refusalMessage. */
export function refusalParts(message: string): { lead: string; reasons: string[] } {
  const [lead = "", ...reasons] = message.split("\n");
  return { lead, reasons: reasons.filter((reason) => reason.trim() !== "") };
}
