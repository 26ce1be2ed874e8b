/** Shown while the plan loads: the page's shape, and words for screen readers. */
export default function Loading() {
  return (
    <div className="skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">Loading…</span>
      <div className="skeleton__line" aria-hidden="true" />
      <div className="skeleton__block" aria-hidden="true" />
      <div className="skeleton__block" aria-hidden="true" />
    </div>
  );
}
