import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { walkSoa } from "../../src/cli/soa-walk.js";
import { OrgReader, writeOrg } from "../../src/db/store.js";
import { addFileEvidence, listEvidence } from "../../src/modules/evidence/evidence.service.js";
import { createOrganization, type Organization } from "../../src/modules/orgs/org.service.js";
import { createRisk } from "../../src/modules/risks/risk.service.js";
import { orgScope } from "../../src/modules/scope.js";
import { diffSoa, getSoa, lint, updateSoaEntry } from "../../src/modules/soa/soa.service.js";
import { approveSoa } from "../../src/modules/soa/soa-approval.service.js";
import { DIALECTS, openTestWorkspace, type TestWorkspace } from "../support/workspaces.js";

const actor = "test";

describe.each(DIALECTS)("Statement of Applicability on %s", (dialect) => {
  let ws: TestWorkspace;
  let org: Organization;
  beforeEach(async () => {
    ws = await openTestWorkspace(dialect);
    org = await createOrganization(ws.db, actor, { slug: "acme", name: "Acme" });
  });
  afterEach(async () => {
    await ws.dispose();
  });

  const entry = async (controlId: string) => {
    const found = (await getSoa(orgScope(ws.db, org.id, "test"))).entries.find(
      (e) => e.controlId === controlId,
    );
    if (!found) throw new Error(`no entry ${controlId}`);
    return found;
  };

  it("shows all 93 entries with the control's purpose beside each", async () => {
    const { entries } = await getSoa(orgScope(ws.db, org.id, "test"));
    expect(entries).toHaveLength(93);
    expect(entries[0]).toMatchObject({
      controlId: "5.1",
      applicable: null,
      purpose: expect.stringMatching(/\w+/),
    });
    expect((await getSoa(orgScope(ws.db, org.id, "test"), { theme: "people" })).entries).toHaveLength(8);
  });

  it("derives applicability from risk treatment and refuses to exclude a planned control, naming the risks", async () => {
    await createRisk(ws.db, org.id, actor, {
      key: "R-007",
      title: "Unpatched servers",
      inherent: { likelihood: 4, impact: 4 },
      treatment: "modify",
      controls: ["8.8"],
    });
    const planned = await entry("8.8");
    expect(planned).toMatchObject({ applicable: true, reasons: ["risk"], risks: ["R-007"] });
    await expect(
      updateSoaEntry(orgScope(ws.db, org.id, actor), "8.8", planned.version, {
        applicable: false,
        justification: "We do not patch",
      }),
    ).rejects.toThrow(/R-007/);
  });

  it("needs a justification to exclude, and records decisions at the current version only", async () => {
    const current = await entry("7.5");
    await expect(
      updateSoaEntry(orgScope(ws.db, org.id, actor), "A.7.5", current.version, { applicable: false }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
    });
    const excluded = await updateSoaEntry(orgScope(ws.db, org.id, actor), "A.7.5", current.version, {
      applicable: false,
      justification: "No premises: all staff work remotely and hosting is in the cloud",
    });
    expect(excluded).toMatchObject({ applicable: false, status: "not_applicable" });
    await expect(
      updateSoaEntry(orgScope(ws.db, org.id, actor), "7.5", current.version, { owner: "x" }),
    ).rejects.toMatchObject({
      code: "STALE_VERSION",
    });
    await expect(
      updateSoaEntry(orgScope(ws.db, org.id, actor), "7.5", excluded.version, { reasons: ["risk"] }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
    });
  });

  it("approves immutable numbered versions and diffs them against each other and the current state", async () => {
    const e = await entry("5.1");
    await updateSoaEntry(orgScope(ws.db, org.id, actor), "5.1", e.version, {
      applicable: true,
      reasons: ["legal"],
      owner: "CISO",
      status: "implemented",
    });
    const ceo = { approvedBy: "CEO", undecidedReason: "the rest is decided in the next round" };
    expect(await approveSoa(orgScope(ws.db, org.id, actor), ceo)).toMatchObject({ number: 1 });
    await expect(approveSoa(orgScope(ws.db, org.id, actor), ceo)).rejects.toMatchObject({
      code: "CONFLICT",
    });

    const again = await entry("5.1");
    await updateSoaEntry(orgScope(ws.db, org.id, actor), "5.1", again.version, { status: "partial" });
    expect((await getSoa(orgScope(ws.db, org.id, "test"))).changedSinceLatest).toBe(true);
    expect(await diffSoa(orgScope(ws.db, org.id, "test"), "1", "current")).toEqual([
      { controlId: "5.1", changes: [{ field: "status", from: "implemented", to: "partial" }] },
    ]);
    await approveSoa(orgScope(ws.db, org.id, actor), ceo);
    expect(await diffSoa(orgScope(ws.db, org.id, "test"), "v1", "v2")).toHaveLength(1);
    await expect(diffSoa(orgScope(ws.db, org.id, "test"), "7", "current")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    const [v1] = await new OrgReader(ws.db, org.id).list("soaVersions", { number: 1 });
    await expect(
      writeOrg(ws.db, org.id, actor, (w) => w.update("soaVersions", v1?.id ?? "", 1, { note: "edited" })),
    ).rejects.toMatchObject({
      code: "IMMUTABLE",
    });
    await expect(
      writeOrg(ws.db, org.id, actor, (w) => w.remove("soaVersions", v1?.id ?? "")),
    ).rejects.toMatchObject({ code: "IMMUTABLE" });
  });

  it("counts only current evidence for an implemented control", async () => {
    const e = await entry("8.13");
    await updateSoaEntry(orgScope(ws.db, org.id, actor), "8.13", e.version, {
      applicable: true,
      reasons: ["business"],
      owner: "IT",
      status: "implemented",
    });
    expect(
      (await lint(orgScope(ws.db, org.id, "test"))).filter((p) => p.controlId === "8.13").map((p) => p.code),
    ).toEqual(["IMPLEMENTED_WITHOUT_EVIDENCE"]);
    await addFileEvidence(ws.db, ws.blobs, org.id, actor, {
      title: "Restore test",
      data: Buffer.from("ok"),
      filename: "restore.txt",
      reviewDueOn: "2099-01-01",
      links: [{ type: "control", id: "8.13" }],
    });
    expect((await lint(orgScope(ws.db, org.id, "test"))).filter((p) => p.controlId === "8.13")).toEqual([]);
    const byAttribute = await listEvidence(ws.db, org.id, {
      attribute: { name: "cybersecurityConcepts", value: "Recover" },
    });
    expect(byAttribute.map((x) => x.title)).toEqual(["Restore test"]);
    expect(await listEvidence(ws.db, org.id, { theme: "people" })).toEqual([]);
  });

  it("walks the undecided controls, saving each answer, and stops on quit", async () => {
    const { entries } = await getSoa(orgScope(ws.db, org.id, "test"));
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = "";
    output.on("data", (chunk) => {
      shown += String(chunk);
    });
    input.end(
      [
        "y",
        "legal",
        "implemented",
        "CISO",
        "Approved by the board",
        "n",
        "",
        "N/A",
        "All hosting is outsourced to our cloud provider",
        "s",
        "q",
      ].join("\n"),
    );
    const result = await walkSoa({ entries, scope: orgScope(ws.db, org.id, actor), input, output });
    expect(result).toEqual({ decided: 2, skipped: 1, quit: true });
    expect(shown).toContain("[1/93] A.5.1  Policies for information security");
    expect(await entry("5.1")).toMatchObject({
      applicable: true,
      reasons: ["legal"],
      status: "implemented",
      owner: "CISO",
    });
    expect(await entry("5.2")).toMatchObject({
      applicable: false,
      justification: "All hosting is outsourced to our cloud provider",
    });
    expect((await entry("5.3")).applicable).toBeNull();
  });
});
