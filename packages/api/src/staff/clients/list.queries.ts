import type { Executor } from "@stepwise/db/client";
import { careTeamMembers, clients, enrollments, programs } from "@stepwise/db/schema";
import {
  type ClientSearchInput,
  type ClientStanding,
  type NameQuery,
  clientStandingOf,
  clientStandings,
  dateOfBirthQuery,
  enrollmentStatuses,
  isEnrollmentOpen,
  parseNameQuery,
} from "@stepwise/domain";
import { type SQL, and, asc, desc, eq, exists, ilike, inArray, isNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { enrollmentHappenedOn, enrollmentStarted } from "../../queries/enrollment-chronology.queries";

/** A LIKE pattern that finds `text` anywhere, with the user's % and _ (and the escape itself) taken literally. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, "\\$&")}%`;
}

/** Clients whose names match the search as the domain reads it (parseNameQuery); the audit search finds clients by name with it too. */
export function matchesName(query: NameQuery): SQL | undefined {
  if (query.kind === "last_first") {
    const first = containing(query.first);
    return and(ilike(clients.lastName, containing(query.last)), or(ilike(clients.firstName, first), ilike(clients.preferredName, first)));
  }
  return and(
    ...query.words.map((word) => {
      const pattern = containing(word);
      return or(ilike(clients.firstName, pattern), ilike(clients.lastName, pattern), ilike(clients.preferredName, pattern));
    }),
  );
}

/** A search is a date of birth when the domain reads it as one (dateOfBirthQuery), else a name. */
function matchesQuery(query: string): SQL | undefined {
  const dateOfBirth = dateOfBirthQuery(query);
  return dateOfBirth === null ? matchesName(parseNameQuery(query)) : eq(clients.dateOfBirth, dateOfBirth);
}

const caseloadEnrollments = alias(enrollments, "caseload_enrollments");
const openStatuses = enrollmentStatuses.filter(isEnrollmentOpen);

/** Clients with an open enrollment whose care team includes this staff member: their caseload. */
function onCaseloadOf(db: Executor, staffMemberId: string): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(caseloadEnrollments)
      .innerJoin(careTeamMembers, eq(careTeamMembers.enrollmentId, caseloadEnrollments.id))
      .where(
        and(
          eq(caseloadEnrollments.clientId, clients.id),
          inArray(caseloadEnrollments.status, openStatuses),
          eq(careTeamMembers.staffMemberId, staffMemberId),
        ),
      ),
  );
}

/**
 * Clients matching the search, each with the enrollment they are about, as the domain's
 * clientEnrollmentOf chooses it: the open one if any (there is at most one), else the latest
 * episode that ran, else the latest closed referral, "latest" ranked by enrollmentHappenedOn and
 * then by when recorded. So a graduate whose later referral closed stands as an alumnus, as
 * isAlumnus, the portal and the client page say. Sorted by standing as the domain orders them,
 * then by name; at most `limit` rows. With `viewer`, only that staff member's caseload (an open
 * enrollment whose care team includes them). One statement whatever the number of clients.
 */
export function findClients(db: Executor, search: ClientSearchInput, limit: number, viewer?: { staffMemberId: string }) {
  const latest = db
    .selectDistinctOn([enrollments.clientId], {
      clientId: enrollments.clientId,
      enrollmentId: enrollments.id,
      status: enrollments.status,
      level: enrollments.level,
      startsOn: enrollments.startsOn,
      intakeOn: enrollments.intakeOn,
      endsOn: enrollments.endsOn,
      programId: enrollments.programId,
      started: enrollmentStarted().as("started"),
    })
    .from(enrollments)
    // false sorts before true: the open enrollment wins, else an episode that ran, else a closed referral.
    .orderBy(
      asc(enrollments.clientId),
      sql`${enrollments.status} = 'discharged'`,
      sql`${enrollmentStarted()} desc`,
      sql`${enrollmentHappenedOn()} desc`,
      desc(enrollments.createdAt),
    )
    .as("latest");

  // The domain decides each standing: the SQL matches exactly the statuses (and whether started)
  // that clientStandingOf maps to it, so the filter and the rows shown cannot disagree.
  const standingIs = (standing: ClientStanding): SQL | undefined => {
    if (standing === "no_enrollment") return isNull(latest.enrollmentId);
    const cases = enrollmentStatuses.flatMap((status) =>
      [true, false]
        .filter((started) => clientStandingOf({ status, started }) === standing)
        .map((started) => and(eq(latest.status, status), started ? sql`${latest.started}` : sql`not ${latest.started}`)),
    );
    return or(...cases) ?? sql`false`;
  };
  const standingRank = sql`case ${sql.join(
    clientStandings.map((standing, rank) => sql`when ${standingIs(standing)} then ${sql.raw(String(rank))}`),
    sql` `,
  )} end`;

  return db
    .select({
      clientId: clients.id,
      firstName: clients.firstName,
      lastName: clients.lastName,
      preferredName: clients.preferredName,
      dateOfBirth: clients.dateOfBirth,
      enrollmentId: latest.enrollmentId,
      status: latest.status,
      level: latest.level,
      startsOn: latest.startsOn,
      intakeOn: latest.intakeOn,
      endsOn: latest.endsOn,
      started: latest.started,
      programName: programs.name,
    })
    .from(clients)
    .leftJoin(latest, eq(latest.clientId, clients.id))
    .leftJoin(programs, eq(programs.id, latest.programId))
    .where(
      and(
        search.query === undefined ? undefined : matchesQuery(search.query),
        search.status === undefined ? undefined : standingIs(search.status),
        viewer === undefined ? undefined : onCaseloadOf(db, viewer.staffMemberId),
      ),
    )
    .orderBy(standingRank, asc(clients.lastName), asc(clients.firstName), asc(clients.id))
    .limit(limit);
}
