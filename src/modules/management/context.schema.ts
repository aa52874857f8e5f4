/**
 * Response shapes of the context (4.1–4.3) and of the mandatory documented information checklist,
 * each checked against the service result it describes.
 */
import { z } from "zod";
import { FIX_ACTIONS } from "../../domain/readiness-facts.js";
import { describes, ZFlag, ZOrgRow } from "../shape.js";
import type { addContextIssue, addInterestedParty, getContext, setScope } from "./context.service.js";
import type {
  recordClimateDetermination,
  updateContextIssue,
  updateInterestedParty,
} from "./context-edit.service.js";
import type { documentChecklist } from "./readiness.service.js";

type Result<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
type Item<F extends (...args: never[]) => unknown> = Result<F> extends readonly (infer U)[] ? U : never;

const text = z.string().nullable();
const requirement = z.object({ text: z.string(), addressed: z.boolean(), addressedBy: text });

const scopeFields = {
  statement: z.string(),
  boundaries: text,
  interfaces: text,
  dependencies: text,
  exclusions: text,
  climateRelevant: ZFlag.nullable(),
  climateReason: text,
};

export const ZScope = describes<Result<typeof setScope>>()(ZOrgRow.extend(scopeFields));
export const ZClimateScope = describes<Result<typeof recordClimateDetermination>>()(
  ZOrgRow.extend(scopeFields),
);

export const ZContext = describes<Result<typeof getContext>>()(
  z.object({
    scope: ZScope.nullable(),
    climate: z.object({ relevant: z.boolean(), reason: text }).nullable(),
    issues: z.array(
      z.object({
        id: z.string(),
        version: z.number().int(),
        kind: z.string(),
        title: z.string(),
        description: text,
        category: text,
        climateRelated: z.boolean(),
      }),
    ),
    interestedParties: z.array(
      z.object({
        id: z.string(),
        version: z.number().int(),
        name: z.string(),
        description: text,
        requirements: z.array(requirement),
      }),
    ),
  }),
);

const issueFields = {
  kind: z.string(),
  title: z.string(),
  description: text,
  category: text,
  climateRelated: ZFlag,
};
export const ZContextIssueRow = describes<Result<typeof addContextIssue>>()(ZOrgRow.extend(issueFields));
export const ZContextIssueUpdated = describes<Result<typeof updateContextIssue>>()(
  ZOrgRow.extend(issueFields),
);

const partyFields = {
  name: z.string(),
  description: text,
  requirements: z.string().describe("JSON text: [{ text, addressed, addressedBy }]"),
};
export const ZInterestedPartyRow = describes<Result<typeof addInterestedParty>>()(
  ZOrgRow.extend(partyFields),
);
export const ZInterestedPartyUpdated = describes<Result<typeof updateInterestedParty>>()(
  ZOrgRow.extend(partyFields),
);

const recordRef = z.object({
  label: z.string(),
  page: z.string().describe("the web app's page, relative to the organization"),
  version: text,
  approvedBy: text,
  date: text,
});

export const ZDocumentCheck = describes<Item<typeof documentChecklist>>()(
  z.object({
    clause: z.string(),
    document: z.string(),
    present: z.boolean(),
    satisfiedBy: z.enum(["record", "document", "evidence"]).nullable(),
    records: z.array(recordRef),
    documents: z.array(z.string()),
    evidenceControls: z.array(z.string()),
    fix: z.object({ action: z.enum(FIX_ACTIONS), args: z.record(z.string(), z.string()).optional() }),
  }),
);
