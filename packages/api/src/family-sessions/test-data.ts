/** Kept for the family-session tests until they import the shared family fixtures directly. */
export { familyFixtures as familyTestData, inHours } from "../test-support/family-fixtures";
