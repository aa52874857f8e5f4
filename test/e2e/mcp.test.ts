import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDemo } from "../../src/modules/demo/demo.service.js";
import { openWorkspace } from "../../src/modules/workspace.js";

const main = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));
const register = fileURLToPath(new URL("../support/ts-register.mjs", import.meta.url));

describe("the MCP server, driven by the SDK's client over stdio", () => {
  let dir: string;
  let client: Client;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "isms-mcp-"));
    const url = `file:${join(dir, "isms.db")}`;
    const ws = await openWorkspace({ databaseUrl: url, dataDir: dir, maxUploadBytes: 1e7 });
    await createDemo(ws, "test");
    await ws.close();
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: ["--experimental-transform-types", "--no-warnings", "--import", register, main, "mcp"],
      env: { ...(process.env as Record<string, string>), ISMS_DATABASE_URL: url },
      stderr: "pipe",
    });
    client = new Client({ name: "isms-test", version: "1.0.0" });
    await client.connect(transport);
  }, 60_000);

  afterAll(async () => {
    await client?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("lists its tools", async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([
      "ask_copilot",
      "get_calendar",
      "get_coverage",
      "get_readiness",
      "get_soa",
      "list_risks",
      "propose_risk_treatment",
      "propose_soa_justification",
      "search_catalog",
      "show_control",
    ]);
  });

  it("reads the ISMS calendar and the NIS2 coverage", async () => {
    const calendar = await client.callTool({
      name: "get_calendar",
      arguments: { org: "demo", owner: "Head of Security", open: true },
    });
    const items = JSON.parse((calendar.content as { text: string }[])[0]?.text ?? "{}").items;
    expect(items.length).toBeGreaterThan(10);
    expect(items.every((i: { state: string }) => i.state !== "done")).toBe(true);
    const coverage = await client.callTool({
      name: "get_coverage",
      arguments: { org: "demo", framework: "nis2", state: "unmapped" },
    });
    const report = JSON.parse((coverage.content as { text: string }[])[0]?.text ?? "{}");
    expect(report.requirements.length).toBe(report.summary.unmapped);
    expect(report.framework.attribution.join(" ")).toMatch(/ENISA/);
  });

  it("searches the catalog and reads an organization's SoA", async () => {
    const search = await client.callTool({
      name: "search_catalog",
      arguments: { query: "masking personal data in test copies" },
    });
    const found = JSON.parse((search.content as { text: string }[])[0]?.text ?? "[]");
    expect(found.map((c: { id: string }) => c.id)).toContain("8.11");
    const soa = await client.callTool({ name: "get_soa", arguments: { org: "demo" } });
    const entries = JSON.parse((soa.content as { text: string }[])[0]?.text ?? "[]");
    expect(entries).toHaveLength(93);
  });

  it("proposes without writing, and reports errors as tool errors", async () => {
    const proposal = await client.callTool({
      name: "propose_soa_justification",
      arguments: { org: "demo", controlId: "8.8" },
    });
    const draft = JSON.parse((proposal.content as { text: string }[])[0]?.text ?? "{}");
    expect(draft).toMatchObject({
      draft: true,
      accepted: false,
      controlId: "8.8",
      text: expect.stringMatching(/^DRAFT/),
    });
    const missing = await client.callTool({ name: "get_soa", arguments: { org: "no-such-org" } });
    expect(missing.isError).toBe(true);
  });
});
