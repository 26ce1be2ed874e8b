import { describe, expect, it } from "vitest";
import { z } from "zod";
import { portalRouter } from "../portal/router";
import { staffRouter } from "../staff/router";
import { createRouter, publicProcedure } from "./trpc";

/**
 * Every text a caller can send is refused when it holds a NUL (which Postgres cannot store, and
 * answered with a 500), proven over the routers' procedures rather than an example of each: each
 * place in an input schema that takes a string must refuse one. A procedure added with a plain
 * `z.string()` fails here until it uses the domain's text schemas (`singleLineTextSchema` and the
 * others in `@stepwise/domain`'s common/text.ts) or a format that refuses it.
 */

type Schema = z.core.$ZodType;
interface Leaf {
  path: string;
  schema: Schema;
}

const wrappers = new Set(["optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional", "success"]);
// Takes whatever it is given, a string with a NUL among it.
const takesAnyString = new Set(["string", "any", "unknown", "custom", "transform", "template_literal"]);
// Fixed values or no text at all: nothing a caller writes goes through them.
const takesNoFreeText = new Set(["literal", "enum", "number", "int", "boolean", "bigint", "date", "null", "undefined", "void", "never", "nan"]);

function defOf(schema: Schema) {
  return schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
}

/** Whether a string sent here reaches a check of its own (a string, or a pipe that starts with one). */
function acceptsStrings(schema: Schema): boolean {
  const def = defOf(schema);
  if (takesAnyString.has(def.type)) return true;
  if (wrappers.has(def.type)) return acceptsStrings(def.innerType as Schema);
  if (def.type === "pipe") return acceptsStrings(def.in as Schema);
  if (def.type === "lazy") return acceptsStrings((def.getter as () => Schema)());
  if (def.type === "union") return (def.options as Schema[]).some(acceptsStrings);
  return false;
}

/** Every place in the schema that takes a string, named by its path in the input. */
function stringLeaves(schema: Schema, path: string, leaves: Leaf[] = []): Leaf[] {
  const def = defOf(schema);
  const at = (key: string | number) => (path ? `${path}.${key}` : String(key));
  if (takesAnyString.has(def.type)) leaves.push({ path, schema });
  else if (def.type === "pipe") {
    // A string tidied and then checked (trim, then a schema) is one place: the whole pipe answers.
    if (acceptsStrings(def.in as Schema)) leaves.push({ path, schema });
    else stringLeaves(def.in as Schema, path, leaves);
  } else if (wrappers.has(def.type)) stringLeaves(def.innerType as Schema, path, leaves);
  else if (def.type === "object") {
    for (const [key, field] of Object.entries(def.shape as Record<string, Schema>)) stringLeaves(field, at(key), leaves);
    if (def.catchall) stringLeaves(def.catchall as Schema, at("*"), leaves);
  } else if (def.type === "array") stringLeaves(def.element as Schema, at("[]"), leaves);
  else if (def.type === "set") stringLeaves(def.valueType as Schema, at("[]"), leaves);
  else if (def.type === "tuple") {
    (def.items as Schema[]).forEach((item, index) => stringLeaves(item, at(index), leaves));
    if (def.rest) stringLeaves(def.rest as Schema, at("[]"), leaves);
  } else if (def.type === "record" || def.type === "map") {
    stringLeaves(def.keyType as Schema, at("(key)"), leaves);
    stringLeaves(def.valueType as Schema, at("*"), leaves);
  } else if (def.type === "union") {
    (def.options as Schema[]).forEach((option) => stringLeaves(option, path, leaves));
  } else if (def.type === "intersection") {
    stringLeaves(def.left as Schema, path, leaves);
    stringLeaves(def.right as Schema, path, leaves);
  } else if (def.type === "lazy") stringLeaves((def.getter as () => Schema)(), path, leaves);
  else if (!takesNoFreeText.has(def.type)) throw new Error(`${path || "input"}: no rule here yet for a zod ${def.type}; teach stringLeaves it`);
  return leaves;
}

/**
 * Values one of which each text input takes: a NUL put into one it takes must be refused, so the
 * refusal is the NUL's and not the value's shape.
 */
const samples = [
  "Alex Rivera",
  "abc",
  "name@example.com",
  "5f0c8f7e-1d2b-4c3a-8e9f-0a1b2c3d4e5f",
  "2026-03-09",
  "18:00",
  "America/New_York",
  "https://video.example.org/family",
  "+15551234567",
  "adult-evening-iop",
  "123456",
  "7KQ2M-XH4TP",
  "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE",
];

function withNul(value: string): string[] {
  const middle = Math.floor(value.length / 2);
  return ["\u0000", `\u0000${value}`, `${value.slice(0, middle)}\u0000${value.slice(middle)}`, `${value}\u0000`];
}

/** What is wrong with the procedures' string inputs: one line per place that takes a NUL, or takes none of the samples. */
function nulProblems(router: { _def: { procedures: object } }): string[] {
  const problems: string[] = [];
  const procedures = router._def.procedures as Record<string, { _def: { inputs: Schema[] } }>;
  for (const [name, procedure] of Object.entries(procedures)) {
    for (const input of procedure._def.inputs) {
      for (const leaf of stringLeaves(input, "")) {
        const where = `${name}${leaf.path ? ` ${leaf.path}` : ""}`;
        const taken = samples.filter((sample) => z.safeParse(leaf.schema, sample).success);
        if (taken.length === 0) problems.push(`${where}: takes none of the samples; add one it takes`);
        const passed = ["\u0000", ...taken.flatMap(withNul)].filter((value) => z.safeParse(leaf.schema, value).success);
        if (passed.length > 0) problems.push(`${where}: takes ${JSON.stringify(passed[0])}`);
      }
    }
  }
  return problems;
}

const procedureCount = (router: { _def: { procedures: object } }) => Object.keys(router._def.procedures).length;

describe("every text input refuses a NUL", () => {
  it.each([
    ["portal", portalRouter],
    ["staff", staffRouter],
  ])("in every procedure of the %s router", (_, router) => {
    expect(procedureCount(router)).toBeGreaterThan(10);
    expect(nulProblems(router)).toEqual([]);
  });

  it("finds the string inputs inside objects, arrays, unions, intersections, pipes and optionals", () => {
    const leaves = stringLeaves(
      z
        .object({
          name: z.string().trim().optional(),
          plan: z.object({ items: z.array(z.string()), contact: z.object({ phone: z.string() }).nullable() }),
          expiry: z.discriminatedUnion("kind", [z.object({ kind: z.literal("date"), on: z.string() }), z.object({ kind: z.literal("never") })]),
          tidied: z.string().transform((value) => value.trim()),
          count: z.number().default(1),
        })
        .and(z.object({ extra: z.string() }))
        .optional(),
      "",
    ).map((leaf) => leaf.path);
    expect(leaves).toEqual(["name", "plan.items.[]", "plan.contact.phone", "expiry.on", "tidied", "extra"]);
  });

  it("would catch a new procedure whose input is a plain z.string()", () => {
    const router = createRouter({
      careless: publicProcedure.input(z.object({ note: z.string().max(2000), id: z.uuid() })).mutation(() => null),
    });
    expect(nulProblems(router)).toEqual([`careless note: takes "\\u0000"`]);
  });
});
