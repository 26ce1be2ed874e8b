import type { EnrolledPlan } from "./types";

export function CareTeam({ careTeam }: { careTeam: EnrolledPlan["careTeam"] }) {
  return (
    <section className="card" aria-labelledby="team-heading">
      <h2 id="team-heading">Your care team</h2>
      {careTeam.length > 0 ? (
        <ul className="team">
          {careTeam.map((member) => (
            <li key={`${member.name}-${member.responsibility}`}>
              <strong>
                {member.name}
                {member.credentials ? `, ${member.credentials}` : ""}
              </strong>
              <br />
              <span className="muted">{member.responsibility}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Your care team will be listed here once they are assigned.</p>
      )}
    </section>
  );
}
