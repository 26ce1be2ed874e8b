import { careLevelDefinitions, type CareLevel } from "@stepwise/domain";
import { formatHourBand } from "@stepwise/ui/format";

const compared = ["iop", "php"] as const satisfies readonly CareLevel[];

const rows: { label: string; value: (level: (typeof compared)[number]) => string }[] = [
  { label: "Hours a week", value: (level) => formatHourBand(careLevelDefinitions[level].defaultWeeklyMinutes) },
  { label: "Schedule", value: (level) => careLevelDefinitions[level].description.schedule },
  { label: "Where you live", value: (level) => careLevelDefinitions[level].description.livingArrangement },
  { label: "Level of support", value: (level) => careLevelDefinitions[level].description.supportLevel },
  { label: "Best for", value: (level) => careLevelDefinitions[level].description.bestFor },
];

/** IOP and PHP side by side, in the center's own words (from @stepwise/domain), the client's level marked. */
export function CareLevelComparison({ current }: { current: CareLevel }) {
  return (
    <div className="table-wrap" role="region" aria-labelledby="compare-caption" tabIndex={0}>
      <table className="compare">
        <caption id="compare-caption">
          How IOP and PHP compare
          <span className="caption__hint">Both are day programs: you keep living at home.</span>
        </caption>
        <thead>
          <tr>
            <td />
            {compared.map((level) => (
              <th key={level} scope="col" className={level === current ? "is-current" : undefined}>
                {careLevelDefinitions[level].shortLabel}
                {level === current ? " (your level)" : ""}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {compared.map((level) => (
                <td key={level} className={level === current ? "is-current" : undefined}>
                  {row.value(level)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
