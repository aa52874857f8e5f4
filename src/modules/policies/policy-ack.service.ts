/**
 * Publishing a policy to the people it applies to and collecting their acknowledgements (5.2 d,
 * 7.3, 7.4): each person is asked for the exact version (its SHA-256), through their account or a
 * one-time link that needs none, sent by e-mail when mail is set up. A version marked significant
 * restarts acknowledgement; a minor one keeps what people acknowledged for the version before.
 */
import { createHash, randomBytes } from "node:crypto";
import type { OrgWriter } from "../../db/store.js";
import { conflict, notFound } from "../../domain/errors.js";
import { addMonths } from "../../imports/dates.js";
import { actorName, type OrgScope } from "../scope.js";
import { parseInput } from "../validation.js";
import { ZPublishInput } from "./policy.inputs.js";
import { refreshEvidence } from "./policy.review.js";
import { step } from "./policy.service.js";
import {
  type PolicyDocument,
  policyByKey,
  publishedOf,
  type VersionRow,
  versionsOf,
} from "./policy.views.js";
import { ackLink, type Delivery, type Person, sendRequests } from "./policy-ack.mail.js";

export interface ClientInfo {
  ip?: string | undefined;
  userAgent?: string | undefined;
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const newToken = () => randomBytes(32).toString("base64url");

/** The people an audience names: members (everyone, or by role) and people named one by one. */
async function audiencePeople(scope: OrgScope, audience: ReturnType<typeof ZPublishInput.parse>["audience"]) {
  const members = await scope.db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.userId")
    .select(["users.id", "users.name", "users.email", "memberships.role", "users.disabled"])
    .where("memberships.orgId", "=", scope.orgId)
    .execute();
  const people = new Map<string, Person>();
  for (const m of members)
    if (!m.disabled && (audience.everyone || (audience.roles as string[]).includes(m.role)))
      people.set(m.email.toLowerCase(), { name: m.name, email: m.email, userId: m.id });
  for (const p of audience.people) {
    const member = members.find((m) => m.email.toLowerCase() === p.email);
    if (!people.has(p.email))
      people.set(p.email, { name: member?.name ?? p.name, email: p.email, userId: member?.id ?? null });
  }
  return [...people.values()];
}

export async function publishVersion(
  scope: OrgScope,
  key: string,
  number: number,
  input: unknown,
  delivery: Delivery,
) {
  const parsed = parseInput(ZPublishInput, input, "publication");
  const people = await audiencePeople(scope, parsed.audience);
  const { everyone, roles } = parsed.audience;
  if (!people.length && !everyone && !roles.length)
    throw conflict("name who the policy applies to: everyone, some roles, or people by e-mail");
  const by = await actorName(scope);
  const effectiveFrom = parsed.effectiveFrom ?? scope.today;
  const links: { person: Person; token: string }[] = [];
  let title = "";
  const organization = await orgName(scope);
  const version = await step(scope, key, number, "publish", async (w, row, doc, state) => {
    const versions = await versionsOf(w, doc);
    const previous = publishedOf(versions);
    if (previous)
      await w.update("policyVersions", previous.id, previous.version, {
        state: "superseded",
        supersededAt: new Date().toISOString(),
      });
    // The first version, and every significant one, is acknowledged afresh.
    const restarts = !previous?.ackVersionId || row.significant === 1;
    const ackVersionId = restarts ? row.id : previous.ackVersionId;
    if (restarts) links.push(...(await askPeople(w, row, people)));
    const nextReviewOn = addMonths(effectiveFrom, doc.reviewMonths ?? 12);
    const approvedOn = row.approvedAt?.slice(0, 10) ?? scope.today;
    const fresh = await w.update("documents", doc.id, doc.version, {
      title: row.title,
      docVersion: `v${row.number}`,
      approvedBy: row.approvedBy,
      approvedOn,
      nextReviewOn,
    });
    const published = { ...row, state, effectiveFrom, approvedAt: row.approvedAt };
    await refreshEvidence(w, fresh, published, nextReviewOn);
    title = row.title;
    return {
      state,
      publishedBy: by,
      publishedAt: new Date().toISOString(),
      effectiveFrom,
      audience: JSON.stringify(parsed.audience),
      ackVersionId,
    };
  });
  const emailed = await sendRequests(scope, delivery, links, { title, organization, number, effectiveFrom });
  return { version, requested: links.length, emailed };
}

async function orgName(scope: OrgScope): Promise<string> {
  const org = await scope.db
    .selectFrom("organizations")
    .select("name")
    .where("id", "=", scope.orgId)
    .executeTakeFirstOrThrow();
  return org.name;
}

/** One request per person for this version, each with its own one-time link. */
async function askPeople(w: OrgWriter, row: VersionRow, people: readonly Person[]) {
  const now = new Date().toISOString();
  const links: { person: Person; token: string }[] = [];
  for (const person of people) {
    const token = newToken();
    await w.insert("policyAcks", {
      versionId: row.id,
      person: person.name,
      email: person.email,
      userId: person.userId,
      tokenHash: hashToken(token),
      requestedAt: now,
      remindedAt: null,
      acknowledgedAt: null,
      ackedSha256: null,
      via: null,
      clientIp: null,
      userAgent: null,
    });
    links.push({ person, token });
  }
  return links;
}

/** The people asked to acknowledge the version in force, and who has. */
export async function acknowledgements(scope: OrgScope, key: string) {
  const doc = await policyByKey(scope.read, key);
  const current = publishedOf(await versionsOf(scope.read, doc));
  const rows = current?.ackVersionId
    ? await scope.read.list("policyAcks", { versionId: current.ackVersionId }, "person")
    : [];
  const acknowledged = rows.filter((r) => r.acknowledgedAt).length;
  return {
    version: current?.number ?? null,
    contentSha256: current?.contentSha256 ?? null,
    total: rows.length,
    acknowledged,
    pending: rows.length - acknowledged,
    people: rows.map((r) => ({
      id: r.id,
      person: r.person,
      email: r.email,
      member: r.userId !== null,
      requestedAt: r.requestedAt,
      acknowledgedAt: r.acknowledgedAt,
      via: r.via as "account" | "link" | null,
    })),
  };
}

async function currentAsk(w: OrgWriter, doc: PolicyDocument) {
  const current = publishedOf(await versionsOf(w, doc));
  if (!current?.ackVersionId) throw conflict(`${doc.key} has no published version to acknowledge`);
  return current;
}

/** The signed-in member acknowledges the version in force (asked or not: the record counts). */
export async function acknowledgeAsMember(
  scope: OrgScope,
  key: string,
  user: { id: string; name: string; email: string },
  client: ClientInfo,
) {
  return scope.write(async (w) => {
    const doc = await policyByKey(w, key);
    const current = await currentAsk(w, doc);
    const asked = await w.list("policyAcks", { versionId: current.ackVersionId as string });
    const mine = asked.find(
      (a) => a.userId === user.id || a.email?.toLowerCase() === user.email.toLowerCase(),
    );
    if (mine?.acknowledgedAt) return { acknowledgedAt: mine.acknowledgedAt };
    const acknowledgedAt = new Date().toISOString();
    const done = {
      acknowledgedAt,
      ackedSha256: current.contentSha256,
      via: "account",
      tokenHash: null,
      userId: user.id,
      clientIp: client.ip ?? null,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    };
    if (mine) await w.update("policyAcks", mine.id, mine.version, done);
    else
      await w.insert("policyAcks", {
        versionId: current.ackVersionId as string,
        person: user.name,
        email: user.email,
        requestedAt: acknowledgedAt,
        remindedAt: null,
        ...done,
      });
    return { acknowledgedAt };
  });
}

/** A fresh one-time link for one person (the one before stops working). */
export async function newAckLink(scope: OrgScope, key: string, ackId: string, publicUrl: string) {
  return scope.write(async (w) => {
    const doc = await policyByKey(w, key);
    const current = await currentAsk(w, doc);
    const row = await w.get("policyAcks", ackId);
    if (!row || row.versionId !== current.ackVersionId) throw notFound(`acknowledgement request ${ackId}`);
    if (row.acknowledgedAt) throw conflict(`${row.person} has already acknowledged it`);
    const token = newToken();
    await w.update("policyAcks", row.id, row.version, { tokenHash: hashToken(token) });
    return { url: ackLink(publicUrl, token) };
  });
}

/**
 * Reminds everyone still pending, by e-mail, each with a fresh one-time link (the earlier one stops
 * working). Needs mail; says how many were reminded.
 */
export async function remindPending(scope: OrgScope, key: string, delivery: Delivery) {
  if (!delivery.mailer)
    throw conflict(
      "mail is not set up (ISMS_SMTP_URL): pass each person's link on from the acknowledgements page",
    );
  const organization = await orgName(scope);
  const { links, title, number, effectiveFrom } = await scope.write(async (w) => {
    const doc = await policyByKey(w, key);
    const current = await currentAsk(w, doc);
    const pending = (await w.list("policyAcks", { versionId: current.ackVersionId as string })).filter(
      (a) => !a.acknowledgedAt && a.email,
    );
    const links: { person: Person; token: string }[] = [];
    const now = new Date().toISOString();
    for (const row of pending) {
      const token = newToken();
      await w.update("policyAcks", row.id, row.version, { tokenHash: hashToken(token), remindedAt: now });
      links.push({ person: { name: row.person, email: row.email, userId: row.userId }, token });
    }
    return {
      links,
      title: current.title,
      number: current.number,
      effectiveFrom: current.effectiveFrom ?? "",
    };
  });
  return {
    reminded: await sendRequests(scope, delivery, links, { title, organization, number, effectiveFrom }),
  };
}

export { acknowledgeByToken, readAckToken } from "./policy-ack.link.js";
export type { Delivery } from "./policy-ack.mail.js";
