import Link from "next/link";

/** The API refused because the staff member's role lacks the permission: said politely, with a way on. */
export function ForbiddenNotice() {
  return (
    <section className="card" aria-labelledby="forbidden-heading">
      <h1 id="forbidden-heading">Your role doesn&apos;t include this</h1>
      <p>
        Opening this page isn&apos;t part of your role&apos;s access. If you need it for your work, ask your program
        director or an administrator.
      </p>
      <p>
        <Link href="/">Back to the roster</Link>
      </p>
    </section>
  );
}
