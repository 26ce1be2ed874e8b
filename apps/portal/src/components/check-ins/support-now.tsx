import { crisisResources } from "~/lib/crisis-resources";
import "~/styles/check-ins.css";

/**
 * Shown first after a check-in whose answers need the care team now: every way to reach someone
 * right away, each a large tap, in warm words, and that the care team will be in touch.
 */
export async function SupportNow() {
  const { lifeline, emergency, centerLine } = await crisisResources();
  return (
    <section className="card support-now" aria-labelledby="support-now-heading">
      <h2 id="support-now-heading">You don&apos;t have to go through this alone</h2>
      <p>
        Thank you for telling us how you&apos;re really doing. If you are thinking about hurting yourself, or it all feels
        like too much, please reach out now. Someone is there to listen, day and night.
      </p>
      <ul className="support-now__lines">
        <li>
          <p className="support-now__what">The Suicide &amp; Crisis Lifeline, free, any time</p>
          <div className="pager">
            <a className="button" href={`tel:${lifeline.tel}`}>
              Call {lifeline.display}
            </a>
            <a className="button" href={`sms:${lifeline.tel}`}>
              Text {lifeline.display}
            </a>
          </div>
        </li>
        <li>
          <p className="support-now__what">Our own 24/7 line, to talk with someone here</p>
          <a className="button" href={`tel:${centerLine.tel}`}>
            Call {centerLine.display}
          </a>
        </li>
        <li>
          <p className="support-now__what">If you are in danger right now</p>
          <a className="button" href={`tel:${emergency.tel}`}>
            Call {emergency.display}
          </a>
        </li>
      </ul>
      <p className="support-now__team">
        <strong>Your care team will contact you.</strong> They have been told, and will reach out to you soon.
      </p>
    </section>
  );
}
