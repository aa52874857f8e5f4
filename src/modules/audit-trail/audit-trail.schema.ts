/**
 * Response shapes of the audit trail: events as shown to people, and the verdict of a chain check.
 */
import { z } from "zod";
import { describes } from "../shape.js";
import type { listAuditEvents, verifyAuditChain } from "./audit-trail.service.js";

export const ZAuditEvent = describes<Awaited<ReturnType<typeof listAuditEvents>>[number]>()(
  z.object({
    seq: z.number(),
    at: z.string(),
    actor: z.string(),
    actorName: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    action: z.string(),
    subject: z
      .string()
      .nullable()
      .describe('The record\'s people-facing id while it exists ("R-001", "A.5.15")'),
    changes: z
      .unknown()
      .describe("For updates { field: [before, after] }; for inserts and deletes the row (long text cut)"),
  }),
);

export const ZChainVerdict = describes<Awaited<ReturnType<typeof verifyAuditChain>>>()(
  z.discriminatedUnion("ok", [
    z.object({ ok: z.literal(true), events: z.number() }),
    z.object({
      ok: z.literal(false),
      events: z.number(),
      brokenAt: z.string().describe("The id of the first event that does not fit"),
      reason: z.string(),
    }),
  ]),
);
