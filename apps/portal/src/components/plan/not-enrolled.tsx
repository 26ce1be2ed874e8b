import { getCenter } from "~/lib/center";

/** No current program: said plainly and warmly, with a way to reach the center. */
export async function NotEnrolled({ hasRecord }: { hasRecord: boolean }) {
  const { mainPhone } = await getCenter();
  return (
    <section className="card" aria-labelledby="not-enrolled-heading">
      <h2 id="not-enrolled-heading">
        {hasRecord ? "You're not enrolled in a program right now" : "There's no treatment plan on this account"}
      </h2>
      <p>
        {hasRecord
          ? "When you start a program with us, your level of care, schedule and care team will appear here."
          : "This account isn't linked to a treatment plan of its own. If you expected to see one, we can help sort it out."}
      </p>
      <p>
        Questions about next steps? Call us at <a href={`tel:${mainPhone.tel}`}>{mainPhone.display}</a>. We&apos;re
        glad to help.
      </p>
    </section>
  );
}
