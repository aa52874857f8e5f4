/** The ISMS calendar of an organization, and the signed-in person's tasks across organizations. */
import { z } from "zod";
import { ZCalendar, ZMyTasks } from "../../modules/calendar/calendar.schema.js";
import { myTasks, organizationCalendar } from "../../modules/calendar/calendar.service.js";
import { feedCalendar, feedUrl, newFeed, revokeFeed } from "../../modules/calendar/calendar-feed.js";
import { orgScope } from "../../modules/scope.js";
import { membershipsOf } from "../../modules/users/user.service.js";
import { actorOf, orgOf, scopeOf } from "../auth.js";
import { fileResponse } from "./files.js";
import { type ApiApp, errors, type RouteDeps, ZOk, ZSlug } from "./types.js";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");

export async function calendarRoutes(app: ApiApp, { ws, publicUrl }: RouteDeps) {
  app.get(
    "/api/v1/orgs/:slug/calendar",
    {
      config: { permission: "org:read" },
      schema: {
        summary:
          "Every dated obligation of the ISMS (reviews, actions, expiries, audits, notification deadlines), earliest first",
        params: ZSlug,
        querystring: z.object({
          owner: z
            .string()
            .max(254)
            .optional()
            .describe(
              "Only those owned by this person (name, e-mail or job title) or under a role they hold",
            ),
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
        owner,
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
        { email: user.email },
      );
    },
  );
  const ZFeed = z.object({
    url: z.string().describe("Subscribe to it in a calendar application; keep it secret"),
  });
  for (const [path, permission, who] of [
    ["/api/v1/me/calendar-feed", "user", "your open obligations in every organization"],
    ["/api/v1/orgs/:slug/calendar-feed", "member:manage", "the organization's whole calendar"],
  ] as const) {
    const owner = (request: Parameters<typeof actorOf>[0]) =>
      path.startsWith("/api/v1/me")
        ? { userId: request.principal?.user.id ?? "" }
        : { orgId: orgOf(request).id };
    app.post(
      path,
      {
        config: { permission },
        schema: {
          summary: `A new secret calendar address (iCalendar) for ${who}; the previous one stops working`,
          ...(path.includes(":slug") && { params: ZSlug }),
          response: { 200: ZFeed, ...errors },
        },
      },
      async (request) => ({
        url: feedUrl(publicUrl, await newFeed(ws.db, actorOf(request), owner(request))),
      }),
    );
    app.delete(
      path,
      {
        config: { permission },
        schema: {
          summary: `Revoke the calendar address for ${who}`,
          ...(path.includes(":slug") && { params: ZSlug }),
          response: { 200: ZOk, ...errors },
        },
      },
      async (request) => {
        await revokeFeed(ws.db, actorOf(request), owner(request));
        return { ok: true as const };
      },
    );
  }
  app.get(
    "/api/v1/calendar/:file",
    {
      config: { permission: "public" },
      schema: {
        summary: "A calendar feed (iCalendar, RFC 5545) at its secret address; 404 once revoked",
        params: z.object({
          file: z
            .string()
            .max(80)
            .regex(/\.ics$/, "ends in .ics"),
        }),
        response: { 200: fileResponse("The calendar", ["text/calendar"]), ...errors },
      },
    },
    async (request, reply) => {
      const text = await feedCalendar(ws.db, request.params.file.replace(/\.ics$/, ""), publicUrl);
      return reply
        .type("text/calendar; charset=utf-8")
        .header("Cache-Control", "private, max-age=300")
        .send(text);
    },
  );
}
