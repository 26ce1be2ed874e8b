import { addDays, type CalendarDate, type DischargePlan, type EnrollmentStatus, instantToZonedDate, nameGoneBy } from "@stepwise/domain";
import {
  careTeamMembers,
  clients,
  enrollmentStatusChanges,
  enrollments,
  levelOfCareChanges,
  recertifications,
  users,
} from "../schema";
import { demoCenter, demoPassword, type SeedContext, unusablePasswordHash } from "./center";
import type { OptionKey, SeededPrograms } from "./programs";
import { demoClientEmail, roster, type RosterEntry } from "./roster";
import type { SeededStaff } from "./staff";

/** A stretch of days during which a client follows one schedule option. `until` is exclusive. */
export interface SchedulePhase {
  option: OptionKey;
  from: CalendarDate;
  until: CalendarDate | null;
}

export interface SeededClient {
  clientId: string;
  entry: RosterEntry;
  enrollmentId: string;
  programId: string;
  /** The days on which the client is expected at the option's sessions. */
  phases: SchedulePhase[];
}

export async function seedClients(context: SeedContext, programs: SeededPrograms, staff: SeededStaff): Promise<SeededClient[]> {
  const seeded: SeededClient[] = [];
  for (const [index, entry] of roster.entries()) {
    seeded.push(await seedClient(context, programs, staff, entry, index));
  }
  return seeded;
}

const emergencyRelationships = ["Partner", "Mother", "Brother", "Friend", "Father", "Sister"] as const;

/** Fictional numbers (555-01xx is reserved for fiction); every other client names an emergency contact. */
function demoContactOf(entry: RosterEntry, index: number) {
  const number = (n: number) => `(617) 555-01${String(n % 100).padStart(2, "0")}`;
  const hasEmergencyContact = index % 2 === 0;
  return {
    phone: number(10 + index),
    contactEmail: `${entry.firstName}.${entry.lastName}@example.com`.toLowerCase().replaceAll(/[^a-z.@]/g, ""),
    emergencyContactName: hasEmergencyContact ? `Sam ${entry.lastName}` : null,
    emergencyContactRelationship: hasEmergencyContact ? emergencyRelationships[index % emergencyRelationships.length]! : null,
    emergencyContactPhone: hasEmergencyContact ? number(60 + index) : null,
  };
}

async function seedClient(
  context: SeedContext,
  programs: SeededPrograms,
  staff: SeededStaff,
  entry: RosterEntry,
  index: number,
): Promise<SeededClient> {
  const { tx, thisMonday } = context;
  const userId = entry.email ? await seedClientAccount(context, entry) : null;
  const [client] = await tx
    .insert(clients)
    .values({
      userId,
      firstName: entry.firstName,
      lastName: entry.lastName,
      preferredName: entry.preferredName ?? null,
      dateOfBirth: entry.dateOfBirth,
      ...demoContactOf(entry, index),
    })
    .returning({ id: clients.id });
  if (!client) throw new Error(`seed: client ${entry.firstName} ${entry.lastName} was not inserted`);

  const startsOn = addDays(thisMonday, -entry.startedDaysAgo);
  const current = programs.options[entry.option];
  const waiting = isWaitingToStart(entry);
  // Stepped-down clients began in PHP and moved to their current IOP option two weeks ago.
  const stepDownOn = addDays(thisMonday, -14);
  const endsOn = entry.profile === "alumnus" ? addDays(thisMonday, -35) : null;
  const phases: SchedulePhase[] = waiting
    ? []
    : entry.profile === "steppedDown"
      ? [
          { option: "phpDay", from: startsOn, until: stepDownOn },
          { option: entry.option, from: stepDownOn, until: null },
        ]
      : entry.profile === "onHold"
        ? [{ option: entry.option, from: startsOn, until: addDays(thisMonday, -7) }]
        : [{ option: entry.option, from: startsOn, until: endsOn }];

  const [enrollment] = await tx
    .insert(enrollments)
    .values({
      clientId: client.id,
      programId: current.programId,
      // A referral names the program; the schedule option is chosen when the client is activated.
      scheduleOptionId: waiting ? null : current.id,
      status: statusOf(entry),
      level: entry.profile === "steppedDown" ? "iop" : levelOf(entry.option),
      startsOn,
      // The intake is booked for the morning of the first day, as is common for an IOP start.
      intakeOn: entry.profile === "intakeScheduled" ? startsOn : null,
      endsOn,
      dischargeReason: entry.profile === "alumnus" ? "completed" : null,
      dischargePlan: entry.profile === "alumnus" ? alumnusPlan : null,
    })
    .returning({ id: enrollments.id });
  if (!enrollment) throw new Error(`seed: enrollment of ${entry.firstName} ${entry.lastName} was not inserted`);

  if (waiting) await seedReferral(context, staff, entry, enrollment.id);
  else await seedHistory(context, staff, entry, { enrollmentId: enrollment.id, startsOn, programs });
  if (entry.profile !== "referred") await tx.insert(careTeamMembers).values(careTeamOf(staff, entry, enrollment.id));
  return { clientId: client.id, entry, enrollmentId: enrollment.id, programId: current.programId, phases };
}

