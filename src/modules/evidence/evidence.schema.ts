/**
 * Response shapes of evidence and implementation notes, checked against the service results.
 */
import { z } from "zod";
import { describes, ZOrgRow } from "../shape.js";
import type {
  addImplementationNote,
  addLinkEvidence,
  listEvidence,
  listImplementationNotes,
} from "./evidence.service.js";

type Result<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
const text = z.string().nullable();

/** How current a piece of evidence is, from its review and validity dates. */
export const ZFreshness = z.enum(["current", "due_soon", "stale"]);

const evidenceFields = {
  key: z.string(),
  title: z.string(),
  kind: z.string().describe("file | link | policy (a published policy, kept current by its reviews)"),
  url: text,
  filename: text,
  sha256: text,
  size: z.number().nullable(),
  mime: text,
  collectedOn: text,
  effectiveFrom: text,
  effectiveTo: text,
  reviewDueOn: text,
  owner: text,
};

export const ZEvidence = describes<Result<typeof listEvidence>[number]>()(
  z.object({
    ...evidenceFields,
    freshness: ZFreshness,
    controls: z.array(z.string()),
    risks: z.array(z.string()).describe("Risk keys"),
    audits: z.array(z.string()).describe("Audit keys"),
  }),
);

export const ZEvidenceRow = describes<Result<typeof addLinkEvidence>>()(
  ZOrgRow.extend({ ...evidenceFields, description: text }),
);

/** A stored file, and the key of evidence that already holds the same content, if any. */
export const ZFileEvidence = ZEvidenceRow.extend({ duplicateOf: text });

export const ZImplementationNote = describes<Result<typeof listImplementationNotes>[number]>()(
  z.object({ controlId: z.string(), body: z.string(), author: text, createdAt: z.string() }),
);

export const ZImplementationNoteRow = describes<Result<typeof addImplementationNote>>()(
  ZOrgRow.extend({ controlId: z.string(), body: z.string(), author: text }),
);
