/**
 * The routes of the operational registers as the pages call them (through the typed client):
 * reads with their query keys, the writes, the downloads and the imports.
 */
import { ApiError, call, client, downloadUrl, ok } from "../../api";
import type {
  ApiQuery,
  AssessmentInput,
  IncidentEntryInput,
  IncidentInput,
  IncidentPatch,
  NotificationInput,
  RegisterImportReport,
  RequirementInput,
  RequirementPatch,
  SupplierInput,
  SupplierPatch,
} from "../../api/types";
import type { VersionHeaders } from "../../components/useVersionedSave";
import { orgKey } from "../../session";

export type Register = "suppliers" | "incidents" | "requirements";

export type SupplierFilters = ApiQuery<"/orgs/{slug}/suppliers">;
export type IncidentFilters = ApiQuery<"/orgs/{slug}/incidents">;
export type RequirementFilters = ApiQuery<"/orgs/{slug}/requirements">;

export const suppliersQuery = (slug: string, query: SupplierFilters = {}) => ({
  queryKey: orgKey(slug, "suppliers", query),
  queryFn: () => ok(client.GET("/orgs/{slug}/suppliers", { params: { path: { slug }, query } })),
});

export const supplierQuery = (slug: string, key: string) => ({
  queryKey: orgKey(slug, "suppliers", "one", key),
  queryFn: () => ok(client.GET("/orgs/{slug}/suppliers/{key}", { params: { path: { slug, key } } })),
});

export const incidentsQuery = (slug: string, query: IncidentFilters = {}) => ({
  queryKey: orgKey(slug, "incidents", query),
  queryFn: () => ok(client.GET("/orgs/{slug}/incidents", { params: { path: { slug }, query } })),
});

export const incidentQuery = (slug: string, key: string) => ({
  queryKey: orgKey(slug, "incidents", "one", key),
  queryFn: () => ok(client.GET("/orgs/{slug}/incidents/{key}", { params: { path: { slug, key } } })),
});

export const incidentStatsQuery = (slug: string) => ({
  queryKey: orgKey(slug, "incidents", "stats"),
  queryFn: () => ok(client.GET("/orgs/{slug}/incidents/stats", { params: { path: { slug } } })),
});

export const requirementsQuery = (slug: string, query: RequirementFilters = {}) => ({
  queryKey: orgKey(slug, "requirements", query),
  queryFn: () => ok(client.GET("/orgs/{slug}/requirements", { params: { path: { slug }, query } })),
});

/** The writes of one organization's operational registers. */
export function operationWrites(slug: string) {
  const at = (key: string) => ({ params: { path: { slug, key } } });
  return {
    addSupplier: (body: SupplierInput) =>
      ok(client.POST("/orgs/{slug}/suppliers", { params: { path: { slug } }, body })),
    saveSupplier: (key: string, body: SupplierPatch, headers: VersionHeaders) =>
      ok(client.PATCH("/orgs/{slug}/suppliers/{key}", { ...at(key), body, headers })),
    assess: (key: string, body: AssessmentInput) =>
      ok(client.POST("/orgs/{slug}/suppliers/{key}/assessments", { ...at(key), body })),
    raiseRisk: (key: string) => ok(client.POST("/orgs/{slug}/suppliers/{key}/raise-risk", at(key))),
    report: (body: IncidentInput) =>
      ok(client.POST("/orgs/{slug}/incidents", { params: { path: { slug } }, body })),
    saveIncident: (key: string, body: IncidentPatch, headers: VersionHeaders) =>
      ok(client.PATCH("/orgs/{slug}/incidents/{key}", { ...at(key), body, headers })),
    addEntry: (key: string, body: IncidentEntryInput) =>
      ok(client.POST("/orgs/{slug}/incidents/{key}/entries", { ...at(key), body })),
    addNotification: (key: string, body: NotificationInput) =>
      ok(client.POST("/orgs/{slug}/incidents/{key}/notifications", { ...at(key), body })),
    markSent: (key: string, id: string, body: { sentAt?: string; reference?: string }) =>
      ok(
        client.PATCH("/orgs/{slug}/incidents/{key}/notifications/{id}", {
          params: { path: { slug, key, id } },
          body,
        }),
      ),
    addRequirement: (body: RequirementInput) =>
      ok(client.POST("/orgs/{slug}/requirements", { params: { path: { slug } }, body })),
    saveRequirement: (key: string, body: RequirementPatch, headers: VersionHeaders) =>
      ok(client.PATCH("/orgs/{slug}/requirements/{key}", { ...at(key), body, headers })),
    supplier: (key: string) => ok(client.GET("/orgs/{slug}/suppliers/{key}", at(key))),
    incident: (key: string) => ok(client.GET("/orgs/{slug}/incidents/{key}", at(key))),
    requirement: (key: string) => ok(client.GET("/orgs/{slug}/requirements/{key}", at(key))),
  };
}

/** The CSV or XLSX download of a register (recorded in the audit trail). */
export const registerDownload = (slug: string, register: Register, format: "csv" | "xlsx") =>
  downloadUrl(`/orgs/${slug}/${register}/export`, { format });

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Sends a CSV or XLSX file to a register's import (all rows or none, as the asset import); a
 * report with rejected rows (422) is returned as a result, not thrown. Uploads are raw bodies, which
 * the typed client does not send.
 */
export async function importRegister(
  slug: string,
  register: Register,
  file: File,
): Promise<{ ok: boolean; report: RegisterImportReport }> {
  const xlsx = /\.xlsx$/i.test(file.name) || file.type === XLSX;
  try {
    const result = await call<RegisterImportReport>("POST", `/orgs/${slug}/${register}/import`, {
      raw: await file.arrayBuffer(),
      contentType: xlsx ? XLSX : "text/csv",
    });
    return { ok: true, report: result.data };
  } catch (error) {
    if (error instanceof ApiError && error.status === 422 && "errors" in error.problem)
      return { ok: false, report: error.problem as unknown as RegisterImportReport };
    throw error;
  }
}
