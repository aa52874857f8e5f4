/** Response shapes of frameworks, imports and coverage, checked against the services both ways. */
import { z } from "zod";
import { COVERAGE_STATES } from "../../domain/coverage.js";
import { describes } from "../shape.js";
import type { frameworkCoverage, setCoverageNote } from "./coverage.service.js";
import type { ImportResult, importMapping } from "./framework.import.js";
import type { FrameworkSummary } from "./framework.registry.js";

const ZMappingSource = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string(),
  licence: z.string().nullable(),
  relationship: z.string(),
  builtIn: z.boolean(),
  attribution: z.string().describe("The words the licence asks to show wherever the mapping is used"),
});

export const ZFrameworkSummary = describes<FrameworkSummary>()(
  z.object({
    id: z.string(),
    title: z.string(),
    version: z.string(),
    kind: z.enum(["built-in", "imported"]),
    source: z.string(),
    licence: z.string().nullable(),
    groups: z.number(),
    requirements: z.number(),
    mappings: z.array(ZMappingSource),
    attribution: z.array(z.string()),
  }),
);

export const ZImportResult = describes<ImportResult>()(
  z.object({
    framework: z.object({ id: z.string(), title: z.string(), version: z.string() }),
    groups: z.number(),
    controls: z.number(),
    outcome: z.enum(["created", "replaced", "unchanged"]),
  }),
);

export const ZMappingImport = describes<Awaited<ReturnType<typeof importMapping>>>()(
  z.object({
    framework: z.string(),
    mapping: z.object({ id: z.string(), title: z.string() }),
    pairs: z.number(),
  }),
);

type Report = Awaited<ReturnType<typeof frameworkCoverage>>;
const counts = z.object({
  covered: z.number(),
  partial: z.number(),
  not_covered: z.number(),
  not_applicable: z.number(),
  unmapped: z.number(),
});

export const ZCoverage = describes<Report>()(
  z.object({
    framework: ZFrameworkSummary,
    summary: counts,
    sections: z.array(z.object({ id: z.string(), title: z.string(), counts })),
    requirements: z.array(
      z.object({
        id: z.string(),
        label: z.string().nullable(),
        title: z.string(),
        section: z.string(),
        state: z.enum(COVERAGE_STATES),
        score: z
          .number()
          .nullable()
          .describe("Share of the applicable mapped references met (partly counts half)"),
        reasons: z.array(z.string()),
        iso: z.array(
          z.object({
            ref: z.string().describe('"5.15" (Annex A control) or "clause:6.1.2"'),
            kind: z.enum(["control", "clause"]),
            title: z.string(),
            applicable: z.boolean().nullable(),
            status: z.string(),
            evidence: z.enum(["current", "due_soon", "stale", "none"]).nullable(),
          }),
        ),
        owner: z.string().nullable(),
        note: z.string().nullable(),
      }),
    ),
  }),
);

export const ZCoverageNoteInput = z.object({
  owner: z.string().max(200).nullable().optional(),
  note: z.string().max(4000).nullable().optional(),
});

export const ZCoverageNote = describes<Awaited<ReturnType<typeof setCoverageNote>>>()(
  z.object({
    framework: z.string(),
    requirement: z.string(),
    owner: z.string().nullable(),
    note: z.string().nullable(),
  }),
);
