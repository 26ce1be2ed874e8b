import { describe, expect, it } from "vitest";
import { auditActionCatalog, auditActionChoices, auditActionDefinition, auditActionGroups, auditActionPaths, auditActions, auditActionWords } from "./audit-actions";

describe("the catalog of audited actions", () => {
  it("gives every group some actions, and lists each action once in the form", () => {
    const choices = auditActionChoices();
    expect(choices.map((choice) => choice.group)).toEqual([...auditActionGroups]);
    for (const choice of choices) expect(choice.actions.length, choice.group).toBeGreaterThan(0);
    expect(choices.flatMap((choice) => choice.actions.map((entry) => entry.action)).sort()).toEqual([...auditActions].sort());
  });

  it("words each action once: no two say the same thing to the privacy officer", () => {
    const words = auditActions.map((action) => auditActionCatalog[action].done);
    expect(new Set(words).size).toBe(words.length);
  });

  it("reads rows written under a path an action had before it was renamed", () => {
    expect(auditActionPaths("sharedWithMe.schedule")).toEqual(["sharedWithMe.schedule", "shared.schedule"]);
    expect(auditActionDefinition("shared.schedule")).toBe(auditActionCatalog["sharedWithMe.schedule"]);
    const former = auditActions.flatMap((action) => auditActionPaths(action).slice(1));
    for (const path of former) expect(auditActions as string[]).not.toContain(path);
  });

  it("words an action it does not know by its path", () => {
    expect(auditActionWords("roster.list")).toBe("Viewed the compliance board");
    expect(auditActionWords("reports.monthly")).toBe("Used reports.monthly");
  });

  it("words for the client what others do, in the client's second person", () => {
    for (const action of auditActions) {
      const forClient = auditActionCatalog[action].forClient;
      if (forClient !== null) expect(forClient, action).toMatch(/^[a-z]/);
    }
    // A client's own reading of their plan is theirs: nobody else's view to account for.
    expect(auditActionCatalog["plan.mine"].forClient).toBeNull();
  });
});
