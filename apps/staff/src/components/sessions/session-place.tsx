/** Where a session happens: the room, the video link, or both. */
export function SessionPlace({ location, videoUrl }: { location: string | null; videoUrl: string | null }) {
  if (!location && !videoUrl) return <span className="muted">Not set</span>;
  return (
    <>
      {location}
      {location && videoUrl ? <br /> : null}
      {videoUrl ? (
        <a href={videoUrl} rel="noopener noreferrer">
          Video link
        </a>
      ) : null}
    </>
  );
}
