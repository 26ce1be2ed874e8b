import { crisisResources } from "~/lib/crisis-resources";

/**
 * Crisis resources, one tap away on every page (DOMAIN.md §9). Rendered by the root layout, so it is
 * there before sign-in, on errors and on not-found pages too.
 */
export async function CrisisBanner() {
  const { lifeline, emergency, centerLine } = await crisisResources();
  return (
    <section className="crisis-banner" aria-label="Crisis support">
      <div className="crisis-banner__inner">
        <p>
          <strong>In crisis?</strong> <span className="crisis-banner__lede">Help is available right now.</span>
        </p>
        <ul>
          <li>
            <a href={`tel:${lifeline.tel}`}>Call or text {lifeline.display}</a> (Suicide &amp; Crisis Lifeline)
          </li>
          <li>
            Emergency: <a href={`tel:${emergency.tel}`}>{emergency.display}</a>
          </li>
          <li>
            Our 24/7 line: <a href={`tel:${centerLine.tel}`}>{centerLine.display}</a>
          </li>
        </ul>
      </div>
    </section>
  );
}