async function seedClientAccount(context: SeedContext, entry: RosterEntry & { email?: string }): Promise<string> {
  const email = entry.email ?? "";
  const passwordHash = email === demoClientEmail ? await context.hashPassword(demoPassword) : await unusablePasswordHash(context);
  const [user] = await context.tx
    .insert(users)
    .values({ email, passwordHash, kind: "client", displayName: nameGoneBy({ firstName: entry.firstName, preferredName: entry.preferredName ?? null }) })
    .returning({ id: users.id });
  if (!user) throw new Error(`seed: user ${email} was not inserted`);
  return user.id;
}

function isWaitingToStart(entry: RosterEntry): boolean {
  return entry.profile === "referred" || entry.profile === "intakeScheduled";
}

function statusOf(entry: RosterEntry): EnrollmentStatus {
  switch (entry.profile) {
    case "alumnus":
      return "discharged";
    case "onHold":
      return "on_hold";
    case "referred":
      return "referred";
    case "intakeScheduled":
      return "intake_scheduled";
    default:
      return "active";
  }
}

/** Where the alumnus's care went on: the plan the client sees in the portal after discharge. */
const alumnusPlan: DischargePlan = {
  nextLevel: "outside_outpatient",
  nextProvider: { name: "Dr. Helen Marsh, LMHC", phone: "(555) 010-0188", frequency: "weekly" },
  joinsAlumniGroup: true,
  crisisPlan: {
    warningSigns: ["Skipping meetings", "Not sleeping for two nights", "Pulling away from family"],
    copingStrategies: ["Call my sponsor", "Go for a run by the water", "Use the urge-surfing skill"],
    peopleToContact: [{ name: "Ana (sister)", phone: "(555) 010-0177" }],
    professionalsToContact: [{ name: "Dr. Helen Marsh", phone: "(555) 010-0188" }],
    makingTheEnvironmentSafe: ["Keep no alcohol at home"],
  },
};

/**
 * A referral waiting to start, and (for one) its intake appointment, recorded by the client's
 * clinician: changing an enrollment's status takes enrollment.write, which the front desk lacks.
 */
async function seedReferral(context: SeedContext, staff: SeededStaff, entry: RosterEntry, enrollmentId: string) {
  const referredOn = addDays(context.thisMonday, -3);
  const recordedBy = staff[entry.therapist];
  await context.tx.insert(enrollmentStatusChanges).values({
    enrollmentId,
    fromStatus: null,
    toStatus: "referred",
    effectiveOn: referredOn,
    reason: "Referred by a primary care physician",
    recordedByStaffId: recordedBy,
  });
  if (entry.profile === "intakeScheduled") {
    await context.tx.insert(enrollmentStatusChanges).values({
      enrollmentId,
      fromStatus: "referred",
      toStatus: "intake_scheduled",
      effectiveOn: referredOn,
      reason: "Intake booked by phone",
      recordedByStaffId: recordedBy,
    });
  }
}

