/**
 * Coverage of another framework (NIS2, NIST SP 800-53…) by the ISMS as a document: the sources and
 * licences of the framework and its mappings first (ENISA's CC BY 4.0 attribution, NIST's), then the
 * counts per section and every requirement with its mapped ISO references, state and reasons.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { label } from "../../domain/labels.js";
import { frameworkCoverage } from "../../modules/frameworks/coverage.service.js";
import { orgScope } from "../../modules/scope.js";
import type { Section } from "../document.js";
import type { DocumentContext } from "./context.js";

const STATE: Record<string, string> = {
  covered: "Covered",
  partial: "Partly covered",
  not_covered: "Not covered",
  not_applicable: "Not applicable",
  unmapped: "Unmapped: needs its own treatment",
};
const FILL: Record<string, string> = {
  covered: "#dff3e4",
  partial: "#fff4d6",
  not_covered: "#fde2e1",
  unmapped: "#ece8f7",
};

const refWords = (i: { ref: string; kind: string; status: string; applicable: boolean | null }) =>
  i.kind === "clause"
    ? `Clause ${i.ref.slice(7)} (${i.status === "met" ? "met" : i.status === "partial" ? "partly met" : "not met"})`
    : `${i.ref} (${i.applicable === false ? "not applicable" : label("soaStatus", i.status)})`;

export async function coverageSections(
  db: Kysely<Database>,
  ctx: DocumentContext,
  framework = "nis2",
): Promise<{ sections: Section[]; title: string; fileTag: string }> {
  const report = await frameworkCoverage(orgScope(db, ctx.orgId, "system"), framework);
  const short = report.framework.id.startsWith("nis2") ? "NIS2" : report.framework.title;
  const s = report.summary;
  return {
    title: `${short} coverage by the ISMS`,
    fileTag: report.framework.id,
    sections: [
      {
        heading: "Sources and licences",
        flow: true,
        paragraphs: [
          `${report.framework.title} (version ${report.framework.version}), read through the ISO/IEC 27001:2022 clauses and Annex A controls each requirement is mapped to. A mapping says the two overlap; "covered" means every mapped clause is met and every mapped control that applies is implemented with current evidence.`,
          `${report.requirements.length} requirements: ${s.covered} covered, ${s.partial} partly covered, ${s.not_covered} not covered, ${s.not_applicable} not applicable, ${s.unmapped} with no mapping (they need their own treatment).`,
          ...report.framework.attribution,
        ],
      },
      {
        heading: "Coverage by section",
        flow: true,
        table: {
          columns: [
            { key: "id", header: "Section", width: 6 },
            { key: "title", header: "Title", width: 40 },
            { key: "covered", header: "Covered", width: 8 },
            { key: "partial", header: "Partly", width: 8 },
            { key: "not_covered", header: "Not covered", width: 8 },
            { key: "not_applicable", header: "Not applicable", width: 8 },
            { key: "unmapped", header: "Unmapped", width: 8 },
          ],
          rows: report.sections.map((x) => ({ id: x.id, title: x.title, ...x.counts })),
        },
      },
      {
        heading: "Requirements",
        table: {
          columns: [
            { key: "id", header: "Requirement", width: 8 },
            { key: "title", header: "Text", width: 40 },
            { key: "state", header: "Coverage", width: 12, choices: Object.values(STATE) },
            { key: "iso", header: "ISO/IEC 27001:2022", width: 28 },
            { key: "reasons", header: "Why", width: 28 },
            { key: "owner", header: "Owner", width: 10 },
            { key: "note", header: "Note", width: 20 },
          ],
          rows: report.requirements.map((r) => ({
            id: r.label ?? r.id,
            title: r.title,
            state: STATE[r.state] ?? r.state,
            iso: r.iso.map(refWords).join("; "),
            reasons: r.reasons.join("; "),
            owner: r.owner ?? "",
            note: r.note ?? "",
          })),
          fills: report.requirements.map((r): Record<string, string> => {
            const fill = FILL[r.state];
            return fill ? { state: fill } : {};
          }),
        },
      },
    ],
  };
}
