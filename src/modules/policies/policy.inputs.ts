/** What a person sends to change a policy: the request shapes, shared by the API, CLI and MCP. */
import { z } from "zod";
import { ROLES } from "../users/user.service.js";
import { POLICY_TYPES } from "./policy.views.js";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");
const line = (max: number) => z.string().trim().min(1).max(max);

export const ZNewPolicy = z.object({
  template: z.string().trim().max(60).optional().describe("A policy template's key (see /policy-templates)"),
  title: line(200).optional(),
  docType: z.enum(POLICY_TYPES).optional(),
  owner: line(200).optional(),
  reviewMonths: z.number().int().min(1).max(60).optional(),
  content: z.string().max(500_000).optional().describe("Markdown; the template's text when left out"),
});

export const ZVersionPatch = z.object({
  title: line(200).optional(),
  content: z.string().max(500_000).optional(),
  changeSummary: z.string().trim().max(2000).nullable().optional(),
  significant: z.boolean().optional(),
});

export const ZNewVersion = z.object({
  changeSummary: z.string().trim().max(2000).optional(),
  significant: z.boolean().optional().describe("Everyone acknowledges again once it is published"),
});

export const ZCommentInput = z.object({
  body: line(5000),
  section: z.string().trim().max(300).optional().describe("The heading of the section commented on"),
  quote: z.string().trim().max(2000).optional().describe("The words commented on"),
});

export const ZApproveInput = z.object({
  role: line(120).describe("The approver's role, e.g. CEO"),
  note: z.string().trim().max(2000).optional(),
});

export const ZReviewInput = z.object({ note: z.string().trim().max(2000).optional() });

export const ZAudience = z.object({
  everyone: z.boolean().default(false),
  roles: z.array(z.enum(ROLES)).max(ROLES.length).default([]),
  people: z
    .array(z.object({ name: line(200), email: z.string().trim().toLowerCase().email().max(254) }))
    .max(5000)
    .default([]),
});

export const ZPublishInput = z.object({
  effectiveFrom: day.optional().describe("Defaults to today"),
  audience: ZAudience,
});
