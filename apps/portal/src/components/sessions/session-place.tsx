import type { ProgramAddress } from "@stepwise/domain";

/**
 * Where an in-person session meets: the program's address (or the center's) and its parking
 * note. Shown beside a session's day and time; render it only for a session held in person.
 */
export function SessionPlace({ address }: { address: ProgramAddress }) {
  return (
    // A <p>, not <address>: HTML keeps <address> for contact details of a page's author.
    <div className="session__place">
      <p className="session__meta">
        {address.addressLines.map((line, index) => (
          <span key={line}>
            {index > 0 ? <br /> : null}
            {line}
          </span>
        ))}
      </p>
      {address.parkingDirections ? <p className="session__meta small">{address.parkingDirections}</p> : null}
    </div>
  );
}
