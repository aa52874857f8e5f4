/** Who an owner label on a record is: a member by name, e-mail or job title, and the ISMS roles they hold. */
import { listMembers } from "../orgs/org.service.js";
import type { OrgScope } from "../scope.js";

/**
 * Every name under which the organization's records may name someone as owner: for a member
 * (matched by name, e-mail or job title) their name, e-mail and job title; for anyone, the ISMS
 * roles (clause 5.3 register) held under one of those names. "ISMS manager" held by "Head of
 * Security" reaches the member whose title that is.
 */
export async function ownerNames(scope: OrgScope, label: string): Promise<string[]> {
  const wanted = label.trim().toLowerCase();
  const members = await listMembers(scope.db, scope.orgId);
  const same = (x: string | null) => (x ?? "").trim().toLowerCase() === wanted;
  const member = members.find((m) => same(m.email)) ?? members.find((m) => same(m.name) || same(m.title));
  const names = member ? [member.name, member.email, ...(member.title ? [member.title] : [])] : [label];
  const lower = new Set(names.map((n) => n.trim().toLowerCase()));
  for (const role of await scope.read.list("ismsRoles"))
    if (role.holder && lower.has(role.holder.trim().toLowerCase())) names.push(role.role);
  return names;
}
