import { z } from "zod";
import {
  ZContext,
  ZContextIssueRow,
  ZDocumentCheck,
  ZInterestedPartyRow,
  ZScope,
} from "../../modules/management/context.schema.js";
import {
  addContextIssue,
  addDocument,
  addInterestedParty,
  getContext,
  listDocuments,
  setScope,
} from "../../modules/management/context.service.js";
import {
  ZDocument,
  ZDocumentRow,
  ZMeasurementRow,
  ZObjective,
  ZObjectiveRow,
  ZRegisterEntry,
} from "../../modules/management/management.schema.js";
import { addMeasurement, addObjective, listObjectives } from "../../modules/management/objectives.service.js";
import { documentChecklist } from "../../modules/management/readiness.service.js";
import {
  addRegisterEntry,
  listRegister,
  REGISTERS,
  registerSpec,
} from "../../modules/management/registers.js";
import { etag, ifMatchVersion, orgOf } from "../auth.js";
import { created, date, orgActor as org, text, ZKey } from "./management.common.js";
import { contextRoutes } from "./management-context.routes.js";
import { type ApiApp, errors, type RouteDeps, ZSlug } from "./types.js";

/** Clauses 4–8: context, scope, documented information, objectives and the operational registers. */
export async function managementRoutes(app: ApiApp, { ws }: RouteDeps) {
  const db = ws.db;
  await contextRoutes(app);

  app.get(
    "/api/v1/orgs/:slug/context",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "Issues, interested parties and scope (4.1–4.3)",
        params: ZSlug,
        response: { 200: ZContext, ...errors },
      },
    },
    async (request) => getContext(db, orgOf(request).id),
  );
  app.post(
    "/api/v1/orgs/:slug/context/issues",
    {
      config: { permission: "context:write" },
      schema: {
        summary: "Add an internal or external issue",
        params: ZSlug,
        body: z.object({
          kind: z.enum(["internal", "external"]),
          title: z.string().min(1).max(500),
          description: text.optional(),
          category: z.string().max(100).optional(),
          climateRelated: z.boolean().optional(),
        }),
        response: created(ZContextIssueRow),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addContextIssue(db, org(request).id, org(request).actor, request.body)),
  );
  app.post(
    "/api/v1/orgs/:slug/context/parties",
    {
      config: { permission: "context:write" },
      schema: {
        summary: "Add an interested party",
        params: ZSlug,
        body: z.object({
          name: z.string().min(1).max(300),
          description: text.optional(),
          requirements: z.array(z.object({ text: z.string().min(1), addressed: z.boolean() })).default([]),
        }),
        response: created(ZInterestedPartyRow),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addInterestedParty(db, org(request).id, org(request).actor, request.body)),
  );
  app.put(
    "/api/v1/orgs/:slug/context/scope",
    {
      config: { permission: "context:write" },
      schema: {
        summary: "Set the ISMS scope",
        params: ZSlug,
        body: z.object({
          statement: text.min(1),
          boundaries: text.optional(),
          interfaces: text.optional(),
          dependencies: text.optional(),
          exclusions: text.optional(),
        }),
        response: { 200: ZScope, ...errors },
      },
    },
    async (request, reply) => {
      // The scope is versioned like every mutable resource: an If-Match (the version from GET
      // context, "0" before the first scope) is checked when sent; a stale one answers 412.
      const header = request.headers["if-match"];
      const expected = header ? ifMatchVersion(request) : undefined;
      const scope = await setScope(db, org(request).id, org(request).actor, request.body, expected);
      return reply.header("ETag", etag(scope.version)).send(scope);
    },
  );

  app.get(
    "/api/v1/orgs/:slug/documents",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "The document register",
        params: ZSlug,
        response: { 200: z.array(ZDocument), ...errors },
      },
    },
    async (request) => listDocuments(db, orgOf(request).id),
  );
  app.get(
    "/api/v1/orgs/:slug/documents/checklist",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "Mandatory documented information and what is missing",
        params: ZSlug,
        response: { 200: z.array(ZDocumentCheck), ...errors },
      },
    },
    async (request) => documentChecklist(db, orgOf(request).id),
  );
  app.post(
    "/api/v1/orgs/:slug/documents",
    {
      config: { permission: "context:write" },
      schema: {
        summary: "Add documented information",
        params: ZSlug,
        body: z.object({
          title: z.string().min(1).max(300),
          docType: z.string().max(50).optional(),
          docVersion: z.string().max(50).optional(),
          owner: z.string().max(200).optional(),
          approvedBy: z.string().max(200).optional(),
          approvedOn: date.optional(),
          classification: z.string().max(50).optional(),
          reviewMonths: z.number().int().min(1).max(120).optional(),
          retention: z.string().max(200).optional(),
          location: z.string().max(500).optional(),
          clauseRefs: z.array(z.string()).default([]),
        }),
        response: created(ZDocumentRow),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addDocument(db, org(request).id, org(request).actor, request.body)),
  );

  app.get(
    "/api/v1/orgs/:slug/objectives",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "Objectives with results",
        params: ZSlug,
        response: { 200: z.array(ZObjective), ...errors },
      },
    },
    async (request) => listObjectives(db, orgOf(request).id),
  );
  app.post(
    "/api/v1/orgs/:slug/objectives",
    {
      config: { permission: "context:write" },
      schema: {
        summary: "Set an objective",
        params: ZSlug,
        body: z.object({
          title: z.string().min(1).max(300),
          description: text.optional(),
          measure: z.string().max(500).optional(),
          target: z.string().max(200).optional(),
          owner: z.string().max(200).optional(),
          dueOn: date.optional(),
        }),
        response: created(ZObjectiveRow),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addObjective(db, org(request).id, org(request).actor, request.body)),
  );
  app.post(
    "/api/v1/orgs/:slug/objectives/:key/measurements",
    {
      config: { permission: "context:write" },
      schema: {
        summary: "Record a result",
        params: ZKey,
        body: z.object({
          value: z.number(),
          measuredOn: date.optional(),
          note: z.string().max(2000).optional(),
        }),
        response: created(ZMeasurementRow),
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await addMeasurement(db, org(request).id, org(request).actor, {
          ...request.body,
          objectiveKey: request.params.key,
        }),
      ),
  );

  const ZRegister = ZSlug.extend({
    register: z.enum(REGISTERS.map((r) => r.command) as [string, ...string[]]),
  });
  app.get(
    "/api/v1/orgs/:slug/registers/:register",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "A register of clauses 5.3, 6.3, 7.2–7.4, 8.2, 10.1",
        params: ZRegister,
        response: { 200: z.array(ZRegisterEntry), ...errors },
      },
    },
    async (request) => listRegister(db, orgOf(request).id, registerSpec(request.params.register)),
  );
  app.post(
    "/api/v1/orgs/:slug/registers/:register",
    {
      config: { permission: "context:write" },
      schema: {
        summary: "Add to a register",
        params: ZRegister,
        body: z.record(z.string(), z.string()),
        response: created(ZRegisterEntry),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await addRegisterEntry(
            db,
            org(request).id,
            org(request).actor,
            registerSpec(request.params.register),
            request.body,
          ),
        ),
  );
}
