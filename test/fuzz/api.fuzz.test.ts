import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RouteInfo, routeTable } from "../../src/http/app.js";
import { type ApiHarness, buildTwoOrgs, openApi, PASSWORD, type Session } from "../support/api.js";
import { addMember, createUser } from "../support/people.js";
import { DIALECTS } from "../support/workspaces.js";

/**
 * Generated request bodies and query strings against every API route, as a signed-in owner of
 * "acme" (who is also the installation owner, so installation routes get past authorization).
 * Whatever arrives, the API answers below 500; every 4xx is problem+json; a wrong type for a
 * known field is refused with an error naming that field.
 *
 * ISMS_FUZZ_RUNS=<n> runs every property n times (the heavier, nightly-style variant).
 */
const HEAVY_RUNS = Number(process.env.ISMS_FUZZ_RUNS) || undefined;
/** Runs per route in CI, per dialect; routes that build documents or hash passwords get fewer. */
const LIGHT = 150;
const SLOW = 25;
/** The PostgreSQL pass repeats the whole walk with this share of the runs. */
const SECOND_DIALECT_SHARE = 0.2;
const SLOW_ROUTES = [
  /\/exports\/:report$/,
  /\/evidence-pack$/,
  /\/oscal\/:document$/,
  /\/catalog\/oscal$/,
  /\/soa\/approve$/,
  /\/auth\/login$/,
  /\/setup$/,
  /\/readiness$/,
  /\/risk-method$/,
  /\/reviews\/prefill$/,
  /\/copilot\//,
  /\/tokens$/,
  /\/openapi\.json$/,
];

