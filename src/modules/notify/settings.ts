/**
 * E-mail settings as people change them: their own per organization (My tasks in the app), a
 * member's or the organization's default by an administrator (the API and `isms notify settings`).
 */
import { DomainError, notFound } from "../../domain/errors.js";
import type { Digest } from "../../domain/notify.js";
import type { Db, OrgScope } from "../scope.js";
import { findUserByEmail, membershipsOf } from "../users/user.service.js";
import {
  type MailPreference,
  ORG_DEFAULT,
  organizationDefault,
  preferencesOf,
  setPreference,
} from "./preferences.js";

export interface SettingsPatch {
  digest?: Digest | undefined;
  alerts?: boolean | undefined;
}

/** A member's settings (by e-mail) or, without one, the organization's default, changed. */
export async function changeSettings(scope: OrgScope, email: string | undefined, patch: SettingsPatch) {
  let userId = ORG_DEFAULT;
  if (email) {
    const user = await findUserByEmail(scope.db, email);
    const member =
      user &&
      (await scope.db
        .selectFrom("memberships")
        .select("id")
        .where("orgId", "=", scope.orgId)
        .where("userId", "=", user.id)
        .executeTakeFirst());
    if (!user || !member) throw notFound(`member ${email}`);
    userId = user.id;
  }
  const current =
    userId === ORG_DEFAULT
      ? await organizationDefault(scope.db, scope.orgId)
      : ((await preferencesOf(scope.db, scope.orgId)).get(userId) as MailPreference);
  const next = { digest: patch.digest ?? current.digest, alerts: patch.alerts ?? current.alerts };
  await setPreference(scope.db, scope.actor, { orgId: scope.orgId, userId }, next);
  return { email: email ?? null, ...next };
}

/** The signed-in person's settings in each organization they belong to. */
export async function mySettings(db: Db, userId: string) {
  const out: { slug: string; name: string; digest: Digest; alerts: boolean }[] = [];
  for (const m of await membershipsOf(db, userId)) {
    const preference = (await preferencesOf(db, m.orgId)).get(userId);
    if (preference) out.push({ slug: m.slug, name: m.name, ...preference });
  }
  return out;
}

/** The signed-in person changes their own settings in one of their organizations. */
export async function changeMySettings(db: Db, user: { id: string }, slug: string, patch: SettingsPatch) {
  const membership = (await membershipsOf(db, user.id)).find((m) => m.slug === slug);
  if (!membership) throw new DomainError("NOT_FOUND", `no organization "${slug}"`);
  const current = (await preferencesOf(db, membership.orgId)).get(user.id) as MailPreference;
  const next = { digest: patch.digest ?? current.digest, alerts: patch.alerts ?? current.alerts };
  await setPreference(db, user.id, { orgId: membership.orgId, userId: user.id }, next);
  return { slug: membership.slug, name: membership.name, ...next };
}
