/** The internal audit report (9.2) and the management review minutes (9.3) as documents. */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { count, label, labelsOf } from "../../domain/labels.js";
import { listAudits } from "../../modules/management/audit-programme.service.js";
import { listReviews } from "../../modules/management/review.service.js";
import type { Section } from "../document.js";
import type { DocumentContext } from "./context.js";

export async function auditSections(db: Kysely<Database>, ctx: DocumentContext): Promise<Section[]> {
  const audits = (await listAudits(db, ctx.orgId)).filter((a) => a.status === "completed");
  if (!audits.length)
    return [{ heading: "Internal audits", paragraphs: ["No internal audit has been completed yet."] }];
  return audits.flatMap((a): Section[] => [
    {
      heading: `${a.key} ${a.title}`,
      paragraphs: [
        `Scope: ${a.scope ?? a.scopeRefs.join(", ")}`,
        `Criteria: ${a.criteria ?? "not recorded"}`,
        `Auditor: ${a.auditor ?? "not recorded"}. Carried out from ${a.plannedStart ?? "an unrecorded date"} to ${a.completedOn ?? "an unrecorded date"}.`,
      ],
    },
    {
      heading: "Findings",
      level: 2,
      flow: true,
      paragraphs: [
        a.findings.length
          ? `${count(a.findings.length, "finding")}, of which ${count(a.findings.filter((f) => f.findingType.endsWith("_nc")).length, "nonconformity", "nonconformities")}.`
          : "The audit raised no findings.",
      ],
      ...(a.findings.length && {
        table: {
          columns: [
            { key: "key", header: "Finding", width: 6 },
            { key: "findingType", header: "Type", width: 12, choices: labelsOf("findingType") },
            { key: "ref", header: "Clause or control", width: 10 },
            { key: "description", header: "Description", width: 50 },
            { key: "status", header: "Status", width: 8, choices: labelsOf("findingStatus") },
          ],
          rows: a.findings.map((f) => ({
            key: f.key,
            findingType: label("findingType", f.findingType),
            ref: f.ref,
            description: f.description,
            status: label("findingStatus", f.status),
          })),
        },
      }),
    },
  ]);
}

export async function reviewSections(db: Kysely<Database>, ctx: DocumentContext): Promise<Section[]> {
  const reviews = await listReviews(db, ctx.orgId);
  if (!reviews.length)
    return [{ heading: "Management reviews", paragraphs: ["No management review has been recorded yet."] }];
  return reviews.flatMap((r): Section[] => [
    {
      heading: `${r.key} ${r.title}`,
      paragraphs: [
        `Held on ${r.heldOn ?? "a date not yet set"} (${label("auditStatus", r.status).toLowerCase()}).`,
        `Attendees: ${r.attendees.join(", ") || "not recorded"}.`,
      ],
    },
    {
      heading: "Inputs considered",
      level: 2,
      flow: true,
      table: {
        columns: [
          { key: "input", header: "Input (clause 9.3.2)", width: 24 },
          { key: "summary", header: "What the review considered", width: 60 },
        ],
        rows: Object.entries(r.inputs).map(([key, summary]) => ({
          input: label("reviewInput", key),
          summary,
        })),
      },
    },
    {
      heading: "Decisions and actions",
      level: 2,
      flow: true,
      ...(r.decisions.length
        ? {
            table: {
              columns: [
                { key: "n", header: "No.", width: 4 },
                { key: "decision", header: "Decision or action", width: 80 },
              ],
              rows: r.decisions.map((decision, i) => ({ n: i + 1, decision })),
            },
          }
        : { paragraphs: ["No decision recorded."] }),
    },
  ]);
}
