/** The demo's people: accounts (without passwords) and the e-mail digests they have chosen. */
import { nowIso, writeInstallation } from "../../db/store.js";
import { uuidv7 } from "../../domain/ids.js";
import { setPreference } from "../notify/preferences.js";
import type { Workspace } from "../workspace.js";
import * as data from "./demo.data.js";

/** The demo's user accounts, created once (ids by e-mail). */
export async function ensureUsers(ws: Workspace, actor: string): Promise<Map<string, string>> {
  return writeInstallation(ws.db, actor, async (trx, record) => {
    const ids = new Map<string, string>();
    for (const user of data.DEMO_USERS) {
      const found = await trx
        .selectFrom("users")
        .select("id")
        .where("email", "=", user.email)
        .executeTakeFirst();
      if (found) {
        ids.set(user.email, found.id);
        continue;
      }
      const now = nowIso();
      const row = {
        id: uuidv7(),
        email: user.email,
        name: user.name,
        passwordHash: null,
        isInstallationOwner: 0 as const,
        disabled: 0 as const,
        totpSecret: null,
        totpEnabled: 0 as const,
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
      await trx.insertInto("users").values(row).execute();
      await record({
        entityType: "users",
        entityId: row.id,
        action: "create",
        changes: { after: { ...row } },
      });
      ids.set(user.email, row.id);
    }
    return ids;
  });
}

/** The ISMS manager has chosen the daily digest; everyone else has not opted in. */
export async function chooseDigests(
  ws: Workspace,
  actor: string,
  orgId: string,
  userIds: Map<string, string>,
) {
  for (const user of data.DEMO_USERS)
    if (user.digest)
      await setPreference(
        ws.db,
        actor,
        { orgId, userId: userIds.get(user.email) ?? "" },
        {
          digest: user.digest,
          alerts: true,
        },
      );
}
