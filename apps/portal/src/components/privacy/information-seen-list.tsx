import type { PortalOutputs } from "@stepwise/api/portal";
import { defaultTimeZone, informationSeenSentence } from "@stepwise/domain";
import { formatCalendarDate, formatInstant, isoInstant } from "@stepwise/ui/format";

export type InformationSeen = PortalOutputs["privacy"]["whoHasSeen"]["entries"][number];

/** Each time someone saw or changed the client's information, in a sentence, with when: a list that reads well on a phone. */
export function InformationSeenList({ entries }: { entries: readonly InformationSeen[] }) {
  return (
    <ul className="week-list" aria-label="Who has seen your information, newest first">
      {entries.map((entry) => {
        const sentence = informationSeenSentence(
          entry.seenBy.kind === "family"
            ? { kind: "family", action: entry.action, familyMember: entry.seenBy, consentsSignedOn: entry.consents.map((consent) => consent.signedOn) }
            : { kind: "staff", action: entry.action, role: entry.seenBy.role },
          (date) => formatCalendarDate(date, "medium"),
        );
        return (
          <li key={entry.id}>
            <p>{sentence}</p>
            <p className="muted small">
              <time dateTime={isoInstant(entry.at)}>{formatInstant(entry.at, defaultTimeZone)}</time>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
