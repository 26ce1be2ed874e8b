import type { ComplianceFlag } from "@stepwise/domain";
import { Badge } from "@stepwise/ui/components";
import { complianceFilterLabels, describeFlag } from "~/lib/flags";

/** Flags as words (never colour alone); `detailed` adds the sentence under each badge. */
export function FlagList({
  flags,
  reviewOverdue,
  detailed = false,
}: {
  flags: readonly ComplianceFlag[];
  reviewOverdue: boolean;
  detailed?: boolean;
}) {
  if (flags.length === 0 && !reviewOverdue) return <span className="muted">None</span>;
  return (
    <ul className={detailed ? "flag-details" : "badges"}>
      {reviewOverdue ? (
        <li>
          <Badge tone="alert">{complianceFilterLabels.review_overdue}</Badge>
          {detailed ? <p className="small">The next level-of-care review date has passed.</p> : null}
        </li>
      ) : null}
      {flags.map((flag) => {
        const described = describeFlag(flag);
        return (
          <li key={flag.kind}>
            <Badge tone={described.tone}>{described.label}</Badge>
            {detailed ? <p className="small">{described.detail}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
