/** Shown while a page loads: the page's shape, and words for screen readers. */
export function LoadingSkeleton({ label }: { label: string }) {
  return (
    <div className="skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
      <div className="skeleton__line" aria-hidden="true" />
      <div className="skeleton__block" aria-hidden="true" />
      <div className="skeleton__block" aria-hidden="true" />
    </div>
  );
}
