import { sql } from "drizzle-orm";
import postgres from "postgres";
import type { Database } from "../client";
import { databaseUrl } from "../database-url";

/**
 * A center at a real center's size, for the benchmark (`pnpm seed:scale`, `pnpm bench`): eight
 * programs in four time zones, a cohort of about twelve clients per schedule option, a year of
 * group and individual sessions and their attendance, alumni, referrals, care teams, families.
 * Written set-based (INSERT … SELECT over generate_series), so 10,000 clients take seconds, not
 * minutes; deterministic: every choice is a hash of the row's number, so the same sizes and day
 * give the same center (apart from generated ids and timestamps). Fills an empty, migrated
 * database; it never runs against the demo database (the script gives it one of its own).
 */

export interface ScaleSize {
  /** Everyone on record. */
  clients: number;
  /** Of them, in care now (active or on hold); the rest are alumni, referrals and people on record. */
  inCare: number;
  /** How many weeks of sessions and attendance lie behind today. */
  weeksOfHistory?: number;
}

export interface ScaleSeedResult {
  counts: Record<"clients" | "inCare" | "programs" | "scheduleOptions" | "sessions" | "attendance" | "enrollments" | "familyMembers", number>;
  /** Sign-ins for the benchmark, all with the password whose hash was given. */
  accounts: { client: string; family: string; clinician: string; director: string; frontDesk: string };
}

/** Clients a schedule option holds: a group of about twelve. */
const cohortSize = 12;
/** Weeks of sessions dated ahead of today, as the session horizon keeps them. */
const weeksAhead = 8;

/** The center's programs; `share` is each one's part of the clients in care. */
const programs = [
  { slug: "scale-adult-iop-ny", name: "Adult Mental Health IOP", level: "iop", track: "general_mental_health", zone: "America/New_York", band: [540, 900], weeks: 8, share: 0.22, shift: "evening", days: [1, 2, 4], start: "18:00", end: "21:00" },
  { slug: "scale-adult-iop-morning-ny", name: "Adult Mental Health IOP (mornings)", level: "iop", track: "general_mental_health", zone: "America/New_York", band: [540, 900], weeks: 8, share: 0.12, shift: "morning", days: [1, 3, 5], start: "09:00", end: "12:00" },
  { slug: "scale-trauma-iop-chi", name: "Trauma and PTSD IOP", level: "iop", track: "trauma", zone: "America/Chicago", band: [540, 900], weeks: 10, share: 0.12, shift: "evening", days: [1, 2, 4], start: "17:30", end: "20:30" },
  { slug: "scale-sud-iop-den", name: "Substance Use IOP", level: "iop", track: "substance_use", zone: "America/Denver", band: [540, 900], weeks: 10, share: 0.14, shift: "evening", days: [1, 3, 4], start: "18:00", end: "21:00" },
  { slug: "scale-dual-iop-la", name: "Co-occurring IOP", level: "iop", track: "co_occurring", zone: "America/Los_Angeles", band: [540, 900], weeks: 8, share: 0.1, shift: "morning", days: [2, 3, 5], start: "09:30", end: "12:30" },
  { slug: "scale-php-ny", name: "Adult PHP", level: "php", track: "general_mental_health", zone: "America/New_York", band: [1200, 1800], weeks: 4, share: 0.12, shift: "day", days: [1, 2, 3, 4, 5], start: "09:00", end: "14:00" },
  { slug: "scale-php-la", name: "Co-occurring PHP", level: "php", track: "co_occurring", zone: "America/Los_Angeles", band: [1200, 1800], weeks: 4, share: 0.08, shift: "day", days: [1, 2, 3, 4, 5], start: "09:00", end: "14:00" },
  { slug: "scale-outpatient-ny", name: "Outpatient Therapy", level: "outpatient", track: "general_mental_health", zone: "America/New_York", band: [0, 539], weeks: 12, share: 0.1, shift: "evening", days: [3], start: "17:00", end: "18:00" },
] as const;

const firstNames = ["Alex", "Jordan", "Sam", "Riley", "Casey", "Morgan", "Taylor", "Jamie", "Avery", "Quinn", "Rosa", "Malik", "Priya", "Diego", "Mei", "Noah", "Amara", "Luis", "Hana", "Omar", "Grace", "Theo", "Lena", "Kofi"];
const lastNames = ["Garcia", "Nguyen", "Okafor", "Patel", "Kim", "Johnson", "Reyes", "Cohen", "Silva", "Haddad", "Walker", "Ito", "Mensah", "Novak", "Ruiz", "Brooks", "Larsen", "Ahmed", "Costa", "Fischer"];

