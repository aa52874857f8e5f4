/** Incidents (Annex A 5.24–5.28, 6.8): reports, timeline, notification obligations, closure, figures. */
import { z } from "zod";
import { INCIDENT_STATUSES, SEVERITIES } from "../../domain/operations.js";
import {
  addEntry,
  addNotification,
  getIncident,
  incidentStats,
  listIncidents,
  reportIncident,
  updateIncident,
  updateNotification,
  ZEntryInput,
  ZIncidentInput,
  ZIncidentPatch,
  ZNotificationInput,
  ZNotificationPatch,
} from "../../modules/operations/incident.service.js";
import { ZIncident, ZIncidentDetail, ZIncidentStats } from "../../modules/operations/operations.schema.js";
import { raiseIncidentNonconformity, raiseIncidentRisk } from "../../modules/operations/raise-risk.js";
import { etag, ifMatchVersion, scopeOf } from "../auth.js";
import { type ApiApp, errors, ZSlug } from "./types.js";

const ZKey = ZSlug.extend({ key: z.string().min(1).max(40) });
const failures = { ...errors, 409: errors[400], 412: errors[400], 428: errors[400] };
const BASE = "/api/v1/orgs/:slug/incidents";

export async function incidentRoutes(app: ApiApp) {
  app.get(
    BASE,
    {
      config: { permission: "org:read" },
      schema: {
        summary: "Events and incidents, newest first, with their notification obligations",
        params: ZSlug,
        querystring: z.object({
          status: z.enum(INCIDENT_STATUSES).optional(),
          severity: z.enum(SEVERITIES).optional(),
        }),
        response: { 200: z.array(ZIncident), ...errors },
      },
    },
    async (request) => listIncidents(scopeOf(request), request.query),
  );
  app.get(
    `${BASE}/stats`,
    {
      config: { permission: "org:read" },
      schema: {
        summary: "Incidents per severity: how many, how many closed, median hours to close (9.1)",
        params: ZSlug,
        response: { 200: ZIncidentStats, ...errors },
      },
    },
    async (request) => incidentStats(scopeOf(request)),
  );
  app.post(
    BASE,
    {
      config: { permission: "incident:report" },
      schema: {
        summary: "Report an event (anyone in the organization may)",
        params: ZSlug,
        body: ZIncidentInput,
        response: { 201: ZIncidentDetail, ...failures },
      },
    },
    async (request, reply) => {
      const incident = await reportIncident(scopeOf(request), request.body);
      return reply.status(201).header("ETag", etag(incident.version)).send(incident);
    },
  );
  app.get(
    `${BASE}/:key`,
    {
      config: { permission: "org:read" },
      schema: {
        summary: "An incident with its timeline (ETag for If-Match)",
        params: ZKey,
        response: { 200: ZIncidentDetail, ...errors },
      },
    },
    async (request, reply) => {
      const incident = await getIncident(scopeOf(request), request.params.key);
      return reply.header("ETag", etag(incident.version)).send(incident);
    },
  );
  app.patch(
    `${BASE}/:key`,
    {
      config: { permission: "operations:write" },
      schema: {
        summary: "Triage, change or close an incident (closing needs lessons learned); needs If-Match",
        params: ZKey,
        body: ZIncidentPatch,
        response: { 200: ZIncidentDetail, ...failures },
      },
    },
    async (request, reply) => {
      const incident = await updateIncident(
        scopeOf(request),
        request.params.key,
        ifMatchVersion(request),
        request.body,
      );
      return reply.header("ETag", etag(incident.version)).send(incident);
    },
  );
  app.post(
    `${BASE}/:key/entries`,
    {
      config: { permission: "operations:write" },
      schema: {
        summary: "Add an entry to the timeline",
        params: ZKey,
        body: ZEntryInput,
        response: { 201: ZIncidentDetail, ...failures },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addEntry(scopeOf(request), request.params.key, request.body)),
  );
  app.post(
    `${BASE}/:key/notifications`,
    {
      config: { permission: "operations:write" },
      schema: {
        summary:
          "Add a notification obligation; its due time counts from detection (72 h, 24 h, 72 h, one month)",
        params: ZKey,
        body: ZNotificationInput,
        response: { 201: ZIncidentDetail, ...failures },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addNotification(scopeOf(request), request.params.key, request.body)),
  );
  app.patch(
    `${BASE}/:key/notifications/:id`,
    {
      config: { permission: "operations:write" },
      schema: {
        summary: "Record that a notification was sent, and its reference",
        params: ZKey.extend({ id: z.string().min(1).max(64) }),
        body: ZNotificationPatch,
        response: { 200: ZIncidentDetail, ...failures },
      },
    },
    async (request) =>
      updateNotification(scopeOf(request), request.params.key, request.params.id, request.body),
  );
  app.post(
    `${BASE}/:key/raise-risk`,
    {
      config: { permission: "risk:write" },
      schema: {
        summary: "Add a risk to the register from the incident's lessons learned",
        params: ZKey,
        response: { 201: z.object({ riskKey: z.string() }), ...failures },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await raiseIncidentRisk(scopeOf(request), request.params.key)),
  );
  app.post(
    `${BASE}/:key/raise-nonconformity`,
    {
      config: { permission: "nc:write" },
      schema: {
        summary: "Raise a nonconformity from the incident's lessons learned, to correct in 10.2",
        params: ZKey,
        response: { 201: z.object({ nonconformityKey: z.string() }), ...failures },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await raiseIncidentNonconformity(scopeOf(request), request.params.key)),
  );
}
