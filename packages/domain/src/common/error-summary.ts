/**
 * What of a failure may go into a server log. Messages never do: a database error's message and
 * detail quote the values of the row ("Key (email)=(…) already exists"), drizzle's message holds
 * the statement and its parameters, and a JSON parse error quotes the input. What is left says what
 * failed and where, and nothing about whom: each error's class down the cause chain, its code (a
 * SQLSTATE such as 23505, or a system code such as ECONNREFUSED), the constraint and table a
 * database error names, and where the innermost error was thrown.
 *
 * Read from the errors' own fields, so every package (and a browser) can use it without the driver.
 */
export function errorLogSummary(error: unknown, context: { path?: string } = {}): string {
  const parts: string[] = context.path ? [`path=${context.path}`] : [];
  const chain: string[] = [];
  let innermost: unknown = error;
  const seen = new Set<unknown>();
  for (let current: unknown = error; current !== undefined && current !== null && !seen.has(current) && seen.size < 8; ) {
    seen.add(current);
    innermost = current;
    chain.push(describeOne(current));
    current = typeof current === "object" ? (current as { cause?: unknown }).cause : undefined;
  }
  parts.push(chain.length > 0 ? chain.join(" <- ") : "no error");
  const at = thrownAt(innermost);
  if (at) parts.push(`at ${at}`);
  return parts.join(" ");
}

/** Identifiers only: a code, a constraint or a table name is a word of the schema, never a value. */
const identifier = /^[A-Za-z0-9_.$-]{1,63}$/;

function describeOne(error: unknown): string {
  if (error === null || (typeof error !== "object" && typeof error !== "function")) return typeof error;
  const fields = error as Record<string, unknown>;
  // A subclass that leaves `name` as "Error" (drizzle's DrizzleQueryError) is known by its class.
  const ownName = typeof fields.name === "string" && identifier.test(fields.name) ? fields.name : undefined;
  const className = typeof error.constructor?.name === "string" && identifier.test(error.constructor.name) ? error.constructor.name : undefined;
  const name = (ownName === "Error" ? className : ownName) ?? className ?? "object";
  const facts = [
    ["code", fields.code],
    ["constraint", fields.constraint_name],
    ["table", fields.table_name],
  ]
    .filter((fact): fact is [string, string] => typeof fact[1] === "string" && identifier.test(fact[1]))
    .map(([key, value]) => `${key}=${value}`);
  return facts.length > 0 ? `${name}(${facts.join(" ")})` : name;
}

/** The first frame of the stack: the place, never the message lines above it. */
function thrownAt(error: unknown): string | undefined {
  const stack = typeof error === "object" && error !== null ? (error as { stack?: unknown }).stack : undefined;
  if (typeof stack !== "string") return undefined;
  const frame = stack.split("\n").find((line) => /^\s+at \S.*:\d+:\d+\)?$/.test(line));
  return frame?.trim().slice("at ".length);
}