type JsonSchema = {
  type?: string | string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  required?: string[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  minimum?: number;
  maximum?: number;
};
type JsonType = "string" | "number" | "boolean" | "array" | "object" | "null";

/** The JSON types a schema admits, or undefined when it admits anything. */
function admittedTypes(schema: JsonSchema | undefined): Set<JsonType> | undefined {
  if (!schema) return undefined;
  const members = schema.anyOf ?? schema.oneOf;
  if (members) {
    const all = new Set<JsonType>();
    for (const member of members) {
      const types = admittedTypes(member);
      if (!types) return undefined;
      for (const t of types) all.add(t);
    }
    return all;
  }
  const values = schema.enum ?? (schema.const !== undefined ? [schema.const] : undefined);
  if (values) return new Set(values.map(jsonTypeOf));
  if (schema.type === undefined) return undefined;
  return new Set([schema.type].flat().map((t) => (t === "integer" ? "number" : t) as JsonType));
}

function jsonTypeOf(value: unknown): JsonType {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value as JsonType;
}

/** A value of every JSON type, to pick one a field does not admit. */
const WRONG: Record<JsonType, fc.Arbitrary<unknown>> = {
  string: fc.constantFrom("NaN", "1", "", "true", "8.8"),
  number: fc.constantFrom(0, -1, 1e308, 3.5, Number.MAX_SAFE_INTEGER + 2),
  boolean: fc.boolean(),
  array: fc.constantFrom([], ["x"], [1, 2]),
  object: fc.constantFrom({}, { nested: "x" }, { length: 1 }),
  null: fc.constant(null),
};

/** A small value the schema accepts (the base that near-valid bodies perturb). */
function validValue(schema: JsonSchema): unknown {
  const members = schema.anyOf ?? schema.oneOf;
  if (members) return validValue(members.find((m) => m.type !== "null") ?? members[0] ?? {});
  if (schema.enum) return schema.enum[0];
  if (schema.const !== undefined) return schema.const;
  const type = [schema.type].flat().find((t) => t !== "null");
  switch (type) {
    case "string":
      if (schema.format === "uri") return "https://example.test/evidence";
      if (schema.pattern?.includes("\\d{4}")) return "2026-01-15";
      if (schema.pattern) return "K1";
      return "t".repeat(Math.max(schema.minLength ?? 0, 5));
    case "integer":
    case "number":
      return Math.min(Math.max(schema.minimum ?? 1, 1), schema.maximum ?? 1);
    case "boolean":
      return true;
    case "array":
      return Array.from({ length: schema.minItems ?? 0 }, () => validValue(schema.items ?? {}));
    case "object":
      return Object.fromEntries(
        (schema.required ?? []).map((name) => [name, validValue(schema.properties?.[name] ?? {})]),
      );
    default:
      return "any";
  }
}

/** An adversarial value of the type the schema wants: odd text where text goes, odd numbers where numbers go. */
function sameTypeNasty(schema: JsonSchema): fc.Arbitrary<unknown> {
  const types = admittedTypes(schema);
  if (schema.enum || !types) return fc.constant(validValue(schema));
  const options: fc.Arbitrary<unknown>[] = [];
  if (types.has("string")) {
    const limit = schema.maxLength ?? 200_000;
    options.push(nastyString.filter((text) => text.length <= limit));
  }
  if (types.has("number")) options.push(nastyNumber);
  if (types.has("array")) options.push(fc.array(nastyString, { maxLength: 4 }));
  if (types.has("null")) options.push(fc.constant(null));
  return options.length ? fc.oneof(...options) : fc.constant(validValue(schema));
}

interface Field {
  name: string;
  schema: JsonSchema;
}
interface RoutePlan {
  route: RouteInfo;
  url: string;
  bodyFields: Field[];
  queryFields: Field[];
  requiredBody: string[];
  runs: number;
}

/** Strings people and attackers send: unicode, control characters, numbers as text, huge ones. */
const nastyString = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "NaN",
      "Infinity",
      "-Infinity",
      "-1",
      "0",
      "1e309",
      "-0",
      "9007199254740993",
      "null",
      "true",
      "__proto__",
      "constructor",
      "toString",
      "hasOwnProperty",
      "",
      " ",
      "\u0000",
      "a\u0000b",
      "\ud800",
      "\u202e\u200b\ufeff",
      "R-001",
      "8.8",
      "A.8.8",
      "clause:6.1.2",
      "2024-02-30",
      "0000-00-00",
      "9999-12-31",
      "<script>alert(1)</script>",
      "' OR 1=1 --",
      "%00%zz",
      "../../etc/passwd",
      "concepts=Detect",
      "constructor=x",
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 200_000 }).map((n) => "ü".repeat(n)) },
);
const nastyNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 0, -0, 1e308, -1e308, 2 ** 53 + 2, 1.5, -2147483649, 2147483648, 1e21),
);
/** Objects or arrays nested thousands of levels deep. */
const deep = fc.tuple(fc.integer({ min: 50, max: 4000 }), fc.boolean()).map(([depth, asArray]) => {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
});
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nastyString },
  { weight: 2, arbitrary: nastyNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.array(nastyString, { maxLength: 5 }) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: deep },
);

/** Values that keep a body well under the 1 MB limit. */
const smallValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString.filter((text) => text.length < 1000 && !text.includes("\u0000")),
  nastyNumber,
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 2 }).filter((value) => !JSON.stringify(value).includes("\\u0000")),
);

type Case =
  | { kind: "json"; body: unknown; query: string }
  | { kind: "wrongField"; body: Record<string, unknown>; field: string }
  | { kind: "raw"; text: string }
  | { kind: "query"; query: string }
  | { kind: "wrongQuery"; query: string; field: string };

/** Percent-encodes text; a lone surrogate, which has no UTF-8 form, becomes a broken UTF-8 sequence. */
const encode = (text: string) =>
  text.isWellFormed() ? encodeURIComponent(text) : `${encodeURIComponent(text.toWellFormed())}%ED%A0%80`;

