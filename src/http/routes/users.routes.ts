/** The installation's users, for its owner: list, disable and enable accounts, end their sessions. */
import { z } from "zod";
import { disableUser, enableUser, endUserSessions, listUsers } from "../../modules/users/user.service.js";
import { actorOf } from "../auth.js";
import { type ApiApp, errors, type RouteDeps } from "./types.js";

const ZEmail = z.object({ email: z.string().min(3).max(254) });

export async function userRoutes(app: ApiApp, { ws }: RouteDeps) {
  const db = ws.db;
  app.get(
    "/api/v1/users",
    {
      config: { permission: "installation:owner" },
      schema: {
        summary: "Every user of the installation (no credentials)",
        response: {
          200: z.array(
            z.object({
              id: z.string(),
              email: z.string(),
              name: z.string(),
              installationOwner: z.boolean(),
              disabled: z.boolean(),
              totpEnabled: z.boolean(),
              createdAt: z.string(),
            }),
          ),
          ...errors,
        },
      },
    },
    async () => listUsers(db),
  );
  app.post(
    "/api/v1/users/:email/disable",
    {
      config: { permission: "installation:owner" },
      schema: {
        summary: "Disable an account: sign-in is refused, its sessions and API tokens end at once",
        params: ZEmail,
        response: { 200: z.object({ sessionsEnded: z.number(), tokensRevoked: z.number() }), ...errors },
      },
    },
    async (request) => disableUser(db, actorOf(request), request.params.email, request.ip),
  );
  app.post(
    "/api/v1/users/:email/enable",
    {
      config: { permission: "installation:owner" },
      schema: {
        summary: "Let a disabled account sign in again",
        params: ZEmail,
        response: { 200: z.object({ ok: z.literal(true) }), ...errors },
      },
    },
    async (request) => {
      await enableUser(db, actorOf(request), request.params.email, request.ip);
      return { ok: true as const };
    },
  );
  app.delete(
    "/api/v1/users/:email/sessions",
    {
      config: { permission: "installation:owner" },
      schema: {
        summary: "End every session of a user (sign them out everywhere)",
        params: ZEmail,
        response: { 200: z.object({ sessionsEnded: z.number() }), ...errors },
      },
    },
    async (request) => endUserSessions(db, actorOf(request), request.params.email, request.ip),
  );
}
