import { staffLabels } from "@stepwise/ui/labels";
import type { ClientDetail, CareTeamOption } from "~/components/enrollment/types";
import { AddCareTeamMemberForm, RemoveCareTeamMemberForm } from "./care-team-forms";

/**
 * Who cares for the client in the open enrollment. Staff who may change enrollments (and only
 * they receive `options`) can add and remove members while the enrollment is open; the API
 * checks both again.
 */
export function CareTeamCard({ detail, options }: { detail: ClientDetail; options: readonly CareTeamOption[] | null }) {
  const open = detail.openEnrollment;
  if (!open) return null;
  const clientId = detail.client.id;
  return (
    <section className="card" aria-labelledby="care-team-heading">
      <h2 id="care-team-heading">Care team</h2>
      {detail.careTeam.length === 0 ? (
        <p className="muted">Nobody is on the care team yet. The client&apos;s plan says their care team will be listed once assigned.</p>
      ) : (
        <ul className="team">
          {detail.careTeam.map((member) => {
            const who = `${member.name}${member.credentials ? `, ${member.credentials}` : ""}`;
            return (
              <li key={member.id}>
                <strong>{who}</strong> <span className="muted">· {member.responsibility}</span>
                <br />
                <span className="small muted">{staffLabels.role[member.role]}</span>
                {options ? (
                  <RemoveCareTeamMemberForm
                    clientId={clientId}
                    enrollmentId={open.id}
                    careTeamMemberId={member.id}
                    who={`${member.name} as ${member.responsibility}`}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {options ? (
        <details className="enrollment-action">
          <summary>Add to the care team</summary>
          {options.length > 0 ? (
            <AddCareTeamMemberForm clientId={clientId} enrollmentId={open.id} options={options} />
          ) : (
            <p className="muted">No clinician or program director can be assigned at the moment.</p>
          )}
        </details>
      ) : null}
    </section>
  );
}
