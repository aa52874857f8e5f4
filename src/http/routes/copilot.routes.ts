import { z } from "zod";
import type * as copilot from "../../copilot/copilot.service.js";
import type { Draft } from "../../copilot/drafting.js";
import { describes } from "../../modules/shape.js";
import { orgOf } from "../auth.js";
import { type ApiApp, errors, type RouteDeps, ZSlug } from "./types.js";

const ZAsk = z.object({ question: z.string().trim().min(2).max(2000), offline: z.boolean().optional() });
const ZAnswer = describes<Awaited<ReturnType<typeof copilot.ask>>>()(
  z.object({
    answer: z.string(),
    citations: z
      .array(
        z.object({
          type: z.enum(["control", "clause"]),
          id: z.string(),
          title: z.string(),
          score: z.number(),
        }),
      )
      .describe("Controls and clauses, best first"),
    facts: z.array(z.string()).describe("Ids of the standard-level facts the answer drew on"),
    source: z.enum(["offline", "llm"]),
    intent: z
      .enum(["compare", "exclude", "facts", "evidence", "howto", "clause", "explain"])
      .optional()
      .describe("The kind of question the answer was composed for"),
    draft: z.boolean().optional(),
    notice: z.string().optional().describe("Why the language model's answer is missing, when it is"),
  }),
);
const ZDraft = describes<Draft>()(
  z.object({
    kind: z.enum(["justification", "notes", "policy"]),
    controlId: z.string(),
    text: z.string(),
    draft: z.literal(true),
  }),
);

export async function copilotRoutes(app: ApiApp, { ws, llm }: RouteDeps) {
  const { ask } = await import("../../copilot/copilot.service.js");
  const model = (offline?: boolean) => (offline || !llm ? {} : { llm });
  app.post(
    "/api/v1/copilot/ask",
    {
      config: { permission: "user" },
      schema: { summary: "Ask the ISO/IEC 27002 copilot", body: ZAsk, response: { 200: ZAnswer, ...errors } },
    },
    async (request) => ask(request.body.question, model(request.body.offline)),
  );
  app.post(
    "/api/v1/orgs/:slug/copilot/ask",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "Ask the copilot in the light of the organization's ISMS",
        params: ZSlug,
        body: ZAsk,
        response: { 200: ZAnswer, ...errors },
      },
    },
    async (request) => {
      const org = orgOf(request);
      const result = await ask(request.body.question, {
        db: ws.db,
        orgId: org.id,
        organization: org.name,
        ...model(request.body.offline),
      });
      return result;
    },
  );
  app.post(
    "/api/v1/orgs/:slug/copilot/draft",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "Draft an SoA justification, implementation notes or a policy outline (never saved)",
        params: ZSlug,
        body: z.object({ kind: z.enum(["justification", "notes", "policy"]), controlId: z.string() }),
        response: { 200: ZDraft, ...errors },
      },
    },
    async (request) => {
      const drafting = await import("../../copilot/drafting.js");
      const { kind, controlId } = request.body;
      if (kind === "notes") return drafting.draftImplementationNotes(controlId);
      if (kind === "policy") return drafting.draftPolicyOutline(controlId);
      return drafting.draftJustification(ws.db, orgOf(request).id, controlId);
    },
  );
}
