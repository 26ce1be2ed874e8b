import { z } from "zod";
import { type CalendarDate, compareCalendarDates } from "../time/calendar-date";
import { mayJoinCareTeam } from "../staff/care-team";
import type { StaffRole } from "../staff/staff-permission";
import { instantToZonedDate } from "../time/time-zone";
import { sessionCancelRefusals } from "../schedule/session-occurrence-edit";

/** Sign-ups close this long before a family session starts, unless staff choose otherwise. */
export const defaultSignUpCutoffMinutes = 120;

export const signUpStatuses = ["confirmed", "waitlisted", "cancelled"] as const;
export const signUpStatusSchema = z.enum(signUpStatuses);
export type SignUpStatus = z.infer<typeof signUpStatusSchema>;

/** One family (a single client's), or several families together. */
export const familySessionFormats = ["single_family", "multi_family"] as const;
export type FamilySessionFormat = (typeof familySessionFormats)[number];

export const familySessionFormatLabels: Record<FamilySessionFormat, string> = {
  single_family: "One family",
  multi_family: "Multi-family group",
};

/**
 * A family session staff scheduled for sign-ups: it has seats and a sign-up cutoff (the table
 * holds the rest). It changes only as a family session, which tells the people signed up; a
 * template's sessions never take sign-ups.
 */
export function takesSignUps(session: { kind: string; signUpCutoffMinutes: number | null }): boolean {
  return session.kind === "family" && session.signUpCutoffMinutes !== null;
}

/** A one-family session names its client; a multi-family group is open to every family in the program. */
export function familySessionFormatOf(session: { clientId: string | null }): FamilySessionFormat {
  return session.clientId === null ? "multi_family" : "single_family";
}

/** Who may lead a family session: the roles that care for clients, the same as on a care team. */
export function mayFacilitateFamilySession(role: StaffRole): boolean {
  return mayJoinCareTeam(role);
}

/**
 * Why a family session can't be scheduled for this date and start, in plain words: it must still
 * be to come, judged on the program's own calendar and clock.
 */
export function pastScheduleRefusals(at: { date: CalendarDate; startsAt: Date; timeZone: string }, now: Date): string[] {
  const today = instantToZonedDate(now, at.timeZone);
  if (compareCalendarDates(at.date, today) < 0) return ["The date is in the past; choose today or a later day."];
  if (at.startsAt.getTime() <= now.getTime()) return ["That start time today has already passed; choose a later time."];
  return [];
}

/** "2 days", "2 hours", "1 hour", "90 minutes", "1 minute": a cutoff as staff chose it, in words. */
function cutoffInWords(minutes: number): string {
  if (minutes % (24 * 60) === 0) return minutes === 24 * 60 ? "1 day" : `${minutes / (24 * 60)} days`;
  if (minutes % 60 === 0) return minutes === 60 ? "1 hour" : `${minutes / 60} hours`;
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

/**
 * Why a family session can't be scheduled with this cutoff, in plain words: its sign-ups would
 * already be closed, so nobody could ever join it. A start that has passed is left to
 * pastScheduleRefusals, so staff read one reason, not two.
 */
export function signUpCutoffRefusals(at: { startsAt: Date; signUpCutoffMinutes: number }, now: Date): string[] {
  if (at.startsAt.getTime() <= now.getTime()) return [];
  if (signUpsCloseAt(at).getTime() > now.getTime()) return [];
  return [
    `Sign-ups would already be closed: they close ${cutoffInWords(at.signUpCutoffMinutes)} before the start. Choose a later start or a shorter sign-up cutoff.`,
  ];
}

export interface FamilySessionTiming {
  startsAt: Date;
  cancelledAt: Date | null;
  signUpCutoffMinutes: number;
}

/** The moment sign-ups (and cancellations) close. */
export function signUpsCloseAt(session: Pick<FamilySessionTiming, "startsAt" | "signUpCutoffMinutes">): Date {
  return new Date(session.startsAt.getTime() - session.signUpCutoffMinutes * 60_000);
}

/** Why nobody can sign up for this session now, in plain words; null while sign-ups are open. */
export function signUpClosedReason(session: FamilySessionTiming, now: Date): string | null {
  if (session.cancelledAt !== null) return "This session was cancelled, so sign-ups are closed.";
  if (session.startsAt.getTime() <= now.getTime()) return "This session has already started or taken place.";
  if (signUpsCloseAt(session).getTime() <= now.getTime()) {
    return "Sign-ups for this session have closed. Please call the center if you'd like to join.";
  }
  return null;
}

/** Why a sign-up can't be cancelled here now; null when it can. After the cutoff, people call. */
export function cancellationClosedReason(session: FamilySessionTiming, now: Date): string | null {
  if (session.cancelledAt !== null) return "This session was cancelled; there is nothing to cancel.";
  if (signUpsCloseAt(session).getTime() <= now.getTime()) {
    return "It's too close to the start to cancel here. Please call the center to let them know.";
  }
  return null;
}

/** A place as its holder is told it: a seat, or a place on the waitlist that always has its number (1 = next). */
export type HeldPlace = { status: "confirmed"; waitlistPosition: null } | { status: "waitlisted"; waitlistPosition: number };

/** An active sign-up's place, from its status and its position in line; a cancelled one holds none. */
export function heldPlace(signUp: { status: SignUpStatus; waitlistPosition: number | null }): HeldPlace {
  if (signUp.status === "confirmed") return { status: "confirmed", waitlistPosition: null };
  if (signUp.status === "waitlisted" && signUp.waitlistPosition !== null && signUp.waitlistPosition >= 1) {
    return { status: "waitlisted", waitlistPosition: signUp.waitlistPosition };
  }
  throw new Error(`A ${signUp.status} sign-up without a place in line holds no place.`);
}

/** A new sign-up takes a seat while one is free, and a place on the waitlist otherwise. */
export function placeForNewSignUp(seats: { capacity: number; confirmed: number }): Exclude<SignUpStatus, "cancelled"> {
  return seats.confirmed < seats.capacity ? "confirmed" : "waitlisted";
}

/**
 * Why staff can't call a family session off, in plain words; null when they may. One that has
 * started is under way (as for any session), and the people signed up have come.
 */
export function familySessionCancelRefusal(session: { startsAt: Date }, now: Date): string | null {
  const started = sessionCancelRefusals(session, 0, now).some((refusal) => refusal.kind === "started");
  return started ? "This family session has already started, so it can't be cancelled." : null;
}

/**
 * The clients (of those given) whose families a session is for: its own client for a one-family
 * session; for a multi-family group, every given client currently in its program.
 */
export function familiesOf(
  session: { clientId: string | null; programId: string },
  clientIds: readonly string[],
  currentPrograms: readonly { clientId: string; programId: string }[],
): string[] {
  if (session.clientId !== null) return clientIds.includes(session.clientId) ? [session.clientId] : [];
  return clientIds.filter((clientId) =>
    currentPrograms.some((current) => current.clientId === clientId && current.programId === session.programId),
  );
}
