/**
 * The calendar's routes as the pages call them (through the typed client): the signed-in person's
 * tasks, the organization's calendar and its members, and the secret calendar feed addresses.
 */
import { client, ok } from "../../api";
import type { ApiQuery, ApiResponse } from "../../api/types";
import { orgKey } from "../../session";

export type MyTask = ApiResponse<"/me/tasks">[number];
export type CalendarItem = ApiResponse<"/orgs/{slug}/calendar">["items"][number];
export type ObligationKind = CalendarItem["kind"];
export type CalendarState = CalendarItem["state"];
export type CalendarFilters = ApiQuery<"/orgs/{slug}/calendar">;

/** Tasks span organizations, so they are kept apart from any one organization's data. */
export const MY_TASKS_KEY = ["me", "tasks"] as const;

export const myTasksQuery = () => ({
  queryKey: MY_TASKS_KEY,
  queryFn: () => ok(client.GET("/me/tasks")),
});

export const calendarQuery = (slug: string, query: CalendarFilters = {}) => ({
  queryKey: orgKey(slug, "calendar", query),
  queryFn: () => ok(client.GET("/orgs/{slug}/calendar", { params: { path: { slug }, query } })),
});

export const membersQuery = (slug: string) => ({
  queryKey: orgKey(slug, "members"),
  queryFn: () => ok(client.GET("/orgs/{slug}/members", { params: { path: { slug } } })),
});

/** Whose feed: the signed-in person's (their tasks) or the open organization's (its calendar). */
export type FeedOwner = { kind: "me" } | { kind: "org"; slug: string };

export function feedWrites(owner: FeedOwner) {
  if (owner.kind === "me")
    return {
      create: () => ok(client.POST("/me/calendar-feed")),
      revoke: () => ok(client.DELETE("/me/calendar-feed")),
    };
  const params = { params: { path: { slug: owner.slug } } };
  return {
    create: () => ok(client.POST("/orgs/{slug}/calendar-feed", params)),
    revoke: () => ok(client.DELETE("/orgs/{slug}/calendar-feed", params)),
  };
}
