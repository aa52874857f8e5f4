/**
 * The registers and reports as documents: risk register, risk treatment plan, asset
 * inventory, internal audit report, management review minutes, readiness and the mandatory-document
 * checklist.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { listAssets } from "../../modules/assets/asset.service.js";
import { listAudits } from "../../modules/management/audit-programme.service.js";
import { documentChecklist, readiness } from "../../modules/management/readiness.service.js";
import { listReviews } from "../../modules/management/review.service.js";
import { listRisks } from "../../modules/risks/risk.service.js";
import type { Section } from "../document.js";
import type { DocumentContext } from "./context.js";
import { fixInWords } from "./fix-words.js";

const point = (p: { likelihood: number; impact: number; score: number; level: string } | null) =>
  p ? `${p.likelihood}×${p.impact} = ${p.score} ${p.level}` : "";

export async function riskRegisterSections(db: Kysely<Database>, ctx: DocumentContext): Promise<Section[]> {
  const risks = await listRisks(db, ctx.orgId);
  return [
    {
      heading: "Risk register",
      paragraphs: [
        `${risks.length} risks identified and assessed with the organization's methodology (ISO/IEC 27001 6.1.2, 8.2).`,
      ],
      table: {
        columns: [
          { key: "key", header: "Risk", width: 6 },
          { key: "title", header: "Title", width: 24 },
          { key: "owner", header: "Owner", width: 12 },
          { key: "cia", header: "C/I/A", width: 5 },
          { key: "assets", header: "Assets", width: 10 },
          { key: "inherent", header: "Inherent", width: 12 },
          {
            key: "treatment",
            header: "Treatment",
            width: 8,
            choices: ["modify", "retain", "avoid", "share"],
          },
          { key: "residual", header: "Residual", width: 12 },
          { key: "status", header: "Status", width: 8, choices: ["open", "treatment", "accepted", "closed"] },
          { key: "review", header: "Next review", width: 9 },
        ],
        rows: risks.map((r) => ({
          key: r.key,
          title: r.title,
          owner: r.owner,
          cia: r.cia.join(""),
          assets: r.assets.join(", "),
          inherent: point(r.inherent),
          treatment: r.treatment,
          residual: point(r.residual),
          status: r.status,
          review: r.nextReviewOn,
        })),
      },
    },
  ];
}

export async function treatmentPlanSections(db: Kysely<Database>, ctx: DocumentContext): Promise<Section[]> {
  const risks = (await listRisks(db, ctx.orgId)).filter((r) => r.treatment);
  return [
    {
      heading: "Risk treatment plan",
      paragraphs: [
        "For every treated risk: the option chosen, the controls planned, the actions with owners and due dates, the residual risk and the risk owner's acceptance (ISO/IEC 27001 6.1.3 e–f, 8.3).",
      ],
      table: {
        columns: [
          { key: "key", header: "Risk", width: 6 },
          { key: "title", header: "Title", width: 18 },
          { key: "treatment", header: "Option", width: 7 },
          { key: "controls", header: "Planned controls", width: 14 },
          { key: "actions", header: "Actions (owner, due, status)", width: 34 },
          { key: "residual", header: "Residual", width: 11 },
          { key: "acceptance", header: "Acceptance", width: 16 },
        ],
        rows: risks.map((r) => ({
          key: r.key,
          title: r.title,
          treatment: r.treatment,
          controls: [...r.controls.map((c) => `A.${c}`), ...r.ownControls].join(", "),
          actions: r.actions
            .map((a) => `${a.title} (${a.owner ?? "no owner"}, ${a.dueOn ?? "no date"}, ${a.status})`)
            .join("\n"),
          residual: point(r.residual),
          acceptance: r.acceptance
            ? `${r.acceptance.by}, ${(r.acceptance.at ?? "").slice(0, 10)}${r.acceptance.exception ? ` (exception: ${r.acceptance.exception})` : ""}`
            : "not accepted",
        })),
      },
    },
  ];
}

export async function assetSections(db: Kysely<Database>, ctx: DocumentContext): Promise<Section[]> {
  const assets = await listAssets(db, ctx.orgId);
  return [
    {
      heading: "Asset inventory",
      table: {
        columns: [
          { key: "key", header: "Asset", width: 6 },
          { key: "name", header: "Name", width: 22 },
          {
            key: "type",
            header: "Type",
            width: 9,
            choices: ["information", "software", "hardware", "service", "people", "site"],
          },
          { key: "owner", header: "Owner", width: 12 },
          { key: "location", header: "Location", width: 14 },
          {
            key: "classification",
            header: "Classification",
            width: 10,
            choices: ["public", "internal", "confidential", "restricted"],
          },
          { key: "cia", header: "C / I / A", width: 7 },
        ],
        rows: assets.map((a) => ({
          ...a,
          cia: `${a.confidentiality ?? "–"} / ${a.integrity ?? "–"} / ${a.availability ?? "–"}`,
        })),
      },
    },
  ];
}

export async function auditSections(db: Kysely<Database>, ctx: DocumentContext): Promise<Section[]> {
  const audits = (await listAudits(db, ctx.orgId)).filter((a) => a.status === "completed");
  return audits.map((a) => ({
    heading: `${a.key} ${a.title}`,
    paragraphs: [
      `Scope: ${a.scope ?? a.scopeRefs.join(", ")}`,
      `Criteria: ${a.criteria ?? ""}`,
      `Auditor: ${a.auditor ?? ""} · ${a.plannedStart ?? ""} to ${a.completedOn ?? ""}`,
    ],
    table: {
      columns: [
        { key: "key", header: "Finding", width: 6 },
        {
          key: "findingType",
          header: "Type",
          width: 10,
          choices: ["major_nc", "minor_nc", "observation", "opportunity"],
        },
        { key: "ref", header: "Clause / control", width: 10 },
        { key: "description", header: "Description", width: 50 },
        { key: "status", header: "Status", width: 7 },
      ],
      rows: a.findings,
    },
  }));
}

export async function reviewSections(db: Kysely<Database>, ctx: DocumentContext): Promise<Section[]> {
  const reviews = await listReviews(db, ctx.orgId);
  return reviews.map((r) => ({
    heading: `${r.key} ${r.title} (${r.heldOn})`,
    paragraphs: [
      `Attendees: ${r.attendees.join(", ")}`,
      ...Object.entries(r.inputs).map(([k, v]) => `${k.replace(/([A-Z])/g, " $1").toLowerCase()}: ${v}`),
    ],
    table: {
      columns: [{ key: "decision", header: "Decisions and actions", width: 80 }],
      rows: r.decisions.map((decision) => ({ decision })),
    },
  }));
}

export async function readinessSections(db: Kysely<Database>, ctx: DocumentContext): Promise<Section[]> {
  const report = await readiness(db, ctx.orgId);
  const checklist = await documentChecklist(db, ctx.orgId);
  return [
    {
      heading: "Certification readiness",
      paragraphs: [
        `Overall readiness ${Math.round(report.overall * 100)}%. Annex A: ${report.themes.map((t) => `${t.theme} ${Math.round(t.score * 100)}%`).join(", ")}.`,
      ],
      table: {
        columns: [
          { key: "id", header: "Clause", width: 6 },
          { key: "title", header: "Title", width: 28 },
          { key: "status", header: "Status", width: 8, choices: ["met", "partial", "missing"] },
          { key: "reasons", header: "Reasons", width: 50 },
        ],
        rows: report.clauses.map((c) => ({
          id: c.id,
          title: c.title,
          status: c.status,
          reasons: c.reasons.join("; "),
        })),
      },
    },
    {
      heading: "Blockers",
      table: {
        columns: [
          { key: "stage", header: "Stage", width: 5 },
          { key: "ref", header: "Where", width: 10 },
          { key: "message", header: "What blocks", width: 40 },
          { key: "fix", header: "How to fix", width: 35 },
        ],
        rows: report.blockers.map((b) => ({ ...b, fix: fixInWords(b.fix) })),
      },
    },
    {
      heading: "Mandatory documented information",
      table: {
        columns: [
          { key: "clause", header: "Clause", width: 6 },
          { key: "document", header: "Document", width: 50 },
          { key: "present", header: "In the register", width: 10, choices: ["yes", "no"] },
          { key: "documents", header: "Register entries", width: 15 },
        ],
        rows: checklist.map((c) => ({
          clause: c.clause,
          document: c.document,
          present: c.present ? "yes" : "no",
          documents: c.documents.join(", "),
        })),
      },
    },
  ];
}
