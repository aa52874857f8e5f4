/**
 * NIS2 and NIST SP 800-53 coverage from the same ISMS, on SQLite and PostgreSQL: NIST's real HIGH
 * baseline catalog imported from OSCAL (18 families, 370 controls and enhancements, idempotent, a
 * malformed catalog refused with the path of its error and nothing stored); coverage of every
 * assessable requirement consistent with the demo's SoA, moving when a mapped control's status
 * does; a team's own mapping from CSV; notes; the API; and the XLSX and PDF reports carrying the
 * ENISA and NIST attributions.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NIS2 } from "../../src/catalog/frameworks/nis2.data.js";
import { createDemo } from "../../src/modules/demo/demo.service.js";
import { type ApiHarness, openApi, PASSWORD, type Session } from "../support/api.js";
import { hasPdftotext, pdfText, xlsxCells } from "../support/document-text.js";
import { createUser } from "../support/people.js";
import { runIsms } from "../support/run-cli.js";
import { DIALECTS } from "../support/workspaces.js";

const HIGH = fileURLToPath(
  new URL(
    "../fixtures/oscal/NIST_SP-800-53_rev5_HIGH-baseline-resolved-profile_catalog-min.json",
    import.meta.url,
  ),
);
const NIST_ID = "nist-sp-800-53r5-high";
const BASIC = fileURLToPath(new URL("../fixtures/oscal/basic-catalog.json", import.meta.url));

type Coverage = {
  framework: { id: string; attribution: string[] };
  summary: Record<string, number>;
  requirements: {
    id: string;
    title: string;
    state: string;
    reasons: string[];
    iso: { ref: string; kind: string; applicable: boolean | null; status: string }[];
  }[];
};

describe.each(DIALECTS)("frameworks and coverage on %s", (dialect) => {
  let api: ApiHarness;
  let owner: Session;
  const saved = { ...process.env };
  const run = async (...args: string[]) => {
    const result = await runIsms(...args);
    if (result.exitCode !== 0) throw new Error(`${args.join(" ")}: ${result.stderr}${result.stdout}`);
    return result.stdout;
  };
  const json = async (...args: string[]) => JSON.parse(await run(...args, "--json"));
  const soaOf = async () =>
    new Map(
      (
        (await api.call(owner, "GET", "/api/v1/orgs/demo/soa")).json.entries as unknown as {
          controlId: string;
          applicable: boolean | null;
          status: string;
          version: number;
        }[]
      ).map((e) => [e.controlId, e]),
    );

  beforeAll(async () => {
    api = await openApi(dialect);
    await createDemo(api.ws, "test");
    owner = await api.member("demo", "owner");
    process.env.ISMS_DATABASE_URL = (api.ws as unknown as { url: string }).url;
    process.env.ISMS_DATA_DIR = (api.ws as unknown as { dir: string }).dir;
  }, 120_000);
  afterAll(async () => {
    process.env = saved;
    await api?.dispose();
  });

  it("imports NIST's HIGH baseline catalog once, with its families, controls, enhancements and parameters", async () => {
    const first = await json("framework", "import", HIGH);
    expect(first).toMatchObject({
      framework: { id: NIST_ID, version: "5.1.1+u4" },
      groups: 18,
      controls: 370,
      outcome: "created",
    });
    expect(first.framework.title).toMatch(/800-53 Revision 5.*HIGH/);
    expect((await json("framework", "import", HIGH)).outcome).toBe("unchanged");
    const rows = await api.ws.db
      .selectFrom("frameworkItems")
      .selectAll()
      .where("frameworkId", "=", NIST_ID)
      .execute();
    expect(rows.filter((r) => r.kind === "group")).toHaveLength(18);
    expect(rows.filter((r) => r.kind === "control")).toHaveLength(370);
    const ac2 = rows.find((r) => r.id === "ac-2");
    expect(ac2).toMatchObject({ title: "Account Management", label: "AC-2" });
    expect(JSON.parse(ac2?.details ?? "{}").params.length).toBeGreaterThan(3);
    expect(rows.find((r) => r.id === "ac-2.12")).toMatchObject({ parent: "ac-2", label: "AC-2(12)" });
    const list = await json("framework", "list");
    const nist = list.frameworks.find((f: { id: string }) => f.id === NIST_ID);
    expect(nist.attribution.join(" ")).toMatch(/NIST Online Informative References/);
    expect(
      list.frameworks.find((f: { id: string }) => f.id === "nis2-2024-2690").attribution.join(" "),
    ).toMatch(/ENISA.*CC BY 4\.0/);
  });

  it("refuses a malformed catalog with the path of its error and stores nothing", async () => {
    const before = await api.ws.db.selectFrom("frameworkItems").select("id").execute();
    const file = join((api.ws as unknown as { dir: string }).dir, "broken.json");
    await writeFile(
      file,
      JSON.stringify({
        catalog: {
          uuid: "0c9a6bde-7a58-4d7a-9d2e-1b2f6e0f0001",
          metadata: {
            title: "Broken catalog",
            version: "1",
            "oscal-version": "1.1.2",
            "last-modified": "2026-01-01T00:00:00Z",
          },
          groups: [{ id: "g1", title: "Group", controls: [{ id: "c-1", title: "Fine" }, { id: "c-2" }] }],
        },
      }),
    );
    await expect(runIsms("framework", "import", file)).rejects.toThrow(
      /\$\.catalog\.groups\[0\]\.controls\[1\]\.title/,
    );
    expect(await api.ws.db.selectFrom("frameworkItems").select("id").execute()).toHaveLength(before.length);
    expect(
      await api.ws.db.selectFrom("frameworks").select("id").where("title", "=", "Broken catalog").execute(),
    ).toEqual([]);
  });

  it("covers every assessable NIS2 requirement consistently with the SoA, and follows a control's status", async () => {
    const report: Coverage = await json("coverage", "nis2", "--org", "demo");
    const assessable = NIS2.rows.filter((r) => r[5] === 1).map((r) => r[0]);
    expect(report.requirements.map((r) => r.id)).toEqual(assessable);
    const soa = await soaOf();
    for (const r of report.requirements) {
      expect(["covered", "partial", "not_covered", "not_applicable", "unmapped"]).toContain(r.state);
      expect(r.state === "unmapped").toBe(r.iso.length === 0);
      for (const i of r.iso.filter((x) => x.kind === "control")) {
        expect(i.applicable, `${r.id} ${i.ref}`).toBe(soa.get(i.ref)?.applicable ?? null);
        expect(i.status, `${r.id} ${i.ref}`).toBe(soa.get(i.ref)?.status);
      }
    }
    // Take a covered requirement and stop one of its controls: its coverage changes with it.
    const covered = report.requirements.find(
      (r) => r.state === "covered" && r.iso.some((i) => i.kind === "control"),
    );
    const control = covered?.iso.find((i) => i.kind === "control")?.ref ?? "";
    const entry = soa.get(control);
    const changed = await api.call(owner, "PATCH", `/api/v1/orgs/demo/soa/${control}`, {
      body: { status: "not_started" },
      headers: { "if-match": `"${entry?.version}"` },
    });
    expect(changed.status).toBe(200);
    const after: Coverage = (await api.call(owner, "GET", "/api/v1/orgs/demo/coverage/nis2"))
      .json as unknown as Coverage;
    const moved = after.requirements.find((r) => r.id === covered?.id);
    expect(moved?.state).not.toBe("covered");
    expect(moved?.iso.find((i) => i.ref === control)?.status).toBe("not_started");
    expect(after.summary.covered).toBeLessThan(report.summary.covered ?? 0);
  });

  it("covers SP 800-53 once imported, adds a team's own mapping from CSV, and keeps notes", async () => {
    const report: Coverage = await json("coverage", "nist", "--org", "demo");
    expect(report.framework.id).toBe(NIST_ID);
    expect(report.requirements).toHaveLength(370);
    const ac1 = report.requirements.find((r) => r.id === "ac-1");
    expect(ac1?.iso.map((i) => i.ref)).toContain("5.1");
    // A covered control's coverage follows the status of a control mapped to it.
    const soa = await soaOf();
    const covered = report.requirements.find(
      (r) =>
        r.state === "covered" &&
        r.iso.some((i) => i.kind === "control" && soa.get(i.ref)?.status === "implemented"),
    );
    const control = covered?.iso.find((i) => i.kind === "control")?.ref ?? "";
    const patched = await api.call(owner, "PATCH", `/api/v1/orgs/demo/soa/${control}`, {
      body: { status: "planned" },
      headers: { "if-match": `"${soa.get(control)?.version}"` },
    });
    expect(patched.status).toBe(200);
    const moved: Coverage = await json("coverage", "nist", "--org", "demo");
    expect(moved.requirements.find((r) => r.id === covered?.id)?.state).not.toBe("covered");
    expect(moved.summary.covered).toBeLessThan(report.summary.covered ?? 0);
    const unmapped = report.requirements.find((r) => r.state === "unmapped");
    expect(unmapped).toBeDefined();
    // An enhancement NIST's mapping leaves out points at its base control's references.
    const enhancement = report.requirements.find((r) => r.id === "ac-2.1") as {
      state: string;
      reasons: string[];
    };
    expect(enhancement?.state).toBe("unmapped");
    expect(enhancement?.reasons.join(" ")).toMatch(/base control AC-2 is mapped to 5\.16/);
    const csv = join((api.ws as unknown as { dir: string }).dir, "mapping.csv");
    await writeFile(
      csv,
      `source,target,relationship\n${unmapped?.id},8.16,subset\n${unmapped?.id},clause 9.1,related\n`,
    );
    expect(
      await json("framework", "map", csv, "--framework", NIST_ID, "--title", "Our extra mapping"),
    ).toMatchObject({
      pairs: 2,
    });
    const bad = join((api.ws as unknown as { dir: string }).dir, "bad.csv");
    await writeFile(bad, "ac-1,9.99,related\nzz-9,5.1,related\n");
    await expect(runIsms("framework", "map", bad, "--framework", NIST_ID)).rejects.toThrow(
      /2 rows need fixing/,
    );
    const again: Coverage = await json("coverage", NIST_ID, "--org", "demo");
    const now = again.requirements.find((r) => r.id === unmapped?.id);
    expect(now?.iso.map((i) => i.ref).sort()).toEqual(["8.16", "clause:9.1"]);
    expect(now?.state).not.toBe("unmapped");
    expect(again.framework.attribution.join(" ")).toMatch(/imported by a team/);

    const note = await api.call(owner, "PUT", `/api/v1/orgs/demo/coverage/nis2/${"1.1.1.a"}`, {
      body: { owner: "Head of Security", note: "Board minutes record the policy approval" },
    });
    expect(note.json).toMatchObject({ requirement: "1.1.1.a", owner: "Head of Security" });
    const viewer = await api.member("demo", "viewer");
    expect(
      (await api.call(viewer, "PUT", "/api/v1/orgs/demo/coverage/nis2/1.1.1.a", { body: { note: "x" } }))
        .status,
    ).toBe(403);
    const withNote: Coverage & { requirements: { owner: string | null }[] } = (
      await api.call(viewer, "GET", "/api/v1/orgs/demo/coverage/nis2")
    ).json as never;
    expect(withNote.requirements[0]?.owner).toBe("Head of Security");
    // Only the installation owner imports catalogs, through the API as a streamed JSON body.
    expect((await api.call(owner, "POST", "/api/v1/frameworks/import", { body: {} })).status).toBe(403);
    await createUser(api.ws.db, "test", {
      email: "root@example.test",
      password: PASSWORD,
      installationOwner: true,
    });
    const root = await api.signIn("root@example.test");
    const basic = await readFile(BASIC, "utf8");
    const imported = await api.call(root, "POST", "/api/v1/frameworks/import", { body: JSON.parse(basic) });
    expect(imported.status).toBe(200);
    expect(imported.json).toMatchObject({
      outcome: "created",
      framework: { title: expect.stringMatching(/./) },
    });
    const broken = await api.app.inject({
      method: "POST",
      url: "/api/v1/frameworks/import",
      headers: { cookie: root.cookie, "x-csrf-token": root.csrf, "content-type": "application/json" },
      payload: basic.slice(0, 500),
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().detail).toMatch(/\$\.catalog/);
  });

  it("exports the coverage reports as XLSX and PDF with the ENISA and NIST attributions", async () => {
    for (const [framework, source] of [
      ["nis2", /European Union Agency for Cybersecurity \(ENISA\)/],
      [NIST_ID, /NIST Online Informative References/],
    ] as const) {
      const xlsx = await api.app.inject({
        method: "GET",
        url: `/api/v1/orgs/demo/exports/coverage?format=xlsx&framework=${framework}`,
        headers: { cookie: owner.cookie, "x-csrf-token": owner.csrf },
      });
      expect(xlsx.statusCode).toBe(200);
      expect((await xlsxCells(xlsx.rawPayload)).join("\n")).toMatch(source);
      if (!hasPdftotext) continue;
      const pdf = await api.app.inject({
        method: "GET",
        url: `/api/v1/orgs/demo/exports/coverage?format=pdf&framework=${framework}`,
        headers: { cookie: owner.cookie, "x-csrf-token": owner.csrf },
      });
      expect(pdf.statusCode).toBe(200);
      expect((await pdfText(pdf.rawPayload)).replace(/\s+/g, " ")).toMatch(source);
    }
  });
});
