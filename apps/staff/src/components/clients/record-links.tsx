import { type StaffRole, staffMay } from "@stepwise/domain";
import Link from "next/link";

/** The record's pages beyond it, each for the roles that may open it. */
const pages = [
  { path: "plan", label: "Treatment plan", permission: "plans.read" },
  { path: "level-of-care", label: "Level of care review", permission: "level_of_care.assess" },
  { path: "review-packet", label: "Utilization review packet", permission: "utilization_review.read" },
] as const;

/** Links from a client's record to their treatment plan, level-of-care review and review packet, as far as the role reaches. */
export function RecordLinks({ clientId, role }: { clientId: string; role: StaffRole }) {
  const shown = pages.filter((page) => staffMay(role, page.permission));
  if (shown.length === 0) return null;
  return (
    <nav aria-label="More of this record">
      <ul className="record-links">
        {shown.map((page) => (
          <li key={page.path}>
            <Link href={`/clients/${clientId}/${page.path}`} className="target-link">
              {page.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