/** A number in [0, 1) drawn from `key` (an SQL text expression): the same key gives the same number. */
const draw = (key: string) => `((hashtext(${key})::bigint & 2147483647)::float8 / 2147483648.0)`;
const textArray = (values: readonly string[]) => `array[${values.map((value) => `'${value.replaceAll("'", "''")}'`).join(", ")}]`;
const date = (day: string) => `'${day}'::date`;

export async function seedScaleCenter(db: Database, size: ScaleSize, options: { passwordHash: string; today: Date }): Promise<ScaleSeedResult> {
  const { clients, inCare } = size;
  if (!Number.isInteger(clients) || !Number.isInteger(inCare) || inCare < 1 || inCare > clients) {
    throw new RangeError(`A scale center needs 1 ≤ in care ≤ clients (got ${inCare} of ${clients}).`);
  }
  const weeksBack = size.weeksOfHistory ?? 52;
  const today = options.today.toISOString().slice(0, 10);
  const from = `(${date(today)} - ${weeksBack * 7})`;
  const until = `(${date(today)} + ${weeksAhead * 7})`;
  const hash = options.passwordHash.replaceAll("'", "''");
  const run = (statement: string) => db.execute(sql.raw(statement));

  await db.transaction(async (tx) => {
    const step = (statement: string) => tx.execute(sql.raw(statement));

    // Staff: clinicians lead groups and care teams; directors, the front desk and an administrator.
    await step(`insert into users (email, password_hash, kind, display_name)
      select 'staff-' || n || '@scale.stepwise.test', '${hash}', 'staff',
        (${textArray(firstNames)})[1 + n % ${firstNames.length}] || ' ' || (${textArray(lastNames)})[1 + (n * 7) % ${lastNames.length}]
      from generate_series(1, ${Math.max(12, Math.ceil(inCare / 40))}) n`);
    await step(`insert into staff_members (user_id, role, credentials)
      select id, case when email like 'staff-1@%' or email like 'staff-2@%' then 'program_director'::staff_role
                      when email like 'staff-3@%' or email like 'staff-4@%' then 'front_desk'::staff_role
                      when email like 'staff-5@%' then 'administrator'::staff_role
                      else 'clinician'::staff_role end,
        case when email like 'staff-1@%' or email like 'staff-2@%' then 'PsyD' when email like 'staff-3@%' or email like 'staff-4@%' or email like 'staff-5@%' then null else 'LCSW' end
      from users where email like '%@scale.stepwise.test' and kind = 'staff'`);
    await step(`create temporary table scale_clinicians on commit drop as
      select row_number() over (order by u.email) as n, s.id from staff_members s join users u on u.id = s.user_id where s.role = 'clinician'`);
    await step(`create temporary table scale_front_desk on commit drop as
      select s.id from staff_members s join users u on u.id = s.user_id where s.role = 'front_desk' order by u.email limit 1`);

    // Programs and their cohorts: one schedule option and one weekly template per group of about twelve.
    const values = programs
      .map((p) => `('${p.slug}', '${p.name}', '${p.level}'::care_level, '${p.track}'::program_track, '${p.zone}', ${p.band[0]}, ${p.band[1]}, ${p.weeks}, ${p.share},
        '${p.shift}'::schedule_shift, array[${p.days.join(",")}]::smallint[], '${p.start}'::time, '${p.end}'::time)`)
      .join(",\n");
    await step(`create temporary table scale_programs on commit drop as
      select v.*, greatest(1, ceil(v.share * ${inCare} / ${cohortSize}))::int as cohorts
      from (values ${values}) as v(slug, name, level, track, zone, min_minutes, max_minutes, weeks, share, shift, days, starts, ends)`);
    await step(`insert into programs (slug, name, level, track, time_zone, min_weekly_minutes, max_weekly_minutes, expected_length_weeks, session_kinds)
      select slug, name, level, track, zone, min_minutes, max_minutes, weeks,
        array['process_group', 'skills_group', 'psychoeducation', 'individual', 'family', 'medication_management']::session_kind[]
      from scale_programs`);
    await step(`insert into schedule_options (program_id, shift, name, weekdays, start_time, end_time)
      select p.id, s.shift, s.name || ' cohort ' || c, s.days, s.starts, s.ends
      from scale_programs s join programs p on p.slug = s.slug cross join generate_series(1, s.cohorts) c`);
    await step(`create temporary table scale_options on commit drop as
      select o.id, o.program_id, p.time_zone, p.level, s.slug, s.weeks, o.weekdays, o.start_time, o.end_time,
        row_number() over (partition by o.program_id order by o.name) - 1 as cohort,
        count(*) over (partition by o.program_id) as cohorts
      from schedule_options o join programs p on p.id = o.program_id join scale_programs s on s.slug = p.slug`);
    await step(`insert into session_templates (program_id, schedule_option_id, kind, title, weekdays, start_time, end_time, facilitator_staff_id, location, starts_on)
      select o.program_id, o.id, 'process_group', 'Process group', o.weekdays, o.start_time, o.end_time,
        (select id from scale_clinicians c where c.n = 1 + (o.cohort % (select count(*) from scale_clinicians))),
        'Group room ' || (1 + o.cohort % 9), ${from}
      from scale_options o`);
    // A year of each cohort's sessions behind today and the horizon ahead, at its wall-clock times in its zone.
    await step(`insert into program_sessions (program_id, schedule_option_id, template_id, occurs_on, kind, title, starts_at, ends_at, facilitator_staff_id, location)
      select t.program_id, t.schedule_option_id, t.id, d::date, t.kind, t.title,
        (d::date + t.start_time) at time zone o.time_zone, (d::date + t.end_time) at time zone o.time_zone, t.facilitator_staff_id, t.location
      from session_templates t join scale_options o on o.id = t.schedule_option_id
      cross join generate_series(${from}, ${until}, interval '1 day') d
      where extract(isodow from d)::smallint = any (t.weekdays)`);

    // People: the first `inCare` are in care now; then alumni (60% of the rest), referrals (5%), people on record.
    const alumni = Math.floor((clients - inCare) * 0.6);
    const referrals = Math.floor((clients - inCare) * 0.05);
    await step(`create temporary table scale_people on commit drop as
      select n,
        case when n <= ${inCare} then 'in_care' when n <= ${inCare + alumni} then 'alumnus' when n <= ${inCare + alumni + referrals} then 'referred' else 'on_record' end as standing,
        ${draw("'account' || n")} < 0.7 as has_account,
        (${textArray(firstNames)})[1 + floor(${draw("'first' || n")} * ${firstNames.length})::int] as first_name,
        (${textArray(lastNames)})[1 + floor(${draw("'last' || n")} * ${lastNames.length})::int] || '-' || n as last_name
      from generate_series(1, ${clients}) n`);
    await step(`insert into users (email, password_hash, kind, display_name)
      select 'client-' || n || '@scale.stepwise.test', '${hash}', 'client', first_name from scale_people where has_account or n = 1`);
    await step(`insert into clients (user_id, first_name, last_name, date_of_birth)
      select u.id, p.first_name, p.last_name, (date '1950-01-01' + floor(${draw("'born' || p.n")} * 18000)::int)
      from scale_people p left join users u on u.email = 'client-' || p.n || '@scale.stepwise.test'
      order by p.n`);
    await step(`create temporary table scale_clients on commit drop as
      select p.*, c.id as client_id from scale_people p join clients c on c.last_name = p.last_name`);

    // Enrollments: each person's program by their draw and the programs' shares, the cohort by their number.
    await step(`create temporary table scale_enrollments on commit drop as
      with shares as (
        select slug, sum(share) over (order by slug) - share as lower, sum(share) over (order by slug) as upper from scale_programs
      ), placed as (
        select c.*, s.slug, ${draw("'program' || c.n")} * (select sum(share) from scale_programs) as pick from scale_clients c cross join shares s
      )
      select p.client_id, p.n, p.standing, o.id as option_id, o.program_id, o.level, o.weeks,
        case p.standing
          when 'in_care' then ${date(today)} - (7 + floor(${draw("'since' || p.n")} * o.weeks * 7))::int
          when 'alumnus' then ${date(today)} - (o.weeks * 7 + 7 + floor(${draw("'since' || p.n")} * greatest(0, ${weeksBack * 7} - o.weeks * 7 - 7)))::int
          else ${date(today)} + (7 + floor(${draw("'since' || p.n")} * 21))::int end as starts_on
      from placed p
      join scale_options o on o.slug = p.slug and o.cohort = p.n % o.cohorts
      where p.standing <> 'on_record' and p.pick >= (select lower from shares where shares.slug = p.slug) and p.pick < (select upper from shares where shares.slug = p.slug)`);
    await step(`insert into enrollments (client_id, program_id, schedule_option_id, status, level, starts_on, intake_on, ends_on, discharge_reason)
      select client_id, program_id, case when standing = 'referred' then null else option_id end,
        (case standing when 'referred' then 'referred' when 'alumnus' then 'discharged'
          else case when ${draw("'hold' || n")} < 0.1 then 'on_hold' else 'active' end end)::enrollment_status,
        level, starts_on, case when standing = 'referred' then null else starts_on - 3 end,
        case when standing = 'alumnus' then starts_on + weeks * 7 end,
        (case when standing = 'alumnus' then case when ${draw("'reason' || n")} < 0.8 then 'completed' else 'left_against_advice' end end)::discharge_reason
      from scale_enrollments`);
    // One in ten clients in care came back: an earlier episode, completed before this one began.
    await step(`insert into enrollments (client_id, program_id, schedule_option_id, status, level, starts_on, intake_on, ends_on, discharge_reason)
      select client_id, program_id, option_id, 'discharged', level, starts_on - 7 * (weeks + 12), starts_on - 7 * (weeks + 12) - 3, starts_on - 7 * 12, 'completed'
      from scale_enrollments where standing = 'in_care' and (n = 1 or ${draw("'earlier' || n")} < 0.1)`);
    await step(`create temporary table scale_episodes on commit drop as
      select e.id, e.client_id, e.program_id, e.schedule_option_id, e.status, e.level, e.starts_on, e.ends_on, o.time_zone,
        coalesce(e.ends_on, case when e.status = 'on_hold' then ${date(today)} - 3 else ${until} end) as care_until
      from enrollments e join scale_options o on o.id = e.schedule_option_id where e.status <> 'referred'`);
    await step(`insert into level_of_care_changes (enrollment_id, from_level, to_level, program_id, schedule_option_id, effective_on, reason, decided_by_staff_id)
      select id, null, level, program_id, schedule_option_id, starts_on, 'Admission', (select id from scale_clinicians where n = 1) from scale_episodes`);
    await step(`insert into enrollment_status_changes (enrollment_id, from_status, to_status, effective_on, recorded_at)
      select id, null::enrollment_status, 'referred'::enrollment_status, starts_on - 14, (starts_on - 14)::timestamptz from enrollments where client_id in (select client_id from scale_clients)
      union all select id, 'referred'::enrollment_status, 'intake_scheduled'::enrollment_status, starts_on - 7, (starts_on - 7)::timestamptz from scale_episodes
      union all select id, 'intake_scheduled'::enrollment_status, 'active'::enrollment_status, starts_on, starts_on::timestamptz from scale_episodes
      union all select id, 'active'::enrollment_status, 'on_hold'::enrollment_status, ${date(today)} - 3, (${date(today)} - 3)::timestamptz from scale_episodes where status = 'on_hold'
      union all select id, 'active'::enrollment_status, 'discharged'::enrollment_status, ends_on, ends_on::timestamptz from scale_episodes where status = 'discharged'`);
    await step(`insert into recertifications (enrollment_id, level, certified_on, certified_by_staff_id)
      select id, level, starts_on + 28, (select id from scale_clinicians where n = 1) from scale_episodes
      where status <> 'discharged' and level <> 'outpatient' and starts_on + 28 <= ${date(today)}`);
    await step(`insert into care_team_members (enrollment_id, staff_member_id, responsibility)
      select e.id, c.id, 'Primary therapist' from scale_episodes e
      join scale_clinicians c on c.n = 1 + ((hashtext(e.client_id::text)::bigint & 2147483647) % (select count(*) from scale_clinicians))`);

    // A weekly individual session for each episode, at its program's early afternoon, past and ahead.
    await step(`insert into program_sessions (program_id, client_id, kind, title, starts_at, ends_at, facilitator_staff_id, location)
      select e.program_id, e.client_id, 'individual', 'Individual therapy',
        ((e.starts_on + 7 * w + 2) + time '13:00') at time zone e.time_zone, ((e.starts_on + 7 * w + 2) + time '13:50') at time zone e.time_zone,
        (select id from scale_clinicians where n = 1), 'Office ' || (1 + (hashtext(e.client_id::text)::bigint & 2147483647) % 12)
      from scale_episodes e cross join generate_series(0, 60) w
      where e.starts_on + 7 * w + 2 < least(e.care_until, ${until})`);

    // Attendance for what has happened: the cohort's groups and the client's own sessions, while in care.
    await step(`insert into attendance (session_id, client_id, status, minutes_attended, recorded_by_staff_id, recorded_at)
      select s.id, e.client_id, a.status::attendance_status,
        case a.status when 'present' then a.length when 'late' then a.length - 20 when 'left_early' then a.length - 45 else 0 end,
        (select id from scale_front_desk), s.ends_at
      from scale_episodes e
      join program_sessions s on s.schedule_option_id = e.schedule_option_id and s.occurs_on >= e.starts_on and s.occurs_on < e.care_until
      cross join lateral (select ${draw("s.id::text || e.client_id::text")} as r, (extract(epoch from s.ends_at - s.starts_at) / 60)::int as length) d
      cross join lateral (select case when d.r < 0.78 then 'present' when d.r < 0.84 then 'late' when d.r < 0.88 then 'left_early' when d.r < 0.96 then 'absent' else 'excused' end as status, d.length) a
      where s.ends_at < now()
      union all
      select s.id, s.client_id, case when ${draw("s.id::text")} < 0.9 then 'present' else 'absent' end::attendance_status,
        case when ${draw("s.id::text")} < 0.9 then 50 else 0 end, (select id from scale_front_desk), s.ends_at
      from program_sessions s where s.kind = 'individual' and s.ends_at < now() and s.client_id in (select client_id from scale_clients)`);

    // Families: one in ten clients in care shares everything with a family member who has an account.
    await step(`insert into users (email, password_hash, kind, display_name)
      select 'family-' || n || '@scale.stepwise.test', '${hash}', 'family', 'Family of ' || first_name
      from scale_clients where standing = 'in_care' and (has_account or n = 1) and (n = 1 or ${draw("'family' || n")} < 0.1)`);
    await step(`insert into family_members (client_id, user_id, name, relationship, email, invited_at, joined_at)
      select c.client_id, u.id, u.display_name, 'spouse_or_partner', u.email, now() - interval '30 days', now() - interval '29 days'
      from scale_clients c join users u on u.email = 'family-' || c.n || '@scale.stepwise.test'`);
    await step(`insert into consents (client_id, family_member_id, scopes, purpose, expires_on_event, signed_name, signed_at, revocation_statement)
      select f.client_id, f.id, array['schedule', 'attendance_summary', 'plan_summary', 'family_sessions']::consent_scope[],
        'So my partner can support me', 'end_of_treatment', c.first_name || ' ' || c.last_name, now() - interval '29 days',
        'You can stop sharing at any time from your family page; it ends at once.'
      from family_members f join clients c on c.id = f.client_id where f.email like 'family-%@scale.stepwise.test'`);
  });

  const count = async (statement: string) => Number(((await run(statement)) as unknown as { n: string }[])[0]?.n ?? 0);
  const staff = async (role: string) =>
    ((await run(`select u.email from staff_members s join users u on u.id = s.user_id where s.role = '${role}' order by u.email limit 1`)) as unknown as { email: string }[])[0]!.email;
  return {
    counts: {
      clients: await count("select count(*) as n from clients"),
      inCare: await count("select count(*) as n from enrollments where status in ('active', 'on_hold')"),
      programs: await count("select count(*) as n from programs"),
      scheduleOptions: await count("select count(*) as n from schedule_options"),
      sessions: await count("select count(*) as n from program_sessions"),
      attendance: await count("select count(*) as n from attendance"),
      enrollments: await count("select count(*) as n from enrollments"),
      familyMembers: await count("select count(*) as n from family_members"),
    },
    accounts: {
      client: "client-1@scale.stepwise.test",
      family: "family-1@scale.stepwise.test",
      clinician: await staff("clinician"),
      director: await staff("program_director"),
      frontDesk: await staff("front_desk"),
    },
  };
}

/**
 * Drops (ending its sessions) and creates the named database on the server, for a scale center
 * made afresh; the URL of the new database.
 */
export async function recreateDatabase(adminUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`"${name}" is not a database name to make here.`);
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  return databaseUrl(adminUrl, name);
}
