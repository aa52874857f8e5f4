/**
 * The registers as documents: risk register, risk treatment plan, asset inventory, readiness and
 * the mandatory-document checklist. Every stored value is printed in people's words (domain/labels).
 */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { count, label, labelsOf, yesNo } from "../../domain/labels.js";
import { listAssets } from "../../modules/assets/asset.service.js";
import { documentChecklist, readiness } from "../../modules/management/readiness.service.js";
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
        `${count(risks.length, "risk")} identified and assessed with the organization's methodology (ISO/IEC 27001 6.1.2, 8.2).`,
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
            choices: labelsOf("treatment"),
          },
          { key: "residual", header: "Residual", width: 12 },
          { key: "status", header: "Status", width: 8, choices: labelsOf("riskStatus") },
          { key: "review", header: "Next review", width: 9 },
        ],
        rows: risks.map((r) => ({
          key: r.key,
          title: r.title,
          owner: r.owner,
          cia: r.cia.join(""),
          assets: r.assets.join(", "),
          inherent: point(r.inherent),
          treatment: label("treatment", r.treatment),
          residual: point(r.residual),
          status: label("riskStatus", r.status),
          review: r.nextReviewOn,
        })),
      },
    },
  ];
}

/** One row per treatment action, the risk's own columns on its first row; a risk with no action has one row. */
export async function treatmentPlanSections(db: Kysely<Database>, ctx: DocumentContext): Promise<Section[]> {
  const risks = (await listRisks(db, ctx.orgId)).filter((r) => r.treatment);
  const actions = risks.reduce((n, r) => n + r.actions.length, 0);
  return [
    {
      heading: "Risk treatment plan",
      paragraphs: [
        "For every treated risk: the option chosen, the controls planned, the actions with their owners, target dates and status, the residual risk and the risk owner's acceptance (ISO/IEC 27001 6.1.3 e–f, 8.3).",
        `${count(risks.length, "treated risk")}, ${count(actions, "action")}.`,
      ],
      table: {
        group: "key",
        columns: [
          { key: "key", header: "Risk", width: 6 },
          { key: "title", header: "Title", width: 16 },
          { key: "treatment", header: "Option", width: 8, choices: labelsOf("treatment") },
          { key: "controls", header: "Planned controls", width: 14 },
          { key: "action", header: "Action", width: 24 },
          { key: "owner", header: "Action owner", width: 10 },
          { key: "due", header: "Target date", width: 9 },
          { key: "status", header: "Action status", width: 8, choices: labelsOf("actionStatus") },
          { key: "residual", header: "Residual risk", width: 10 },
          { key: "acceptance", header: "Acceptance by the risk owner", width: 16 },
        ],
        rows: risks.flatMap((r) => {
          const first = {
            key: r.key,
            title: r.title,
            treatment: label("treatment", r.treatment),
            controls: [...r.controls.map((c) => `A.${c}`), ...r.ownControls].join(", "),
            residual: point(r.residual),
            acceptance: r.acceptance
              ? `${r.acceptance.by}, ${(r.acceptance.at ?? "").slice(0, 10)}${r.acceptance.exception ? ` (exception: ${r.acceptance.exception})` : ""}`
              : "Not accepted",
          };
          const blank = { key: r.key, title: "", treatment: "", controls: "", residual: "", acceptance: "" };
          if (!r.actions.length)
            return [{ ...first, action: "No action recorded", owner: "", due: "", status: "" }];
          return r.actions.map((a, i) => ({
            ...(i === 0 ? first : blank),
            action: a.title,
            owner: a.owner ?? "Not assigned",
            due: a.dueOn ?? "Not set",
            status: label("actionStatus", a.status),
          }));
        }),
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
            choices: labelsOf("assetType"),
          },
          { key: "owner", header: "Owner", width: 12 },
          { key: "location", header: "Location", width: 14 },
          {
            key: "classification",
            header: "Classification",
            width: 10,
            choices: labelsOf("classification"),
          },
          { key: "cia", header: "C / I / A", width: 7 },
        ],
        rows: assets.map((a) => ({
          ...a,
          type: label("assetType", a.type),
          classification: label("classification", a.classification),
          cia: `${a.confidentiality ?? "–"} / ${a.integrity ?? "–"} / ${a.availability ?? "–"}`,
        })),
      },
    },
  ];
}

export async function readinessSections(db: Kysely<Database>, ctx: DocumentContext): Promise<Section[]> {
  const report = await readiness(db, ctx.orgId);
  const checklist = await documentChecklist(db, ctx.orgId);
  return [
    {
      heading: "Certification readiness",
      paragraphs: [
        `Overall readiness ${Math.round(report.overall * 100)}%. Annex A: ${report.themes.map((t) => `${label("theme", t.theme)} ${Math.round(t.score * 100)}%`).join(", ")}.`,
      ],
      table: {
        columns: [
          { key: "id", header: "Clause", width: 6 },
          { key: "title", header: "Title", width: 28 },
          { key: "status", header: "Status", width: 8, choices: labelsOf("readiness") },
          { key: "reasons", header: "Reasons", width: 50 },
        ],
        rows: report.clauses.map((c) => ({
          id: c.id,
          title: c.title,
          status: label("readiness", c.status),
          reasons: c.reasons.join("; "),
        })),
      },
    },
    {
      heading: "Blockers",
      flow: true,
      paragraphs: [
        report.blockers.length
          ? `${count(report.blockers.length, "finding")} would stop a certification audit at stage 1 or stage 2.`
          : "Nothing found that would stop a certification audit.",
      ],
      table: {
        columns: [
          { key: "stage", header: "Stage", width: 5 },
          { key: "ref", header: "Where", width: 10 },
          { key: "message", header: "What blocks", width: 40 },
          { key: "fix", header: "How to fix", width: 35 },
        ],
        rows: report.blockers.map((b) => ({ ...b, stage: `Stage ${b.stage}`, fix: fixInWords(b.fix) })),
      },
    },
    {
      heading: "Mandatory documented information",
      flow: true,
      table: {
        columns: [
          { key: "clause", header: "Clause", width: 6 },
          { key: "document", header: "Document", width: 50 },
          { key: "present", header: "In the register", width: 10, choices: ["Yes", "No"] },
          { key: "documents", header: "Register entries", width: 15 },
        ],
        rows: checklist.map((c) => ({
          clause: c.clause,
          document: c.document,
          present: yesNo(c.present),
          documents: c.documents.join(", "),
        })),
      },
    },
  ];
}
