/**
 * Each read path's baseline: the plain SQL a hand-written server would send for the same rows,
 * on one connection with nothing around it (no session check, transaction, audit or rules).
 * What a path costs beyond this is the price of the stack.
 */
import { addDays, scheduleWindow, instantToZonedDate, weekBounds, weekStartOf } from "@stepwise/domain";
import type postgres from "postgres";
import type { Subjects } from "./subjects";

const day = 24 * 60 * 60 * 1000;

async function episode(sql: postgres.Sql, clientId: string) {
  const [row] = await sql`
    select e.id, e.status, e.level, e.starts_on, e.intake_on, e.ends_on, e.schedule_option_id,
           p.name, p.track, p.time_zone, p.min_weekly_minutes, p.max_weekly_minutes, p.expected_length_weeks,
           o.name as option_name, o.weekdays, o.start_time, o.end_time
      from enrollments e join programs p on p.id = e.program_id left join schedule_options o on o.id = e.schedule_option_id
      where e.client_id = ${clientId} order by e.starts_on desc limit 1`;
  if (!row) throw new Error("The benchmark's client has no enrollment.");
  return row as { id: string; time_zone: string; schedule_option_id: string | null; starts_on: Date };
}

/** The client's sessions in [from, to): their option's groups since they started, their own, and any they attended. */
function sessions(sql: postgres.Sql, clientId: string, episode: { schedule_option_id: string | null; starts_on: Date }, from: Date, to: Date) {
  return sql`
    select s.id, s.kind, s.title, s.starts_at, s.ends_at, s.location, s.video_url, s.cancelled_at is not null as cancelled,
           u.display_name as facilitator, a.status, a.minutes_attended
      from program_sessions s
      left join attendance a on a.session_id = s.id and a.client_id = ${clientId}
      left join staff_members m on m.id = s.facilitator_staff_id
      left join users u on u.id = m.user_id
      where s.id in (
        select id from program_sessions where schedule_option_id = ${episode.schedule_option_id} and starts_at >= greatest(${from}, ${episode.starts_on}::timestamptz) and starts_at < ${to}
        union all select id from program_sessions where client_id = ${clientId} and starts_at >= ${from} and starts_at < ${to}
        union select session_id from attendance where client_id = ${clientId})
        and s.starts_at >= ${from} and s.starts_at < ${to}
      order by s.starts_at, s.id`;
}

function attendanceBetween(sql: postgres.Sql, clientId: string, from: Date, to: Date) {
  return sql`
    select s.id, s.title, s.kind, s.starts_at, s.ends_at, a.status, a.minutes_attended
      from attendance a join program_sessions s on s.id = a.session_id
      where a.client_id = ${clientId} and s.starts_at >= ${from} and s.starts_at < ${to} and s.cancelled_at is null
      order by s.starts_at`;
}

export const rawSql = {
  async plan(sql: postgres.Sql, subjects: Subjects, now: Date) {
    const found = await episode(sql, subjects.clientId);
    const week = weekBounds(weekStartOf(now, found.time_zone), found.time_zone);
    await sessions(sql, subjects.clientId, found, week.from, new Date(week.to.getTime() + 14 * day));
    await sql`
      select u.display_name, m.credentials, t.responsibility
        from care_team_members t join staff_members m on m.id = t.staff_member_id join users u on u.id = m.user_id
        where t.enrollment_id = ${found.id}`;
  },

  async schedule(sql: postgres.Sql, subjects: Subjects, now: Date) {
    const found = await episode(sql, subjects.clientId);
    const today = instantToZonedDate(now, found.time_zone);
    const window = scheduleWindow({ today, programStartsOn: null });
    const first = window.weekStarts[0]!;
    const last = window.weekStarts.at(-1)!;
    await sessions(sql, subjects.clientId, found, weekBounds(first, found.time_zone).from, weekBounds(last, found.time_zone).to);
  },

  async hours(sql: postgres.Sql, subjects: Subjects, now: Date) {
    const found = await episode(sql, subjects.clientId);
    const thisWeek = weekStartOf(now, found.time_zone);
    const week = weekBounds(thisWeek, found.time_zone);
    await attendanceBetween(sql, subjects.clientId, weekBounds(addDays(thisWeek, -35), found.time_zone).from, week.to);
    await sessions(sql, subjects.clientId, found, now, week.to);
  },

  /** The in-care clients with their attended minutes per week since three weeks back, summed per week in their program's zone. */
  async roster(sql: postgres.Sql, subjects: Subjects, now: Date, byProgram = false) {
    const programId = byProgram ? subjects.programId : null;
    await sql`
      select e.client_id, c.first_name, c.last_name, e.status, e.level, p.name, w.week, w.minutes, w.days
        from enrollments e
        join clients c on c.id = e.client_id
        join programs p on p.id = e.program_id
        left join lateral (
          select date_trunc('week', s.starts_at at time zone p.time_zone) as week, sum(a.minutes_attended) as minutes,
                 count(distinct (s.starts_at at time zone p.time_zone)::date) filter (where a.minutes_attended > 0) as days
            from attendance a join program_sessions s on s.id = a.session_id
            where a.client_id = e.client_id and s.starts_at >= ${new Date(now.getTime() - 22 * day)} and s.cancelled_at is null
            group by 1) w on true
        where e.status in ('active', 'on_hold') and (${programId}::uuid is null or e.program_id = ${programId})
        order by c.last_name, c.first_name, w.week`;
  },

  async clientDetail(sql: postgres.Sql, subjects: Subjects, now: Date) {
    const clientId = subjects.longHistoryClientId;
    await sql`select id, first_name, last_name, preferred_name, date_of_birth from clients where id = ${clientId}`;
    await sql`
      select e.*, p.name as program_name from enrollments e join programs p on p.id = e.program_id
        where e.client_id = ${clientId} order by e.starts_on`;
    await attendanceBetween(sql, clientId, new Date(now.getTime() - 57 * day), now);
  },

  async attendanceRoster(sql: postgres.Sql, subjects: Subjects) {
    await sql`select * from program_sessions where id = ${subjects.sessionId}`;
    await sql`
      select c.id, c.first_name, c.last_name, a.status, a.minutes_attended, a.note, a.revision, a.recorded_at
        from attendance a join clients c on c.id = a.client_id
        where a.session_id = ${subjects.sessionId} order by c.last_name, c.first_name`;
  },

  async clientSearch(sql: postgres.Sql, subjects: Subjects) {
    const pattern = `%${subjects.searchName}%`;
    await sql`
      select c.id, c.first_name, c.last_name, c.date_of_birth, e.status, e.level, e.starts_on, p.name
        from clients c
        left join lateral (select * from enrollments where client_id = c.id order by starts_on desc limit 1) e on true
        left join programs p on p.id = e.program_id
        where c.last_name ilike ${pattern} or c.first_name ilike ${pattern} or c.preferred_name ilike ${pattern}
        order by c.last_name, c.first_name limit 51`;
  },
};
