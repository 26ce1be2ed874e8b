/** The end-to-end stack runs on its own ports, beside any `pnpm start` on 3000/3001. */
export const ports = { portal: 3100, staff: 3101 } as const;
export const portalUrl = `http://localhost:${ports.portal}`;
export const staffUrl = `http://localhost:${ports.staff}`;
