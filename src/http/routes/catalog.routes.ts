import { z } from "zod";
import {
  CLAUSES,
  filterControls,
  parseAttributeFilter,
  parseTheme,
  resolveEntry,
} from "../../catalog/index.js";
import { invalid, notFound } from "../../domain/errors.js";
import { entryOf, ZCatalogEntry, ZClause, ZControl } from "./catalog.schema.js";
import { type ApiApp, errors, type RouteDeps } from "./types.js";

export async function catalogRoutes(app: ApiApp, _deps: RouteDeps) {
  app.get(
    "/api/v1/catalog/controls",
    {
      config: { permission: "user" },
      schema: {
        summary: "Annex A controls with guidance, filtered",
        querystring: z.object({
          theme: z.string().optional(),
          attribute: z.string().optional(),
          new: z.enum(["true", "false"]).optional(),
        }),
        response: { 200: z.array(ZControl), ...errors },
      },
    },
    async (request) => {
      const q = request.query;
      const theme = q.theme ? parseTheme(q.theme) : undefined;
      if (q.theme && !theme)
        throw invalid(`unknown theme ${q.theme}`, [{ path: "querystring.theme", message: "unknown" }]);
      const attribute = q.attribute ? parseAttributeFilter(q.attribute) : undefined;
      if (attribute && !attribute.ok)
        throw invalid(attribute.error, [{ path: "querystring.attribute", message: attribute.error }]);
      return filterControls({
        ...(theme && { theme }),
        ...(attribute?.ok && { attribute: { name: attribute.name, value: attribute.value } }),
        ...(q.new && { isNew: q.new === "true" }),
      });
    },
  );
  app.get(
    "/api/v1/catalog/entries/:id",
    {
      config: { permission: "user" },
      schema: {
        summary: "A control, clause (clause:5.1) or 2013 control",
        params: z.object({ id: z.string() }),
        response: { 200: ZCatalogEntry, ...errors },
      },
    },
    async (request) => {
      const entry = resolveEntry(request.params.id);
      if (!entry) throw notFound(`catalog entry ${request.params.id}`);
      return entryOf(entry);
    },
  );
  app.get(
    "/api/v1/catalog/clauses",
    {
      config: { permission: "user" },
      schema: { summary: "Clauses 4–10", response: { 200: z.array(ZClause), ...errors } },
    },
    async () => [...CLAUSES],
  );
}
