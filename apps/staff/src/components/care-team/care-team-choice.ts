/** The choice in the responsibility list that opens a field for the center's own words. */
export const otherResponsibility = "other";