/** Random query strings: real and invented keys, repeated keys, long values, broken escapes. */
function queryArbitrary(fields: Field[]): fc.Arbitrary<string> {
  const key = fields.length
    ? fc.oneof(fc.constantFrom(...fields.map((f) => f.name)), fc.string({ maxLength: 12 }))
    : fc.string({ maxLength: 12 });
  const value = fc.oneof(
    { weight: 5, arbitrary: nastyString.filter((s) => s.length < 20_000) },
    { weight: 1, arbitrary: fc.integer({ min: 1000, max: 20_000 }).map((n) => "9".repeat(n)) },
  );
  const encoded = fc
    .array(fc.tuple(key, value), { maxLength: 8 })
    .map((pairs) => pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join("&"));
  const repeated = fc
    .tuple(key, fc.array(value, { minLength: 2, maxLength: 5 }))
    .map(([k, values]) => values.map((v) => `${encode(k)}=${encode(v)}`).join("&"));
  // Unencoded text: stray %, &, =, [ ], + and unicode as a client might send them.
  const raw = fc
    .string({ unit: "grapheme", maxLength: 60 })
    .map((s) => s.replace(/[#\s]/g, "").replace(/[^\x21-\x7e]/g, (c) => encode(c)));
  const broken = fc.constantFrom(
    "%",
    "%zz",
    "a=%E0%A4%A",
    "%C0%AF=1",
    "a[b]=1&a[c]=2",
    "a[]=1&a[]=2",
    "=&=&",
    "&&&",
  );
  return fc.oneof(encoded, repeated, raw, broken, fc.constant(""));
}

/** A value the query field's schema refuses (query values are always text). */
function wrongQueryValue(schema: JsonSchema): string | undefined {
  if (schema.enum) return "zz-not-one-of-them";
  if (schema.type === "integer" || schema.type === "number") return "abc";
  if (schema.maxLength !== undefined) return "q".repeat(schema.maxLength + 1);
  return undefined;
}

/** The smallest body the route's schema accepts. */
const baseBody = (plan: RoutePlan) =>
  validValue({
    type: "object",
    properties: Object.fromEntries(plan.bodyFields.map((f) => [f.name, f.schema])),
    required: plan.requiredBody,
  }) as Record<string, unknown>;

const NUL_TEXT = fc.constantFrom("\u0000", "a\u0000b", "end\u0000");

function caseArbitrary(plan: RoutePlan): fc.Arbitrary<Case> {
  const query = queryArbitrary(plan.queryFields);
  const options: fc.Arbitrary<Case>[] = [query.map((q) => ({ kind: "query" as const, query: q }))];
  const constrained = plan.queryFields.filter((f) => wrongQueryValue(f.schema) !== undefined);
  if (constrained.length)
    options.push(
      fc.constantFrom(...constrained).map((f) => ({
        kind: "wrongQuery" as const,
        field: f.name,
        query: `${encode(f.name)}=${encode(wrongQueryValue(f.schema) ?? "")}`,
      })),
    );
  if (plan.queryFields.length)
    options.push(
      fc.tuple(fc.constantFrom(...plan.queryFields), NUL_TEXT).map(([f, text]) => ({
        kind: "wrongQuery" as const,
        field: f.name,
        query: `${encode(f.name)}=${encode(text)}`,
      })),
    );
  if (plan.route.method === "GET") return summarized(options);

  const names = plan.bodyFields.map((f) => f.name);
  const fieldKey = names.length
    ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...names) }, fc.string({ maxLength: 10 }))
    : fc.string({ maxLength: 10 });
  const shaped = fc.dictionary(fieldKey, anyValue, { maxKeys: Math.max(3, names.length) });
  options.push(
    fc.tuple(fc.jsonValue(), query).map(([body, q]) => ({ kind: "json" as const, body, query: q })),
    fc.tuple(shaped, fc.oneof(fc.constant(""), query)).map(([body, q]) => ({
      kind: "json" as const,
      body,
      query: q,
    })),
    deep.map((body) => ({ kind: "json" as const, body, query: "" })),
    fc
      .oneof(
        fc.string({ unit: "grapheme", maxLength: 200 }),
        fc.constantFrom(
          "",
          "{",
          "[1,2",
          "{'single': 1}",
          "NaN",
          '{"a":1}{"b":2}',
          '{"__proto__":{"admin":true}}',
          '{"constructor":{"prototype":{"admin":true}}}',
          `{"title":"${"x".repeat(1024 * 1024)}"}`,
          "\ufeff{}",
          '{"a":"\\ud800"}',
          "[".repeat(10_000),
          `${"[".repeat(400_000)}${"]".repeat(400_000)}`,
          `${'{"a":'.repeat(150_000)}1${"}".repeat(150_000)}`,
        ),
      )
      .map((text) => ({ kind: "raw" as const, text })),
  );
  if (!names.length) return summarized(options);

  // A body the schema accepts, with a few fields given odd values of the right type: these reach
  // the services and the database.
  const base = baseBody(plan);
  options.push(
    fc.constant({ kind: "json" as const, body: base, query: "" }),
    fc
      .uniqueArray(fc.constantFrom(...plan.bodyFields), {
        minLength: 1,
        maxLength: 3,
        selector: (f) => f.name,
      })
      .chain((fields) =>
        fc.tuple(...fields.map((f) => sameTypeNasty(f.schema).map((value) => [f.name, value] as const))),
      )
      .map((pairs) => ({
        kind: "json" as const,
        body: { ...base, ...Object.fromEntries(pairs) },
        query: "",
      })),
  );
  // One known field of a type its schema refuses, among other fields of any value.
  const typed = plan.bodyFields.flatMap((f) => {
    const admitted = admittedTypes(f.schema);
    if (!admitted) return [];
    const wrong = (Object.keys(WRONG) as JsonType[]).filter((t) => !admitted.has(t));
    return wrong.length ? [{ field: f.name, wrong }] : [];
  });
  if (typed.length)
    options.push(
      fc
        .constantFrom(...typed)
        .chain(({ field, wrong }) =>
          fc.tuple(
            fc.constant(field),
            fc.constantFrom(...wrong).chain((t) => WRONG[t]),
            fc.dictionary(fc.constantFrom(...names), smallValue, { maxKeys: names.length }),
          ),
        )
        .map(([field, value, rest]) => ({
          kind: "wrongField" as const,
          field,
          body: { ...rest, [field]: value },
        })),
    );
  // Text with a NUL character, which no database column can hold, is refused by name too.
  const textual = plan.bodyFields.filter((f) => admittedTypes(f.schema)?.has("string"));
  if (textual.length)
    options.push(
      fc.tuple(fc.constantFrom(...textual), NUL_TEXT).map(([f, text]) => ({
        kind: "wrongField" as const,
        field: f.name,
        body: { ...base, [f.name]: text },
      })),
    );
  return summarized(options);
}

