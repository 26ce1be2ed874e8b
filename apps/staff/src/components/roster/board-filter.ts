import { type ComplianceBoardFilter, complianceBoardFilterSchema } from "@stepwise/domain";

export type SearchParams = Record<string, string | string[] | undefined>;

/** The filters in the URL; an empty select means no filter, and a tampered value drops them all. */
export function boardFilterFrom(params: SearchParams): { filter: ComplianceBoardFilter; ignored: boolean } {
  const one = (value: string | string[] | undefined) => (typeof value === "string" && value !== "" ? value : undefined);
  const page = one(params.page);
  const parsed = complianceBoardFilterSchema.safeParse({
    programId: one(params.programId),
    flag: one(params.flag),
    caseload: one(params.caseload),
    page: page === undefined ? undefined : Number(page),
  });
  return parsed.success ? { filter: parsed.data, ignored: false } : { filter: {}, ignored: true };
}

/** The board's address with these filters (and page), under `basePath`. */
export function boardHref(basePath: string, filter: ComplianceBoardFilter, page = 1): string {
  const params = new URLSearchParams();
  if (filter.programId) params.set("programId", filter.programId);
  if (filter.flag) params.set("flag", filter.flag);
  if (filter.caseload) params.set("caseload", filter.caseload);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `${basePath}?${query}` : basePath;
}

export function isFiltered(filter: ComplianceBoardFilter): boolean {
  return filter.programId !== undefined || filter.flag !== undefined || filter.caseload !== undefined;
}
