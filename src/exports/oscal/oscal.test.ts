import { readFileSync } from "node:fs";
import { Ajv, type ValidateFunction } from "ajv";
import ajvFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestWorkspace, type TestWorkspace } from "../../../test/support/workspaces.js";
import { CONTROLS } from "../../catalog/index.js";
import { createDemo } from "../../modules/demo/demo.service.js";
import { listNonconformities } from "../../modules/management/nonconformity.service.js";
import { listRisks } from "../../modules/risks/risk.service.js";
import { orgScope } from "../../modules/scope.js";
import { getSoa } from "../../modules/soa/soa.service.js";
import { oscalCatalog } from "./catalog.js";
import { controlToken, uuidv5 } from "./common.js";
import { oscalAssessmentResults, oscalPoam, oscalProfile, oscalSsp } from "./org-documents.js";

// The validation recipe of the OSCAL fixtures: draft-07 Ajv, strict, with ajv-formats.
const ajv = new Ajv({ allErrors: true });
ajvFormats.default(ajv);
const schemaDir = new URL("../../../test/fixtures/oscal/", import.meta.url);
const compile = (file: string) =>
  ajv.compile(JSON.parse(readFileSync(new URL(file, schemaDir), "utf8")) as object);
const schemas = {
  catalog: compile("oscal_catalog_schema.json"),
  profile: compile("oscal_profile_schema.json"),
  ssp: compile("oscal_ssp_schema.json"),
  ar: compile("oscal_assessment-results_schema.json"),
  poam: compile("oscal_poam_schema.json"),
};

function schemaErrors(validate: ValidateFunction, doc: unknown): string[] {
  if (validate(doc)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
}

/** Every value of a key named exactly "uuid" (definitions, not references such as component-uuid). */
function uuidsOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) uuidsOf(v, out);
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (key === "uuid" && typeof v === "string") out.push(v);
      else uuidsOf(v, out);
    }
  }
  return out;
}

const NOW = new Date("2026-01-15T09:30:00Z");

