/**
 * A small iCalendar (RFC 5545) writer for subscription feeds: one VCALENDAR of VEVENTs with
 * times in UTC. Pure and dependency-free so the same text comes out on any server.
 */

export interface CalendarEvent {
  /** Globally unique and stable for the event, so calendar apps update rather than duplicate it. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location?: string | null;
  cancelled: boolean;
}

export interface CalendarDocument {
  /** PRODID: who wrote the file, fixed for a product. */
  productId: string;
  /** X-WR-CALNAME: the name calendar apps show for the subscription. */
  name: string;
  /** DTSTAMP of every event: when this copy of the feed was written. */
  stamp: Date;
  /** How often subscribers should fetch the feed again; apps treat it as a hint. */
  refreshMinutes?: number;
  events: readonly CalendarEvent[];
}

const lineBreak = "\r\n";
const maxLineOctets = 75;

/**
 * TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). Other
 * control characters are not allowed in TEXT at all, so they are dropped.
 */
export function escapeCalendarText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    .split("")
    .filter((character) => !isDisallowedControl(character.charCodeAt(0)))
    .join("");
}

/** Controls other than horizontal tab (line breaks are already escaped by then). */
function isDisallowedControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09) || code === 0x7f;
}

const encoder = new TextEncoder();

/**
 * Folds a content line to at most 75 octets per physical line (RFC 5545 §3.1): each continuation
 * starts with one space. A multi-byte UTF-8 character is never split between lines.
 */
export function foldCalendarLine(line: string): string {
  if (encoder.encode(line).length <= maxLineOctets) return line;
  const physical: string[] = [];
  let current = "";
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // Continuation lines spend one octet on the leading space.
    const limit = physical.length === 0 ? maxLineOctets : maxLineOctets - 1;
    if (octets + size > limit) {
      physical.push(current);
      current = "";
      octets = 0;
    }
    current += character;
    octets += size;
  }
  physical.push(current);
  return physical.join(`${lineBreak} `);
}

/** An instant as a UTC DATE-TIME, e.g. 20260302T230000Z. */
export function formatCalendarUtc(instant: Date): string {
  const iso = instant.toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  return [
    "BEGIN:VEVENT",
    `UID:${escapeCalendarText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${formatCalendarUtc(event.start)}`,
    `DTEND:${formatCalendarUtc(event.end)}`,
    `SUMMARY:${escapeCalendarText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeCalendarText(event.location)}`] : []),
    `STATUS:${event.cancelled ? "CANCELLED" : "CONFIRMED"}`,
    "END:VEVENT",
  ];
}

/** The whole feed as iCalendar text: CRLF line endings, folded lines, ending with a CRLF. */
export function serializeCalendar(document: CalendarDocument): string {
  const stamp = formatCalendarUtc(document.stamp);
  const refresh = document.refreshMinutes
    ? [`REFRESH-INTERVAL;VALUE=DURATION:PT${document.refreshMinutes}M`, `X-PUBLISHED-TTL:PT${document.refreshMinutes}M`]
    : [];
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${document.productId}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeCalendarText(document.name)}`,
    ...refresh,
    ...document.events.flatMap((event) => eventLines(event, stamp)),
    "END:VCALENDAR",
  ];
  return lines.map(foldCalendarLine).join(lineBreak) + lineBreak;
}
