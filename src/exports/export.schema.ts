/**
 * The download route's report and query (kept stable: the web app's download menus are built on
 * them), and the response shapes of the JSON exports: OSCAL 1.1.3 documents (their top level declared, the rest
 * passed through as built; the NIST schemas are the authority on it) and the verdict of checking
 * whether a file is one this installation produced.
 */
import { z } from "zod";
import { describes } from "../modules/shape.js";
import { FORMATS } from "./document.js";
import { type ExportVerdict, REPORTS } from "./export.service.js";
import type { PackVerdict } from "./pack.service.js";

const ZOscalMetadata = z.looseObject({
  title: z.string(),
  "last-modified": z.string(),
  version: z.string(),
  "oscal-version": z.string(),
});

/** The top of every OSCAL model: its uuid and metadata, and the model's own sections. */
const oscalModel = (sections: Record<string, z.ZodType> = {}) =>
  z.looseObject({ uuid: z.string(), metadata: ZOscalMetadata, ...sections });

export const ZOscalCatalog = z.object({
  catalog: oscalModel({
    groups: z.array(
      z.looseObject({
        id: z.string(),
        title: z.string(),
        controls: z.array(z.looseObject({ id: z.string(), title: z.string() })),
      }),
    ),
  }),
});

/** One of the organization's OSCAL documents, under the name of its model. */
export const ZOscalOrgDocument = z.union([
  z.object({ profile: oscalModel({ imports: z.array(z.looseObject({ href: z.string() })) }) }),
  z.object({ "system-security-plan": oscalModel() }),
  z.object({ "assessment-results": oscalModel() }),
  z.object({ "plan-of-action-and-milestones": oscalModel() }),
]);

const ZPackVerdict = describes<PackVerdict>()(
  z.object({ ok: z.boolean(), files: z.number(), problems: z.array(z.string()) }),
);

export const ZExportVerdict = describes<ExportVerdict>()(
  z.object({
    ok: z.boolean().describe("Byte for byte a file this installation produced"),
    documentId: z.string().optional(),
    organization: z.string().optional(),
    report: z.string().optional(),
    format: z.string().optional(),
    version: z.string().optional(),
    generatedAt: z.string().optional(),
    sha256: z.string(),
  }),
).extend({ pack: ZPackVerdict.optional().describe("For an evidence pack: its files against its manifest") });

/** Which report a download is. */
export const ZReportName = z
  .enum(REPORTS)
  .describe(
    "Which report: soa, risks, rtp, methodology, assets, audit, review, readiness, suppliers, incidents, requirements, coverage (of NIS2 or an imported framework, with its sources' attributions), policy (one version of a policy) or policy-acks (who acknowledged a policy's published version)",
  );

/**
 * A download's format and, for a versioned report, its version: one `version` serves the SoA and
 * the policies alike, since a report presents one versioned record at most and a client then asks
 * for "version 2 of what this report shows" the same way whatever the record is.
 */
export const ZExportQuery = z.object({
  format: z.enum(FORMATS).default("xlsx").describe("File format: xlsx, docx, pdf or csv"),
  version: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .describe(
      "For the SoA: an approved version number; left out, the current state (the last approved version when nothing changed since, otherwise a draft marked as not approved). For policy: the policy's version; left out, the one published, else the latest approved, else the latest draft. For policy-acks: a published version; left out, the one in force",
    ),
  policy: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .optional()
    .describe("For policy and policy-acks (and required by them): the policy's key, e.g. POL-001"),
  framework: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .optional()
    .describe("For coverage: the framework (nis2, the default, or an imported catalog's id)"),
});
