/**
 * The import route the web wizard uses, with the consultant's workbook as it was received: the
 * column preview finds the header under the title (and takes an override), the dry run lists the
 * unknown values, and the values, header row and asset choices of the query are applied.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganization } from "../../src/modules/orgs/org.service.js";
import { writeConsultantRegister } from "../fixtures/risk-registers/consultant.js";
import { type ApiHarness, openApi, type Session } from "../support/api.js";
import { DIALECTS } from "../support/workspaces.js";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

describe.each(DIALECTS)("risk import route with a real register on %s", (dialect) => {
  let api: ApiHarness;
  let owner: Session;
  let body: Buffer;
  beforeAll(async () => {
    api = await openApi(dialect);
    await createOrganization(api.ws.db, "test", { slug: "acme", name: "Acme" });
    owner = await api.member("acme", "owner");
    const file = join(api.ws.dir, "register.xlsx");
    await writeConsultantRegister(file, (rows) => {
      (rows[1] as unknown[])[8] = "Awaiting sign-off";
    });
    body = await readFile(file);
  }, 120_000);
  afterAll(async () => {
    await api?.dispose();
  });

  const post = (query: Record<string, string>) =>
    api.app.inject({
      method: "POST",
      url: `/api/v1/orgs/acme/risks/import?${new URLSearchParams(query)}`,
      headers: { cookie: owner.cookie, "x-csrf-token": owner.csrf, "content-type": XLSX },
      payload: body,
    });

  it("previews the columns under the detected header row, or under the row chosen", async () => {
    const preview = (await post({ columns: "true" })).json();
    expect(preview).toMatchObject({ headerRow: 3, rows: 20, skippedRows: 1 });
    expect(
      preview.headers.map((h: { header: string; field: string | null }) => [h.header, h.field]),
    ).toContainEqual(["Asset / Process", "assets"]);
    const chosen = (await post({ columns: "true", headerRow: "4" })).json();
    expect(chosen.headerRow).toBe(4);
    expect(chosen.headers[0].header).toBe("R-001");
  });

  it("lists unknown values in the dry run, then imports with the user's values and assets", async () => {
    const dry = await post({ dryRun: "true" });
    expect(dry.statusCode).toBe(422);
    expect(dry.json().unknownValues).toEqual([
      expect.objectContaining({ column: "Status", value: "Awaiting sign-off", lines: [5] }),
    ]);
    expect(JSON.stringify(dry.json())).not.toMatch(/isms-import-|Invalid option/);

    const values = JSON.stringify({ Status: { "Awaiting sign-off": "open" } });
    const refused = await post({ dryRun: "true", values, createAssets: "false" });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors[0]).toMatchObject({ line: 4, column: "Asset / Process" });
    expect((await post({ values: "{not json" })).statusCode).toBe(400);

    const done = await post({ values, headerRow: "3" });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ imported: 20, headerRow: 3, errors: [] });
    expect(done.json().createdAssets).toHaveLength(5);
    const risk = (await api.call(owner, "GET", "/api/v1/orgs/acme/risks/R-002")).json;
    expect(risk).toMatchObject({ status: "open", actions: [{ dueOn: "2027-03-15" }] });
  });
});
