/**
 * The OpenAPI document gives every JSON success response a shape: an object with its properties or
 * an array with its items, so a client can be generated from it instead of copied by hand; and what
 * the API answers on a filled organization is what the document says.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeTable } from "../../src/http/app.js";
import { createDemo } from "../../src/modules/demo/demo.service.js";
import { type ApiHarness, openApi } from "../support/api.js";

type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema | false;
  prefixItems?: Schema[];
  additionalProperties?: Schema | boolean;
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
};
type Operation = { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> };
type Document = { paths: Record<string, Record<string, Operation>>; components?: Record<string, unknown> };

/** Follows a local `#/...` reference inside the document. */
function resolve(doc: Document, schema: Schema, seen = new Set<string>()): Schema {
  if (!schema.$ref) return schema;
  if (seen.has(schema.$ref)) throw new Error(`circular reference ${schema.$ref}`);
  seen.add(schema.$ref);
  let target: unknown = doc;
  for (const part of schema.$ref.replace(/^#\//, "").split("/"))
    target = (target as Record<string, unknown> | undefined)?.[decodeURIComponent(part)];
  if (!target) throw new Error(`unresolved reference ${schema.$ref}`);
  return resolve(doc, target as Schema, seen);
}

/**
 * Why a schema has no shape, or undefined when it has one. An object needs declared properties (or
 * be a map whose values have a shape), an array needs items with a shape; a union needs a shape in
 * every branch except a bare null.
 */
function shapeless(doc: Document, given: Schema): string | undefined {
  const schema = resolve(doc, given);
  const union = schema.oneOf ?? schema.anyOf;
  if (union) {
    const branches = union.map((b) => resolve(doc, b)).filter((b) => b.type !== "null");
    if (!branches.length) return "a union of nulls";
    for (const branch of branches) {
      const why = shapeless(doc, branch);
      if (why) return `a union branch is ${why}`;
    }
    return undefined;
  }
  if (schema.allOf?.length) {
    return schema.allOf.every((part) => shapeless(doc, part)) ? "an allOf without a shape" : undefined;
  }
  const types = [schema.type ?? []].flat().filter((t) => t !== "null");
  if (types.includes("array")) {
    if (schema.prefixItems?.length) return undefined;
    if (!schema.items) return "an array without items";
    const why = shapeless(doc, schema.items);
    // Arrays of plain values (strings, numbers) have a shape; arrays of objects need one too.
    const item = resolve(doc, schema.items);
    const itemTypes = [item.type ?? []].flat();
    if (why && (itemTypes.includes("object") || itemTypes.length === 0)) return `an array of ${why}`;
    return undefined;
  }
  if (types.includes("object") || (types.length === 0 && !schema.properties)) {
    if (schema.properties && Object.keys(schema.properties).length) return undefined;
    const values = schema.additionalProperties;
    if (values && typeof values === "object") {
      const value = resolve(doc, values);
      const valueTypes = [value.type ?? []].flat();
      if (valueTypes.length && !valueTypes.includes("object") && !valueTypes.includes("array"))
        return undefined; // a map of plain values, such as strings to strings
      if (!shapeless(doc, value)) return undefined; // a map whose values have a shape
      return "a map of values without a shape";
    }
    return types.length ? "an object without properties" : "a schema without a type";
  }
  return undefined;
}

describe("the OpenAPI document", () => {
  let api: ApiHarness;
  let doc: Document;
  beforeAll(async () => {
    api = await openApi("sqlite");
    const response = await api.call(undefined, "GET", "/api/v1/openapi.json");
    expect(response.status).toBe(200);
    doc = response.json as unknown as Document;
  }, 60_000);
  afterAll(async () => {
    await api.dispose();
  });

  it("tells a shapeless schema from one with a shape", () => {
    const empty: Document = { paths: {} };
    expect(shapeless(empty, { type: "object", additionalProperties: {} })).toBeDefined();
    expect(shapeless(empty, { type: "object", properties: {}, additionalProperties: {} })).toBeDefined();
    expect(shapeless(empty, { type: "array", items: { type: "object" } })).toBeDefined();
    expect(shapeless(empty, { anyOf: [{ type: "object", properties: { a: {} } }, { type: "object" }] })).toBe(
      "a union branch is an object without properties",
    );
    expect(shapeless(empty, { type: "object", properties: { a: { type: "string" } } })).toBeUndefined();
    expect(shapeless(empty, { type: "array", items: { type: "string" } })).toBeUndefined();
    expect(shapeless(empty, { type: "object", additionalProperties: { type: "string" } })).toBeUndefined();
    expect(
      shapeless(empty, {
        type: "object",
        additionalProperties: { type: "object", properties: { n: { type: "number" } } },
      }),
    ).toBeUndefined();
    expect(
      shapeless(
        { paths: {}, components: { schemas: { X: { type: "object", properties: { a: {} } } } } },
        { $ref: "#/components/schemas/X" },
      ),
    ).toBeUndefined();
  });

  it("describes every JSON success response with its properties or items", () => {
    const missing: string[] = [];
    let checked = 0;
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        for (const [status, response] of Object.entries(operation.responses ?? {})) {
          if (!/^2/.test(status)) continue;
          const schema = response.content?.["application/json"]?.schema;
          if (!schema) continue;
          checked++;
          const why = shapeless(doc, schema);
          if (why) missing.push(`${method.toUpperCase()} ${path} ${status}: ${why}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(missing, missing.join("\n")).toEqual([]);
  });

  it("answers every read of a filled organization as its schema declares", async () => {
    const { organization } = await createDemo(api.ws, "test");
    const owner = await api.member(organization.slug, "owner");
    const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
    ajv.addSchema(doc as object, "openapi");
    const samples: Record<string, string> = {
      slug: organization.slug,
      controlId: "5.15",
      register: "roles",
      document: "ssp",
      id: "8.8",
    };
    const problems: string[] = [];
    let validated = 0;
    for (const route of routeTable(api.app)) {
      if (route.method !== "GET" || route.url.endsWith("openapi.json")) continue;
      const names = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1] ?? "");
      if (names.some((name) => !(name in samples))) continue;
      const url = route.url.replace(/:(\w+)/g, (_, name: string) => samples[name] ?? name);
      const response = await api.call(owner, "GET", url);
      const name = `GET ${route.url}`;
      if (!String(response.headers["content-type"]).startsWith("application/json")) continue;
      if (response.status !== 200) {
        problems.push(`${name}: ${response.status} ${JSON.stringify(response.json).slice(0, 300)}`);
        continue;
      }
      const path = route.url
        .replace(/:(\w+)/g, "{$1}")
        .replaceAll("~", "~0")
        .replaceAll("/", "~1");
      const validate = ajv.getSchema(
        `openapi#/paths/${path}/get/responses/200/content/application~1json/schema`,
      );
      if (!validate) {
        problems.push(`${name}: no schema`);
        continue;
      }
      validated++;
      if (!validate(response.json))
        problems.push(`${name}: ${ajv.errorsText(validate.errors?.slice(0, 3), { separator: "; " })}`);
    }
    expect(validated).toBeGreaterThan(25);
    expect(problems, problems.join("\n")).toEqual([]);
  });
});
