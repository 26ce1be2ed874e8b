import type postgres from "postgres";

/** Whom and what each read path is about, picked from the database so every size has its own. */
export interface Subjects {
  /** The client who signs in to the portal (client-1), in care. */
  clientId: string;
  /** A client in care with the longest attendance history, for their record. */
  longHistoryClientId: string;
  /** The program with the most clients in care, for the filtered board. */
  programId: string;
  /** The most recent group session with the most clients recorded, for its attendance roster. */
  sessionId: string;
  /** A last name to search for: the commonest among clients. */
  searchName: string;
  /** Who signs in: the portal's client and a program director, who sees every program. */
  accounts: { client: string; director: string };
}

const clientEmail = "client-1@scale.stepwise.test";

export async function findSubjects(sql: postgres.Sql): Promise<Subjects> {
  const [client] = await sql`select c.id from clients c join users u on u.id = c.user_id where u.email = ${clientEmail}`;
  const [director] = await sql`
    select u.email from users u join staff_members m on m.user_id = u.id
      where m.role = 'program_director' and u.email like '%@scale.stepwise.test' order by u.email limit 1`;
  const [longHistory] = await sql`
    select a.client_id as id from attendance a
      join enrollments e on e.client_id = a.client_id and e.status in ('active', 'on_hold')
      group by a.client_id order by count(*) desc, a.client_id limit 1`;
  const [program] = await sql`
    select program_id as id from enrollments where status in ('active', 'on_hold')
      group by program_id order by count(*) desc, program_id limit 1`;
  const [session] = await sql`
    select s.id from program_sessions s join attendance a on a.session_id = s.id
      where s.schedule_option_id is not null and s.starts_at < now() and s.cancelled_at is null
      group by s.id order by max(s.starts_at) desc, count(*) desc limit 1`;
  const [name] = await sql`select last_name from clients group by last_name order by count(*) desc, last_name limit 1`;
  if (!client || !director || !longHistory || !program || !session || !name) {
    throw new Error("The scale database lacks the clients, sessions or programs the benchmark reads; run pnpm seed:scale.");
  }
  return {
    clientId: client.id, longHistoryClientId: longHistory.id, programId: program.id, sessionId: session.id, searchName: name.last_name,
    accounts: { client: clientEmail, director: director.email },
  };
}
