/**
 * `isms export` writes the version asked for (its --version is the command's, not the program's),
 * infers the format from the file name, and names a file by organization, report, version and date
 * when no name is given; the API's download route names its files the same way.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDemo } from "../../src/modules/demo/demo.service.js";
import { type ApiHarness, openApi, type Session } from "../support/api.js";
import { docxText, hasPdftotext, pdfText } from "../support/document-text.js";
import { runIsms, useDemoDatabase } from "../support/run-cli.js";

describe("isms export soa --version", () => {
  const dir = useDemoDatabase("isms-export-");

  it("writes version N in every format, with its approval, after a later version was approved", async () => {
    const { entries } = JSON.parse((await runIsms("soa", "show", "--org", "demo", "--json")).stdout);
    const target = entries.find((e: { controlId: string }) => e.controlId === "5.6");
    await runIsms(
      "soa",
      "set",
      "5.6",
      "--org",
      "demo",
      "--if-version",
      String(target.version),
      "--owner",
      "CISO",
    );
    await runIsms("soa", "approve", "--org", "demo", "--by", "Ada Quinn", "--role", "Managing director");
    for (const format of ["pdf", "docx", "xlsx", "csv"]) {
      const out = join(dir(), `v1.${format}`);
      const run = await runIsms("export", "soa", "--org", "demo", "--version", "1", "--out", out);
      expect(run.stdout, format).toContain("(Version 1)");
      expect(run.stdout, format).not.toMatch(/^\d+\.\d+\.\d+\s*$/);
      const data = await readFile(out);
      // The format follows the file name: ZIP containers for Office files, %PDF, CSV text.
      const magic =
        { pdf: "%PDF", docx: "PK\u0003\u0004", xlsx: "PK\u0003\u0004", csv: "\u00ef\u00bb\u00bf" }[format] ??
        "";
      expect(data.subarray(0, magic.length).toString("latin1"), format).toBe(magic);
      if (format === "docx") {
        const text = await docxText(data);
        expect(text).toContain("Version 1");
        expect(text).not.toContain("Ada Quinn");
      }
      if (format === "pdf" && hasPdftotext) {
        const text = await pdfText(data);
        expect(text).toContain("Version 1");
        expect(text).not.toContain("Ada Quinn");
      }
    }
    const v2 = join(dir(), "v2.pdf");
    await runIsms("export", "soa", "--org", "demo", "--version", "2", "--out", v2);
    if (hasPdftotext) expect(await pdfText(await readFile(v2))).toContain("Ada Quinn");
  }, 120_000);

  it("names the file by organization, report, version and date when --out is left out", async () => {
    const cwd = process.cwd();
    process.chdir(dir());
    try {
      await runIsms("export", "soa", "--org", "demo", "--version", "1", "--format", "pdf");
      await runIsms("export", "rtp", "--org", "demo", "--format", "csv");
      await runIsms("export", "pack", "--org", "demo");
    } finally {
      process.chdir(cwd);
    }
    const names = await readdir(dir());
    expect(names).toContainEqual(expect.stringMatching(/^demo-soa-v1-\d{4}-\d{2}-\d{2}\.pdf$/));
    expect(names).toContainEqual(expect.stringMatching(/^demo-rtp-\d{4}-\d{2}-\d{2}\.csv$/));
    expect(names).toContainEqual(expect.stringMatching(/^demo-evidence-pack-\d{4}-\d{2}-\d{2}\.zip$/));
  });

  it("refuses a --format that contradicts the file name", async () => {
    await expect(
      runIsms("export", "soa", "--org", "demo", "--format", "xlsx", "--out", join(dir(), "x.pdf")),
    ).rejects.toThrow(/--format is xlsx/);
  });
});

describe("GET /api/v1/orgs/:slug/exports/:report", () => {
  let api: ApiHarness;
  let viewer: Session;
  beforeAll(async () => {
    api = await openApi("sqlite");
    await createDemo(api.ws, "test");
    viewer = await api.member("demo", "viewer");
  }, 60_000);
  afterAll(async () => {
    await api.dispose();
  });
  const download = (url: string) =>
    api.app.inject({
      method: "GET",
      url,
      headers: { cookie: viewer.cookie, "sec-fetch-site": "same-origin" },
    });

  it("downloads every report, named by organization, report, version and date", async () => {
    const day = new Date().toISOString().slice(0, 10);
    const soa = await download("/api/v1/orgs/demo/exports/soa?format=docx&version=1");
    expect(soa.statusCode).toBe(200);
    expect(soa.headers["content-disposition"]).toBe(`attachment; filename="demo-soa-v1-${day}.docx"`);
    for (const report of ["risks", "rtp", "methodology", "assets", "audit", "review", "readiness"]) {
      const response = await download(`/api/v1/orgs/demo/exports/${report}?format=pdf`);
      expect(response.statusCode, report).toBe(200);
      const tag = report === "methodology" ? "-v1" : "";
      expect(response.headers["content-disposition"], report).toBe(
        `attachment; filename="demo-${report}${tag}-${day}.pdf"`,
      );
    }
    expect((await download("/api/v1/orgs/demo/exports/soa?format=pdf&version=7")).statusCode).toBe(404);
  }, 60_000);
});
