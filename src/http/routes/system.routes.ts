import { z } from "zod";
import { databaseAnswers } from "../../modules/workspace.js";
import type { ApiApp, RouteDeps } from "./types.js";

/** Liveness, readiness and the OpenAPI document. */
export async function systemRoutes(app: ApiApp, { ws }: RouteDeps) {
  app.get("/healthz", { config: { permission: "public" }, schema: { hide: true } }, async () => ({
    status: "ok",
  }));
  app.get(
    "/readyz",
    { config: { permission: "public" }, schema: { hide: true } },
    async (_request, reply) => {
      if (await databaseAnswers(ws)) return { status: "ready" };
      return reply.status(503).send({ status: "database unavailable" });
    },
  );
  app.get(
    "/api/v1/openapi.json",
    {
      config: { permission: "public" },
      schema: { hide: true, response: { 200: z.record(z.string(), z.unknown()) } },
    },
    async () => app.swagger() as unknown as Record<string, unknown>,
  );
}
