/**
 * Opening the workspace for a command: configuration from the environment, the database and its
 * file store, and who the CLI records as the actor. Imported lazily by commands that need it.
 */
import { userInfo } from "node:os";
import type { Actor, OrgScope } from "../modules/scope.js";
import type { Workspace } from "../modules/workspace.js";
import { printJson } from "./output.js";

export interface CommandContext {
  ws: Workspace;
  actor: Actor;
}

function cliActor(configured: string | undefined): Actor {
  if (configured) return configured;
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return "cli";
  }
}

/** Runs `work` with an open workspace and always closes it. */
export async function withWorkspace<R>(work: (ctx: CommandContext) => Promise<R>): Promise<R> {
  // Loaded here, not at the top, so that `isms --help` and the catalog commands never load the
  // database drivers, Kysely or zod.
  const { loadConfig } = await import("../config.js");
  const { openWorkspace } = await import("../modules/workspace.js");
  const config = loadConfig();
  const ws = await openWorkspace(config);
  try {
    return await work({ ws, actor: cliActor(config.actor) });
  } finally {
    await ws.close();
  }
}

/** Resolves --org SLUG to an organization, with a clear error when it does not exist. */
export async function requireOrg(ws: Workspace, slug: string | undefined) {
  const { getOrganization } = await import("../modules/orgs/org.service.js");
  if (!slug) {
    const { CliError, EXIT_USAGE } = await import("./errors.js");
    throw new CliError("--org SLUG is required (see isms org list)", EXIT_USAGE);
  }
  return getOrganization(ws.db, slug);
}

/** The organization context a command runs in: its scope, and the workspace for files and blobs. */
export interface OrgCommandContext {
  scope: OrgScope;
  ws: Workspace;
  /** Shorthands of scope.db, scope.orgId and scope.actor, for services that still take them. */
  db: Workspace["db"];
  orgId: string;
  actor: Actor;
}

/** Runs `work` on the organization of --org (given as `slug`) with its scope, and closes the workspace. */
export async function withOrgScope<R>(
  slug: string | undefined,
  work: (scope: OrgScope, ctx: OrgCommandContext) => Promise<R>,
): Promise<R> {
  const { orgScope } = await import("../modules/scope.js");
  return withWorkspace(async ({ ws, actor }) => {
    const orgId = (await requireOrg(ws, slug)).id;
    const scope = orgScope(ws.db, orgId, actor);
    return work(scope, { scope, ws, db: ws.db, orgId, actor });
  });
}

/** Runs `work` on the organization of --org and prints its result as JSON or with `human`. */
export async function runForOrg<T>(
  o: { org?: string; json?: boolean },
  work: (ctx: OrgCommandContext) => Promise<T>,
  human: (result: T) => string,
): Promise<void> {
  const result = await withOrgScope(o.org, (_scope, ctx) => work(ctx));
  if (o.json) return printJson(result);
  process.stdout.write(human(result));
}
