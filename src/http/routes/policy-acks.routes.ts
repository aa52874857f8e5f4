import { z } from "zod";
import { DomainError } from "../../domain/errors.js";
import { ZAcknowledged, ZAcknowledgements, ZAckPage } from "../../modules/policies/policy.schema.js";
import {
  acknowledgeAsMember,
  acknowledgeByToken,
  acknowledgements,
  newAckLink,
  readAckToken,
  remindPending,
} from "../../modules/policies/policy-ack.service.js";
import { clientOf, scopeOf } from "../auth.js";
import { type ApiApp, errors, type RouteDeps, ZSlug } from "./types.js";

const ZKey = ZSlug.extend({ key: z.string().min(1).max(40) });
const failures = { ...errors, 409: errors[400] };
const BASE = "/api/v1/orgs/:slug/policies";

export async function policyAckRoutes(app: ApiApp, { ws, mailer, publicUrl }: RouteDeps) {
  const db = ws.db;
  const delivery = { mailer, publicUrl };
  app.get(
    `${BASE}/:key/acknowledgements`,
    {
      config: { permission: "org:read" },
      schema: {
        summary: "Who has and has not acknowledged the version in force",
        params: ZKey,
        response: { 200: ZAcknowledgements, ...errors },
      },
    },
    async (request) => acknowledgements(scopeOf(request), request.params.key),
  );
  app.post(
    `${BASE}/:key/acknowledge`,
    {
      config: { permission: "policy:respond" },
      schema: {
        summary: "Acknowledge the version in force as the signed-in person",
        params: ZKey,
        response: { 200: ZAcknowledged, ...failures },
      },
    },
    async (request) => {
      const user = request.principal?.user;
      if (!user || request.principal?.via !== "session")
        throw new DomainError(
          "FORBIDDEN",
          "a person acknowledges a policy signed in, not through an API token",
        );
      return acknowledgeAsMember(scopeOf(request), request.params.key, user, clientOf(request));
    },
  );
  app.post(
    `${BASE}/:key/acknowledgements/:id/link`,
    {
      config: { permission: "member:manage" },
      schema: {
        summary: "A new one-time link for one person to acknowledge with (the earlier link stops working)",
        params: ZKey.extend({ id: z.string().min(1).max(64) }),
        response: { 200: z.object({ url: z.string() }), ...failures },
      },
    },
    async (request) => newAckLink(scopeOf(request), request.params.key, request.params.id, publicUrl),
  );
  app.post(
    `${BASE}/:key/acknowledgements/remind`,
    {
      config: { permission: "policy:write" },
      schema: {
        summary: "E-mail everyone still pending a reminder with a fresh one-time link (needs mail)",
        params: ZKey,
        response: { 200: z.object({ reminded: z.number() }), ...failures },
      },
    },
    async (request) => remindPending(scopeOf(request), request.params.key, delivery),
  );
  app.get(
    "/api/v1/ack/:token",
    {
      config: { permission: "public" },
      schema: {
        summary: "The policy a one-time acknowledgement link is for (no sign-in)",
        params: z.object({ token: z.string().max(200) }),
        response: { 200: ZAckPage, ...errors },
      },
    },
    async (request) => readAckToken(db, request.params.token),
  );
  app.post(
    "/api/v1/ack/:token",
    {
      config: { permission: "public" },
      schema: {
        summary: "Acknowledge through a one-time link (no sign-in); the link then stops working",
        params: z.object({ token: z.string().max(200) }),
        response: { 200: ZAcknowledged, ...failures },
      },
    },
    async (request) => acknowledgeByToken(db, request.params.token, clientOf(request)),
  );
}
