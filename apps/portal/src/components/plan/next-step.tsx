import { formatCalendarDate } from "@stepwise/ui/format";
import { getCenter } from "~/lib/center";
import type { NextStep as NextStepWords } from "./types";

/** Before a program starts (or while it is paused): what happens next, and a way to reach us. */
export async function NextStep({ words, intakeOn }: { words: NextStepWords; intakeOn?: string | null }) {
  const { mainPhone } = await getCenter();
  return (
    <section className="card" aria-labelledby="next-step-heading">
      <h2 id="next-step-heading">{words.heading}</h2>
      {intakeOn ? (
        <p>
          <strong>Your intake appointment: {formatCalendarDate(intakeOn)}</strong>
        </p>
      ) : null}
      {words.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <p>
        Questions? Call us at <a href={`tel:${mainPhone.tel}`}>{mainPhone.display}</a>.
      </p>
    </section>
  );
}
