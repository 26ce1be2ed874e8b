import { staffMay } from "@stepwise/domain";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { requireSignedInUser } from "~/server/session";
import { ProgramForm } from "~/components/programs/program-form";
import { knownTimeZones } from "~/lib/time-zones";
import { createProgramAction } from "../actions";

export const metadata: Metadata = { title: "New program" };

export default async function NewProgramPage() {
  // Nothing is read here, so the role is checked on the page; the API checks again on save.
  const user = await requireSignedInUser();
  if (!user.staff || !staffMay(user.staff.role, "program.write")) forbidden();
  return (
    <>
      <Link href="/programs" className="back-link">
        ← Programs
      </Link>
      <div className="page-intro">
        <h1>New program</h1>
        <p className="muted">Add schedule options and session templates once the program is saved.</p>
      </div>
      <section className="card" aria-labelledby="settings-heading">
        <h2 id="settings-heading">Settings</h2>
        <ProgramForm action={createProgramAction} program={null} timeZones={knownTimeZones()} />
      </section>
    </>
  );
}
