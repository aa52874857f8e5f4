/**
 * The approver of a policy, confirmed as a person: outside the web app (the CLI), the approver is
 * named by e-mail and confirms with their own password, or a one-time code when they use
 * two-factor sign-in, exactly as re-authentication in the app asks.
 */
import { DomainError } from "../../domain/errors.js";
import { reauthenticate } from "../auth/auth.service.js";
import type { Db } from "../scope.js";
import { findUserByEmail } from "../users/user.service.js";
import type { Approver } from "./policy.service.js";

export async function confirmApprover(
  db: Db,
  email: string,
  proof: { currentPassword?: string | undefined; code?: string | undefined },
): Promise<Approver> {
  const user = await findUserByEmail(db, email);
  if (!user || user.disabled) throw new DomainError("NOT_FOUND", `no user ${email}`);
  await reauthenticate(db, { user, via: "session", signedInAt: "1970-01-01T00:00:00Z" }, proof);
  return { userId: user.id, name: user.name };
}
