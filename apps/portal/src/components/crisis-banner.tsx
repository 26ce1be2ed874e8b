import { crisisResources } from "~/lib/crisis-resources";

/**
 * Crisis resources, one tap away on every page (DOMAIN.md §9). Rendered by the root layout, so it is
 * there before sign-in, on errors and on not-found pages too. On a phone it is one compact row (988
 * and 911 always a tap away, the rest behind "More help", a <details> that works without scripts);
 * wider screens show everything in one line.
 */
export async function CrisisBanner() {
  const { lifeline, emergency, centerLine } = await crisisResources();
  return (
    <section className="crisis-banner" aria-label="Crisis support">
      <div className="crisis-banner__inner">
        <p className="crisis-banner__title">
          <strong>In crisis?</strong> <span className="crisis-banner__lede">Help is available right now.</span>
        </p>
        <ul className="crisis-banner__lines">
          <li>
            <a href={`tel:${lifeline.tel}`}>Call or text {lifeline.display}</a>
            <span className="crisis-banner__note"> (Suicide &amp; Crisis Lifeline)</span>
          </li>
          <li>
            <span className="crisis-banner__note">Emergency: </span>
            <a href={`tel:${emergency.tel}`}>{emergency.display}</a>
          </li>
        </ul>
        <details className="crisis-banner__more">
          <summary>
            More<span className="crisis-banner__note"> help</span>
          </summary>
          <ul className="crisis-banner__lines">
            <li>
              Our 24/7 line: <a href={`tel:${centerLine.tel}`}>{centerLine.display}</a>
            </li>
            <li className="crisis-banner__phone-only">
              {lifeline.display} is the Suicide &amp; Crisis Lifeline; call {emergency.display} in an emergency.
            </li>
          </ul>
        </details>
      </div>
    </section>
  );
}
