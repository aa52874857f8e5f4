/**
 * The MCP server (`isms mcp`, stdio): lets an AI agent search the catalog, read an organization's
 * SoA, risks, readiness, calendar and framework coverage, and propose changes (an SoA justification, a risk treatment) that a
 * person must accept. Proposal tools never write: they return drafts.
 */
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { getControl, resolveEntry } from "../catalog/index.js";
import { answerQuestion } from "../copilot/answer.js";
import { draftJustification } from "../copilot/drafting.js";
import { retrieve } from "../copilot/retrieval.js";
import { COVERAGE_STATES } from "../domain/coverage.js";
import { DomainError } from "../domain/errors.js";
import { organizationCalendar } from "../modules/calendar/calendar.service.js";
import { frameworkCoverage } from "../modules/frameworks/coverage.service.js";
import { readiness } from "../modules/management/readiness.service.js";
import { getOrganization } from "../modules/orgs/org.service.js";
import { getRisk, listRisks } from "../modules/risks/risk.service.js";
import { orgScope } from "../modules/scope.js";
import { getSoa } from "../modules/soa/soa.service.js";
import type { Workspace } from "../modules/workspace.js";
import { VERSION } from "../version.js";

const text = (value: unknown) => ({
  content: [
    { type: "text" as const, text: typeof value === "string" ? value : JSON.stringify(value, null, 2) },
  ],
});
const failure = (error: unknown) => ({
  content: [{ type: "text" as const, text: `error: ${(error as Error).message}` }],
  isError: true,
});

async function safely(work: () => Promise<unknown> | unknown) {
  try {
    return text(await work());
  } catch (error) {
    if (error instanceof DomainError) return failure(error);
    throw error;
  }
}

export function createMcpServer(ws: Workspace): McpServer {
  const server = new McpServer({ name: "isms-copilot", version: VERSION });
  const orgId = async (slug: string) => (await getOrganization(ws.db, slug)).id;

  server.registerTool(
    "search_catalog",
    {
      description: "Find the ISO/IEC 27001:2022 controls and clauses that match a question or topic",
      inputSchema: { query: z.string().min(2), limit: z.number().int().min(1).max(10).optional() },
    },
    async ({ query, limit }) => safely(() => retrieve(query, limit ?? 5).filter((c) => c.type !== "fact")),
  );
  server.registerTool(
    "ask_copilot",
    {
      description: "Answer a question about ISO/IEC 27001/27002 with cited controls and clauses (offline)",
      inputSchema: { question: z.string().min(2) },
    },
    async ({ question }) => safely(() => answerQuestion(question)),
  );
  server.registerTool(
    "show_control",
    {
      description: "A control (8.11), clause (clause:6.1.3) or 2013 control (A.12.4.1) with guidance",
      inputSchema: { id: z.string() },
    },
    async ({ id }) =>
      safely(() => {
        const entry = resolveEntry(id);
        if (!entry) throw new DomainError("NOT_FOUND", `no control or clause ${id}`);
        return entry.kind === "clause" ? entry.clause : entry.control;
      }),
  );
  server.registerTool(
    "get_soa",
    {
      description: "An organization's Statement of Applicability (93 entries)",
      inputSchema: { org: z.string().describe("organization slug") },
    },
    async ({ org }) =>
      safely(async () =>
        (await getSoa(orgScope(ws.db, await orgId(org), "mcp"))).entries.map(
          ({ controlId, title, applicable, reasons, status, owner, risks, evidence }) => ({
            controlId,
            title,
            applicable,
            reasons,
            status,
            owner,
            risks,
            evidence,
          }),
        ),
      ),
  );
  server.registerTool(
    "list_risks",
    { description: "An organization's risk register", inputSchema: { org: z.string() } },
    async ({ org }) =>
      safely(async () =>
        (await listRisks(ws.db, await orgId(org))).map(
          ({ key, title, owner, inherent, residual, treatment, controls, status }) => ({
            key,
            title,
            owner,
            inherent,
            residual,
            treatment,
            controls,
            status,
          }),
        ),
      ),
  );
  server.registerTool(
    "get_readiness",
    {
      description: "Certification readiness: clauses 4.1–10.2, Annex A per theme, blockers",
      inputSchema: { org: z.string() },
    },
    async ({ org }) => safely(async () => readiness(ws.db, await orgId(org))),
  );
  server.registerTool(
    "get_calendar",
    {
      description:
        "The ISMS calendar: dated obligations (reviews, actions, expiries, audits, notification deadlines) with owner and state",
      inputSchema: {
        org: z.string(),
        owner: z.string().optional().describe("a person's name or e-mail, a job title or an ISMS role"),
        open: z.boolean().optional().describe("leave out what is done"),
      },
    },
    async ({ org, owner, open }) =>
      safely(async () => ({
        items: await organizationCalendar(orgScope(ws.db, await orgId(org), "mcp"), { owner, open }),
      })),
  );
  server.registerTool(
    "get_coverage",
    {
      description:
        "How far the ISMS covers NIS2 (or an imported framework such as NIST SP 800-53): per requirement its mapped ISO references and state",
      inputSchema: {
        org: z.string(),
        framework: z.string().default("nis2"),
        state: z.enum(COVERAGE_STATES).optional(),
      },
    },
    async ({ org, framework, state }) =>
      safely(async () => {
        const report = await frameworkCoverage(orgScope(ws.db, await orgId(org), "mcp"), framework);
        return { ...report, requirements: report.requirements.filter((r) => !state || r.state === state) };
      }),
  );
  server.registerTool(
    "propose_soa_justification",
    {
      description: "Draft an SoA justification for a person to review; nothing is saved",
      inputSchema: { org: z.string(), controlId: z.string() },
    },
    async ({ org, controlId }) =>
      safely(async () => ({
        ...(await draftJustification(ws.db, await orgId(org), controlId)),
        accepted: false,
      })),
  );
  server.registerTool(
    "propose_risk_treatment",
    {
      description: "Propose Annex A controls to treat a risk, for a person to accept; nothing is saved",
      inputSchema: { org: z.string(), risk: z.string().describe("risk key, e.g. R-001") },
    },
    async ({ org, risk }) =>
      safely(async () => {
        const view = await getRisk(ws.db, await orgId(org), risk);
        const suggested = retrieve(`${view.title} ${view.threat ?? ""} ${view.vulnerability ?? ""}`, 8)
          .filter((c) => c.type === "control" && !view.controls.includes(c.id))
          .slice(0, 4)
          .map((c) => ({
            controlId: c.id,
            title: c.title,
            why: getControl(c.id)?.guidance.purpose.split(/(?<=\.)\s/)[0],
          }));
        return {
          draft: true,
          accepted: false,
          risk: view.key,
          currentControls: view.controls,
          treatment: view.treatment ?? "modify",
          suggestedControls: suggested,
        };
      }),
  );
  return server;
}
