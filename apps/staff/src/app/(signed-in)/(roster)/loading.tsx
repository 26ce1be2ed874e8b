/**
 * Shown while the roster loads. Only the roster has one: a loading boundary above the client page
 * would start the response before it can answer 404 for an unknown client.
 */
export default function Loading() {
  return (
    <div className="skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">Loading the roster…</span>
      <div className="skeleton__line" aria-hidden="true" />
      <div className="skeleton__block" aria-hidden="true" />
      <div className="skeleton__block" aria-hidden="true" />
    </div>
  );
}
