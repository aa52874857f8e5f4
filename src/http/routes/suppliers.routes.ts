/** Suppliers and cloud services (Annex A 5.19–5.23), their assessments, and what needs attention. */
import { z } from "zod";
import { CRITICALITIES, SUPPLIER_STATUSES } from "../../domain/operations.js";
import { operationsAttention } from "../../modules/operations/attention.js";
import { ZAttention, ZSupplier, ZSupplierDetail } from "../../modules/operations/operations.schema.js";
import { raiseSupplierRisk } from "../../modules/operations/raise-risk.js";
import {
  addAssessment,
  createSupplier,
  getSupplier,
  listSuppliers,
  updateSupplier,
  ZAssessmentInput,
  ZSupplierInput,
  ZSupplierPatch,
} from "../../modules/operations/supplier.service.js";
import { etag, ifMatchVersion, scopeOf } from "../auth.js";
import { type ApiApp, errors, ZSlug } from "./types.js";

const ZKey = ZSlug.extend({ key: z.string().min(1).max(40) });
const failures = { ...errors, 409: errors[400], 412: errors[400], 428: errors[400] };
const BASE = "/api/v1/orgs/:slug/suppliers";

export async function supplierRoutes(app: ApiApp) {
  app.get(
    BASE,
    {
      config: { permission: "org:read" },
      schema: {
        summary: "Suppliers and cloud services, with review and certificate expiry flags",
        params: ZSlug,
        querystring: z.object({
          criticality: z.enum(CRITICALITIES).optional(),
          status: z.enum(SUPPLIER_STATUSES).optional(),
          q: z.string().max(200).optional(),
        }),
        response: { 200: z.array(ZSupplier), ...errors },
      },
    },
    async (request) => listSuppliers(scopeOf(request), request.query),
  );
  app.post(
    BASE,
    {
      config: { permission: "operations:write" },
      schema: {
        summary: "Add a supplier or cloud service",
        params: ZSlug,
        body: ZSupplierInput,
        response: { 201: ZSupplierDetail, ...failures },
      },
    },
    async (request, reply) => {
      const supplier = await createSupplier(scopeOf(request), request.body);
      return reply.status(201).header("ETag", etag(supplier.version)).send(supplier);
    },
  );
  app.get(
    `${BASE}/:key`,
    {
      config: { permission: "org:read" },
      schema: {
        summary: "A supplier with its assessments (ETag for If-Match)",
        params: ZKey,
        response: { 200: ZSupplierDetail, ...errors },
      },
    },
    async (request, reply) => {
      const supplier = await getSupplier(scopeOf(request), request.params.key);
      return reply.header("ETag", etag(supplier.version)).send(supplier);
    },
  );
  app.patch(
    `${BASE}/:key`,
    {
      config: { permission: "operations:write" },
      schema: {
        summary: "Change a supplier; needs If-Match",
        params: ZKey,
        body: ZSupplierPatch,
        response: { 200: ZSupplierDetail, ...failures },
      },
    },
    async (request, reply) => {
      const supplier = await updateSupplier(
        scopeOf(request),
        request.params.key,
        ifMatchVersion(request),
        request.body,
      );
      return reply.header("ETag", etag(supplier.version)).send(supplier);
    },
  );
  app.post(
    `${BASE}/:key/assessments`,
    {
      config: { permission: "operations:write" },
      schema: {
        summary:
          "Record an assessment (certificate, SOC 2 report, questionnaire, audit) and plan the next review",
        params: ZKey,
        body: ZAssessmentInput,
        response: { 201: ZSupplierDetail, ...failures },
      },
    },
    async (request, reply) => {
      const supplier = await addAssessment(scopeOf(request), request.params.key, request.body);
      return reply.status(201).header("ETag", etag(supplier.version)).send(supplier);
    },
  );
  app.post(
    `${BASE}/:key/raise-risk`,
    {
      config: { permission: "risk:write" },
      schema: {
        summary: "Add a risk to the register for the supplier's residual risk",
        params: ZKey,
        response: { 201: z.object({ riskKey: z.string() }), ...failures },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await raiseSupplierRisk(scopeOf(request), request.params.key)),
  );
  app.get(
    "/api/v1/orgs/:slug/operations/attention",
    {
      config: { permission: "org:read" },
      schema: {
        summary: "Supplier certificates expiring, notifications due, supplier and requirement reviews due",
        params: ZSlug,
        response: { 200: ZAttention, ...errors },
      },
    },
    async (request) => operationsAttention(scopeOf(request)),
  );
}
