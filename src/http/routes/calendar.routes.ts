/** The ISMS calendar of an organization, and the signed-in person's tasks across organizations. */
import { z } from "zod";
import { ZCalendar, ZMyTasks } from "../../modules/calendar/calendar.schema.js";
import { myTasks, organizationCalendar } from "../../modules/calendar/calendar.service.js";
import { orgScope } from "../../modules/scope.js";
import { membershipsOf } from "../../modules/users/user.service.js";
import { scopeOf } from "../auth.js";
import { type ApiApp, errors, type RouteDeps, ZSlug } from "./types.js";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");

export async function calendarRoutes(app: ApiApp, { ws }: RouteDeps) {
  app.get(
    "/api/v1/orgs/:slug/calendar",
    {
      config: { permission: "org:read" },
      schema: {
        summary:
          "Every dated obligation of the ISMS (reviews, actions, expiries, audits, notification deadlines), earliest first",
        params: ZSlug,
        querystring: z.object({
          owner: z.string().max(254).optional().describe("Only those owned by this person (name or e-mail)"),
          from: day.optional(),
          to: day.optional(),
          open: z.enum(["true", "false"]).optional().describe("Leave out obligations already met"),
        }),
        response: { 200: ZCalendar, ...errors },
      },
    },
    async (request) => {
      const { owner, from, to, open } = request.query;
      const items = await organizationCalendar(scopeOf(request), {
        ...(owner && { owner: { name: owner, email: owner } }),
        from,
        to,
        open: open === "true",
      });
      return { items };
    },
  );
  app.get(
    "/api/v1/me/tasks",
    {
      config: { permission: "user" },
      schema: {
        summary: "Your open obligations in every organization you belong to, earliest first",
        response: { 200: z.array(ZMyTasks), ...errors },
      },
    },
    async (request) => {
      const user = request.principal?.user;
      if (!user) return [];
      const orgs = await membershipsOf(ws.db, user.id);
      return myTasks(
        orgs.map((o) => ({ slug: o.slug, name: o.name, scope: orgScope(ws.db, o.orgId, user.id) })),
        { name: user.name, email: user.email },
      );
    },
  );
}