function levelOf(option: OptionKey) {
  return option === "phpDay" ? ("php" as const) : ("iop" as const);
}

/** Status and level-of-care history: written as staff would have recorded it, never overwritten. */
async function seedHistory(
  context: SeedContext,
  staff: SeededStaff,
  entry: RosterEntry,
  { enrollmentId, startsOn, programs }: { enrollmentId: string; startsOn: CalendarDate; programs: SeededPrograms },
) {
  const { tx, thisMonday } = context;
  const current = programs.options[entry.option];
  const decidedBy = staff[entry.therapist];
  const admittedLevel = entry.profile === "steppedDown" ? "php" : levelOf(entry.option);
  await tx.insert(levelOfCareChanges).values({
    enrollmentId,
    fromLevel: null,
    toLevel: admittedLevel,
    ...(admittedLevel === "php"
      ? { programId: programs.programIds.php, scheduleOptionId: programs.options.phpDay.id }
      : { programId: current.programId, scheduleOptionId: current.id }),
    effectiveOn: startsOn,
    reason: admittedLevel === "php" ? "Admitted after an inpatient stay; needs daily structure" : "Admitted on referral from an outpatient therapist",
    decidedByStaffId: decidedBy,
  });
  await tx.insert(enrollmentStatusChanges).values({
    enrollmentId,
    fromStatus: null,
    toStatus: "active",
    effectiveOn: startsOn,
    reason: "Intake completed",
    recordedByStaffId: decidedBy,
  });

  if (entry.profile === "steppedDown") {
    await tx.insert(levelOfCareChanges).values({
      enrollmentId,
      fromLevel: "php",
      toLevel: "iop",
      programId: current.programId,
      scheduleOptionId: current.id,
      effectiveOn: addDays(thisMonday, -14),
      reason: "Symptoms stable for two weeks; stepping down to the IOP evening track",
      decidedByStaffId: decidedBy,
    });
  }
  // PHP plans of care are recertified by day 18. Most are done on time; the client whose hours
  // are slipping is left overdue, so the roster shows what staff would have to chase.
  const recertifiedOn = addDays(startsOn, 15);
  if (admittedLevel === "php" && entry.profile !== "steppedDown" && entry.profile !== "underFloorTwoWeeks" && recertifiedOn < today(context)) {
    await tx.insert(recertifications).values({
      enrollmentId,
      level: "php",
      certifiedOn: recertifiedOn,
      certifiedByStaffId: staff.raman,
    });
  }
  if (entry.profile === "onHold") {
    await tx.insert(enrollmentStatusChanges).values({
      enrollmentId,
      fromStatus: "active",
      toStatus: "on_hold",
      effectiveOn: addDays(thisMonday, -7),
      reason: "Medical leave for a planned surgery; expected back in about two weeks",
      recordedByStaffId: staff.castillo,
    });
  }
  if (entry.profile === "alumnus") {
    await tx.insert(enrollmentStatusChanges).values({
      enrollmentId,
      fromStatus: "active",
      toStatus: "discharged",
      effectiveOn: addDays(thisMonday, -35),
      reason: "Completed the program; continuing with weekly outpatient therapy and the alumni group",
      recordedByStaffId: staff.castillo,
    });
  }
}

function careTeamOf(staff: SeededStaff, entry: RosterEntry, enrollmentId: string) {
  const team = [{ enrollmentId, staffMemberId: staff[entry.therapist], responsibility: "Primary therapist" }];
  // PHP and dual-diagnosis clients see the psychiatrist for medication management.
  if (entry.option === "phpDay" || entry.option === "dualEvening" || entry.profile === "steppedDown") {
    team.push({ enrollmentId, staffMemberId: staff.raman, responsibility: "Psychiatric provider" });
  }
  if (entry.option === "dualEvening") {
    team.push({ enrollmentId, staffMemberId: staff.whitaker, responsibility: "Substance use counselor" });
  }
  return team.filter((member, index, all) => all.findIndex((other) => other.staffMemberId === member.staffMemberId) === index);
}

function today(context: SeedContext): CalendarDate {
  return instantToZonedDate(context.now, demoCenter.timeZone);
}
