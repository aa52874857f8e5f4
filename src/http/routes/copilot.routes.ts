import { z } from "zod";
import { orgOf } from "../auth.js";
import { type ApiApp, errors, type RouteDeps, ZObject, ZSlug } from "./types.js";

const ZAsk = z.object({ question: z.string().trim().min(2).max(2000), offline: z.boolean().optional() });
const ZAnswer = z
  .object({
    answer: z.string(),
    citations: z.array(
      z.object({ type: z.enum(["control", "clause"]), id: z.string(), title: z.string(), score: z.number() }),
    ),
    source: z.enum(["offline", "llm"]),
    notice: z.string().optional(),
  })
  .catchall(z.unknown());

export async function copilotRoutes(app: ApiApp, { ws, llm }: RouteDeps) {
  const { ask } = await import("../../copilot/copilot.service.js");
  const model = (offline?: boolean) => (offline || !llm ? {} : { llm });
  app.post(
    "/api/v1/copilot/ask",
    {
      config: { permission: "user" },
      schema: { summary: "Ask the ISO/IEC 27002 copilot", body: ZAsk, response: { 200: ZAnswer, ...errors } },
    },
    async (request) => (await ask(request.body.question, model(request.body.offline))) as never,
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
      return result as never;
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
        response: { 200: ZObject, ...errors },
      },
    },
    async (request) => {
      const drafting = await import("../../copilot/drafting.js");
      const { kind, controlId } = request.body;
      if (kind === "notes")
        return drafting.draftImplementationNotes(controlId) as unknown as Record<string, unknown>;
      if (kind === "policy")
        return drafting.draftPolicyOutline(controlId) as unknown as Record<string, unknown>;
      return (await drafting.draftJustification(ws.db, orgOf(request).id, controlId)) as unknown as Record<
        string,
        unknown
      >;
    },
  );
}