describe("OSCAL catalog", () => {
  const { catalog } = oscalCatalog({ now: NOW });

  it("validates against the OSCAL 1.1.3 catalog schema", () => {
    expect(schemaErrors(schemas.catalog, { catalog })).toEqual([]);
  });

  it("has the 93 controls in the 4 theme groups, with labels and attributes", () => {
    expect(catalog.groups.map((g) => g.id)).toEqual([
      "theme-organizational",
      "theme-people",
      "theme-physical",
      "theme-technological",
    ]);
    const controls = catalog.groups.flatMap((g) => g.controls);
    expect(controls).toHaveLength(93);
    expect(controls.map((c) => c.id)).toEqual(CONTROLS.map((c) => controlToken(c.id)));
    const first = controls[0];
    expect(first?.id).toBe("a-5-1");
    expect(first?.props).toContainEqual({ name: "label", value: "A.5.1" });
    expect(first?.props?.some((p) => p.name === "control-type")).toBe(true);
    expect(first?.parts?.find((p) => p.name === "guidance")?.prose).toBe(CONTROLS[0]?.guidance.purpose);
  });

  it("is stable: the same document for the same time, valid v5 uuids", () => {
    expect(oscalCatalog({ now: NOW })).toEqual({ catalog });
    expect(catalog.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const uuids = uuidsOf(catalog);
    expect(new Set(uuids).size).toBe(uuids.length);
    // RFC 9562 test vector: www.example.com in the DNS namespace.
    expect(uuidv5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe(
      "2ed6657d-e927-568b-95e1-2665a8aea6a2",
    );
  });

  it("rejects a broken document, so the check can fail", () => {
    const broken = structuredClone(catalog);
    const control = broken.groups[0]?.controls[0];
    if (control) control.id = "5-1";
    expect(schemaErrors(schemas.catalog, { catalog: broken })).not.toEqual([]);
    const v7 = { ...catalog, uuid: "0194f3c2-7b1a-7c3d-8e4f-123456789abc" };
    expect(schemaErrors(schemas.catalog, { catalog: v7 })).not.toEqual([]);
    expect(schemaErrors(schemas.ssp, { catalog })).not.toEqual([]);
  });
});

describe("OSCAL documents of an organization (demo, SQLite)", () => {
  let ws: TestWorkspace;
  let orgId: string;

  beforeAll(async () => {
    ws = await openTestWorkspace("sqlite");
    orgId = (await createDemo(ws, "test")).organization.id;
  });
  afterAll(async () => {
    await ws?.dispose();
  });

  const applicableTokens = async () =>
    (await getSoa(orgScope(ws.db, orgId, "test"))).entries
      .filter((e) => e.applicable === true)
      .map((e) => controlToken(e.controlId));

  it("profile: valid, includes exactly the applicable controls", async () => {
    const doc = await oscalProfile(ws.db, orgId, { now: NOW });
    expect(schemaErrors(schemas.profile, doc)).toEqual([]);
    const ids = doc.profile.imports[0]?.["include-controls"]?.[0]?.["with-ids"];
    const applicable = await applicableTokens();
    expect(applicable.length).toBeGreaterThan(80);
    expect(ids).toEqual(applicable);
    expect(doc.profile.metadata.version).toBe("SoA v1");
  });

  it("SSP: valid, one implemented requirement per applicable control", async () => {
    const doc = await oscalSsp(ws.db, orgId, { now: NOW });
    expect(schemaErrors(schemas.ssp, doc)).toEqual([]);
    const ssp = doc["system-security-plan"];
    const requirements = ssp["control-implementation"]["implemented-requirements"];
    expect(requirements.map((r) => r["control-id"])).toEqual(await applicableTokens());
    expect(ssp["system-characteristics"]["system-name"]).toBe("Brightfield Analytics Ltd");
    const component = ssp["system-implementation"].components[0];
    expect(component?.type).toBe("this-system");
    expect(requirements.every((r) => r["by-components"][0]?.["component-uuid"] === component?.uuid)).toBe(
      true,
    );
    const roles = new Set(ssp.metadata.roles?.map((r) => r.id));
    const used = requirements.flatMap((r) => r["by-components"][0]?.["responsible-roles"] ?? []);
    expect(used.length).toBeGreaterThan(0);
    expect(used.every((role) => roles.has(role["role-id"]))).toBe(true);
    const uuids = uuidsOf(ssp);
    expect(new Set(uuids).size).toBe(uuids.length);
    // Repeated exports are identical.
    expect(await oscalSsp(ws.db, orgId, { now: NOW })).toEqual(doc);
  });

  it("assessment results: valid, the completed audit with its findings", async () => {
    const doc = await oscalAssessmentResults(ws.db, orgId, { now: NOW });
    expect(schemaErrors(schemas.ar, doc)).toEqual([]);
    const [result] = doc["assessment-results"].results;
    expect(doc["assessment-results"].results).toHaveLength(1);
    expect(result?.findings).toHaveLength(5);
    expect(result?.findings?.[0]?.target).toMatchObject({
      "target-id": "a-5-18",
      status: { state: "not-satisfied" },
    });
    expect(result?.findings?.map((f) => f.target["target-id"])).toContain("clause-7-3");
  });

  it("POA&M: valid, one item per open treatment and corrective action", async () => {
    const doc = await oscalPoam(ws.db, orgId, { now: NOW });
    expect(schemaErrors(schemas.poam, doc)).toEqual([]);
    const open = new Set(["open", "in_progress"]);
    const treatment = (await listRisks(ws.db, orgId)).flatMap((r) =>
      r.actions.filter((a) => open.has(a.status)),
    );
    const corrective = (await listNonconformities(ws.db, orgId))
      .filter((nc) => nc.status !== "closed")
      .flatMap((nc) => nc.actions.filter((a) => open.has(a.status)));
    const items = doc["plan-of-action-and-milestones"]["poam-items"];
    expect(items).toHaveLength(treatment.length + corrective.length);
    expect(corrective.length).toBeGreaterThan(0);
    const riskUuids = new Set(doc["plan-of-action-and-milestones"].risks?.map((r) => r.uuid));
    for (const item of items.filter((i) => i["related-risks"]))
      expect(riskUuids.has(item["related-risks"]?.[0]?.["risk-uuid"])).toBe(true);
  });
});
