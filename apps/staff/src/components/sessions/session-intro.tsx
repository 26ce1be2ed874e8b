import { formatSessionDay, formatTimeRange, isoInstant } from "@stepwise/ui/format";
import Link from "next/link";
import type { ReactNode } from "react";

/**
 * The top of a session's page: the way back, the program, the title and when it meets in the
 * program's zone. `children` adds what is particular to the page (a cancellation, say).
 */
export function SessionIntro({
  back,
  session,
  timeZone,
  children,
}: {
  back: { href: string; label: string };
  session: { program: { name: string }; title: string; startsAt: Date; endsAt: Date };
  timeZone: string;
  children?: ReactNode;
}) {
  return (
    <>
      <Link href={back.href} className="back-link">
        ← {back.label}
      </Link>
      <div className="page-intro">
        <p className="eyebrow">{session.program.name}</p>
        <h1>{session.title}</h1>
        <p className="lede">
          <time dateTime={isoInstant(session.startsAt)}>
            {formatSessionDay(session.startsAt, timeZone)}, {formatTimeRange(session.startsAt, session.endsAt, timeZone)}
          </time>
        </p>
        {children}
      </div>
    </>
  );
}
