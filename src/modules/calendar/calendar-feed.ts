/**
 * Calendar feeds (RFC 5545): a secret address per person (their open obligations in every
 * organization) or per organization (its whole calendar) that Outlook, Google Calendar or Apple
 * Calendar subscribe to. A new address replaces the old one, which then answers 404; revoking
 * leaves none. The secret is kept only as its SHA-256, and every change is in the trail.
 */
import { createHash, randomBytes } from "node:crypto";
import ical, { ICalCalendarMethod } from "ical-generator";
import { nowIso, writeInstallation } from "../../db/store.js";
import { notFound } from "../../domain/errors.js";
import { uuidv7 } from "../../domain/ids.js";
import { type Db, orgScope } from "../scope.js";
import { membershipsOf } from "../users/user.service.js";
import { type CalendarItem, myTasks, organizationCalendar } from "./calendar.service.js";

export type FeedOwner = { userId: string } | { orgId: string };

const hash = (token: string) => createHash("sha256").update(token).digest("hex");
const ownerColumn = (owner: FeedOwner) =>
  "userId" in owner ? (["userId", owner.userId] as const) : (["orgId", owner.orgId] as const);

/** Revokes the owner's current feed, if any, and with `create` makes a new one: its secret. */
async function replaceFeed(db: Db, actor: string, owner: FeedOwner, create: boolean): Promise<string | null> {
  const [column, id] = ownerColumn(owner);
  const token = create ? randomBytes(24).toString("base64url") : null;
  await writeInstallation(db, actor, async (trx, record) => {
    const now = nowIso();
    await trx
      .updateTable("calendarFeeds")
      .set({ revokedAt: now })
      .where(column, "=", id)
      .where("revokedAt", "is", null)
      .execute();
    if (token)
      await trx
        .insertInto("calendarFeeds")
        .values({
          id: uuidv7(),
          userId: null,
          orgId: null,
          [column]: id,
          tokenHash: hash(token),
          createdAt: now,
          revokedAt: null,
        })
        .execute();
    await record({
      entityType: "calendarFeeds",
      entityId: id,
      action: token ? "replace" : "revoke",
      changes: { owner: column },
    });
  });
  return token;
}

export const newFeed = async (db: Db, actor: string, owner: FeedOwner) =>
  (await replaceFeed(db, actor, owner, true)) as string;
export const revokeFeed = (db: Db, actor: string, owner: FeedOwner) => replaceFeed(db, actor, owner, false);

export const feedUrl = (publicUrl: string, token: string) =>
  `${publicUrl.replace(/\/+$/, "")}/api/v1/calendar/${token}.ics`;

/** The iCalendar text of a feed; an unknown or revoked secret is not found. */
export async function feedCalendar(db: Db, token: string, publicUrl: string): Promise<string> {
  const feed = /^[A-Za-z0-9_-]{20,64}$/.test(token)
    ? await db.selectFrom("calendarFeeds").selectAll().where("tokenHash", "=", hash(token)).executeTakeFirst()
    : undefined;
  if (!feed || feed.revokedAt)
    throw notFound("this calendar address is not valid; ask for a new one in the app");
  const base = publicUrl.replace(/\/+$/, "");
  let title = "ISMS calendar";
  let items: (CalendarItem & { organization?: { slug: string } })[] = [];
  if (feed.userId) {
    const user = await db
      .selectFrom("users")
      .select(["id", "name", "email"])
      .where("id", "=", feed.userId)
      .executeTakeFirstOrThrow();
    const orgs = await membershipsOf(db, user.id);
    items = await myTasks(
      orgs.map((o) => ({ slug: o.slug, name: o.name, scope: orgScope(db, o.orgId, user.id) })),
      { email: user.email },
    );
    title = `ISMS tasks of ${user.name}`;
  } else if (feed.orgId) {
    const org = await db
      .selectFrom("organizations")
      .select(["slug", "name"])
      .where("id", "=", feed.orgId)
      .executeTakeFirstOrThrow();
    items = (await organizationCalendar(orgScope(db, feed.orgId, "system"))).map((i) => ({
      ...i,
      organization: { slug: org.slug },
    }));
    title = `ISMS calendar of ${org.name}`;
  }
  const calendar = ical({
    name: title,
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: "ISMS Copilot", product: "calendar" },
  });
  for (const item of items) {
    const timed = item.due.length > 10;
    const start = timed ? new Date(item.due) : new Date(`${item.due}T00:00:00Z`);
    calendar.createEvent({
      id: `${item.kind}-${item.source.type}-${item.source.key}-${item.due}@isms`,
      start,
      ...(timed ? {} : { allDay: true }),
      ...(item.recurrence && { repeating: item.recurrence }),
      summary: `${item.state === "overdue" ? "Overdue: " : ""}${item.title}`,
      description: `${item.owner ? `Owner: ${item.owner}\n` : ""}State: ${item.state}`,
      url: item.organization ? `${base}/o/${item.organization.slug}/${item.page}` : null,
    });
  }
  return calendar.toString();
}