/** Reports show a case as shortened JSON: deep values would overflow fast-check's own printer. */
function summarized(options: fc.Arbitrary<Case>[]): fc.Arbitrary<Case> {
  return fc.oneof(...options).map((testCase) =>
    Object.defineProperty({ ...testCase }, fc.toStringMethod, {
      value: () => (JSON.stringify(testCase) ?? "undefined").slice(0, 300),
    }),
  );
}

const PROBLEM = /^application\/problem\+json/;

describe.each(DIALECTS)("API under generated input on %s", (dialect) => {
  let api: ApiHarness;
  let owner: Session;
  /** A second session, for the sign-out route so the owner's session survives it. */
  let leaving: Session;
  const plans: RoutePlan[] = [];
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  const share = dialect === "sqlite" ? 1 : SECOND_DIALECT_SHARE;

  beforeAll(async () => {
    process.on("unhandledRejection", onRejection);
    process.on("uncaughtException", onRejection);
    api = await openApi(dialect, { loginRateLimit: 1_000_000 });
    await buildTwoOrgs(api);
    await createUser(api.ws.db, "test", {
      email: "root@acme.test",
      password: PASSWORD,
      installationOwner: true,
    });
    owner = await api.signIn("root@acme.test");
    await addMember(api.ws.db, "test", { orgSlug: "acme", email: "root@acme.test", role: "owner" });
    leaving = await api.member("acme", "owner");

    // Objects for the routes that address one: a risk, an asset, an audit, a nonconformity, an
    // objective and an evidence file.
    const made = async (url: string, body: unknown) => {
      const response = await api.call(owner, "POST", url, { body });
      if (response.status !== 201)
        throw new Error(`${url}: ${response.status} ${JSON.stringify(response.json)}`);
      return String(response.json.key);
    };
    const keys: Record<string, string> = {
      risks: await made("/api/v1/orgs/acme/risks", {
        key: "R-001",
        title: "Ransomware",
        inherent: { likelihood: 3, impact: 4 },
      }),
      assets: await made("/api/v1/orgs/acme/assets", { name: "Laptop fleet", type: "hardware" }),
      audits: await made("/api/v1/orgs/acme/audits", { title: "Annual audit" }),
      nonconformities: await made("/api/v1/orgs/acme/nonconformities", {
        source: "internal_audit",
        description: "Backups untested",
      }),
      objectives: await made("/api/v1/orgs/acme/objectives", { title: "Patch faster" }),
    };
    const upload = await api.app.inject({
      method: "POST",
      url: "/api/v1/orgs/acme/evidence/files?title=Policy&filename=policy.txt",
      headers: {
        cookie: owner.cookie,
        "x-csrf-token": owner.csrf,
        "content-type": "application/octet-stream",
      },
      payload: Buffer.from("policy text"),
    });
    keys.evidence = String(upload.json().key);

    const doc = api.app.swagger() as {
      paths: Record<string, Record<string, { requestBody?: unknown; parameters?: unknown[] }>>;
    };
    const fixed: Record<string, string> = {
      controlId: "8.8",
      register: "roles",
      id: "none",
      index: "0",
      report: "soa",
      document: "profile",
    };
    for (const route of routeTable(api.app)) {
      const url = route.url.replace(/:(\w+)/g, (_, name: string) => {
        if (name === "slug") return "acme";
        if (name === "key") return keys[route.url.split("/")[5] ?? ""] ?? "none";
        return fixed[name] ?? (name === "n" ? "1" : "x");
      });
      const op = doc.paths[route.url.replace(/:(\w+)/g, "{$1}")]?.[route.method.toLowerCase()];
      const body = (op?.requestBody as { content?: Record<string, { schema?: JsonSchema }> } | undefined)
        ?.content?.["application/json"]?.schema;
      const params = (op?.parameters ?? []) as { in: string; name: string; schema: JsonSchema }[];
      const slow = SLOW_ROUTES.some((pattern) => pattern.test(route.url));
      plans.push({
        route,
        url,
        bodyFields: Object.entries(body?.properties ?? {}).map(([name, schema]) => ({ name, schema })),
        requiredBody: body?.required ?? [],
        queryFields: params.filter((p) => p.in === "query").map((p) => ({ name: p.name, schema: p.schema })),
        runs: HEAVY_RUNS ?? Math.max(5, Math.round((slow ? SLOW : LIGHT) * share)),
      });
    }
  });
  afterAll(async () => {
    process.off("unhandledRejection", onRejection);
    process.off("uncaughtException", onRejection);
    await api?.dispose();
  });

  /** The If-Match a write sends: the resource's current ETag, a stale or broken one, or none. */
  async function ifMatchFor(plan: RoutePlan, choice: number): Promise<Record<string, string>> {
    const { method } = plan.route;
    if (method === "GET" || method === "POST") return {};
    if (choice === 0 && method !== "DELETE") {
      const readUrl = plan.url
        .replace("/soa/8.8", "/soa/entries/8.8")
        .replace(/\/context\/scope$/, "/context");
      const read = await api.call(owner, "GET", readUrl);
      const tag = read.headers.etag;
      return typeof tag === "string" ? { "if-match": tag } : {};
    }
    return (
      [{}, { "if-match": '"999999"' }, { "if-match": "garbage" }, { "if-match": 'W/"1"' }][choice % 4] ?? {}
    );
  }

  async function send(plan: RoutePlan, testCase: Case, choice: number) {
    const session = plan.route.url.endsWith("/auth/logout") ? leaving : owner;
    const headers: Record<string, string> = {
      cookie: session.cookie,
      "x-csrf-token": session.csrf,
      ...(await ifMatchFor(plan, choice)),
    };
    const withQuery = (q: string) => (q ? `${plan.url}?${q}` : plan.url);
    const method = plan.route.method as "GET";
    switch (testCase.kind) {
      case "json":
      case "wrongField":
        return api.app.inject({
          method,
          url: withQuery(testCase.kind === "json" ? testCase.query : ""),
          headers: { ...headers, "content-type": "application/json" },
          payload: JSON.stringify(testCase.body) ?? "null",
        });
      case "raw":
        return api.app.inject({
          method,
          url: plan.url,
          headers: { ...headers, "content-type": "application/json; charset=utf-8" },
          payload: testCase.text,
        });
      case "query":
      case "wrongQuery":
        return api.app.inject({ method, url: withQuery(testCase.query), headers });
    }
  }

  /** What every answer must satisfy; returns a complaint or undefined. */
  function complaint(testCase: Case, status: number, type: string, text: string): string | undefined {
    if (status >= 500) return `answered ${status}: ${text.slice(0, 300)}`;
    if (status < 400) {
      if (testCase.kind === "wrongField" || testCase.kind === "wrongQuery")
        return `accepted a wrong ${testCase.field} with ${status}`;
      return undefined;
    }
    if (!PROBLEM.test(type)) return `${status} with content type ${type}`;
    let problem: { status?: unknown; code?: unknown; detail?: unknown; errors?: { path?: unknown }[] };
    try {
      problem = JSON.parse(text);
    } catch {
      return `${status} with a body that is not JSON`;
    }
    if (problem.status !== status || typeof problem.code !== "string" || typeof problem.detail !== "string")
      return `${status} problem without status, code and detail: ${text.slice(0, 300)}`;
    if (testCase.kind === "wrongField" || testCase.kind === "wrongQuery") {
      const where = testCase.kind === "wrongField" ? "body" : "querystring";
      const path = `${where}.${testCase.field}`;
      const named = (problem.errors ?? []).some(
        (e) => typeof e.path === "string" && (e.path === path || e.path.startsWith(`${path}.`)),
      );
      if (status !== 400 || !named)
        return `wrong ${path} answered ${status} without naming it: ${text.slice(0, 300)}`;
    }
    return undefined;
  }

  it(
    "answers every generated body and query below 500, with problem+json for each 4xx",
    async () => {
      expect(plans.length).toBeGreaterThan(60);
      const failures: string[] = [];
      let cases = 0;
      for (const plan of plans) {
        try {
          await fc.assert(
            fc.asyncProperty(caseArbitrary(plan), fc.nat({ max: 3 }), async (testCase, choice) => {
              cases++;
              const response = await send(plan, testCase, choice);
              const problem = complaint(
                testCase,
                response.statusCode,
                String(response.headers["content-type"] ?? ""),
                response.body,
              );
              if (problem) throw new Error(problem);
            }),
            { numRuns: plan.runs },
          );
        } catch (error) {
          failures.push(
            `${plan.route.method} ${plan.route.url}: ${(error as Error).message.slice(0, 600)}…${(error as Error).message.slice(-900)}`,
          );
        }
      }
      expect(failures).toEqual([]);
      expect(rejections).toEqual([]);
      const expected = plans.reduce((sum, plan) => sum + plan.runs, 0);
      expect(cases).toBeGreaterThanOrEqual(expected);
      if (dialect === "sqlite" && !HEAVY_RUNS) expect(expected).toBeGreaterThanOrEqual(10_000);
    },
    HEAVY_RUNS ? 24 * 3600_000 : 300_000,
  );
});
