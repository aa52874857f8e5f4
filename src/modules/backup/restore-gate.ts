/**
 * What a restore accepts from a backup file: the rows of the organizations its header names, and
 * nothing else. Every line passes through one gate, in the checking pass and again in the writing
 * pass, so a file that changes between the two passes is refused as well.
 *
 * - organization rows come first, each with a slug the header names (or any, in a full backup);
 * - every other row must carry the id of one of those organizations: its `orgId`, or for audit
 *   events and chain heads its `chainId`; the installation chain only in a full backup;
 * - users are identities only (id, email, name): a backup never restores a password, a second
 *   factor, an installation-owner flag or a disabled flag, and in an organization backup every
 *   user must be a member of a restored organization;
 * - sessions, API tokens, sign-ins in progress and installation secrets are never restored;
 * - an evidence file must belong to an evidence record of the backup.
 */
import { ORG_TABLES } from "../../db/schema.js";
import { BACKUP_FORMAT_VERSION, type BackupHeader, type BackupLine, damaged } from "./backup-format.js";

/** A user as a backup carries one: an identity, never credentials or installation rights. */
export interface BackupUser {
  id: string;
  email: string;
  name: string;
}

const INSTALLATION = "installation";
const ORG_TABLE_SET = new Set<string>(ORG_TABLES);
const USER_FIELDS = new Set(["id", "email", "name"]);

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

export class RestoreGate {
  readonly orgs: { id: string; slug: string }[] = [];
  readonly users: BackupUser[] = [];
  installationEvents = 0;
  private readonly full: boolean;
  private readonly named: ReadonlySet<string>;
  private readonly orgIds = new Set<string>();
  private readonly members = new Set<string>();
  private readonly evidenceFiles = new Set<string>();
  private organizationsDone = false;

  constructor(private readonly header: BackupHeader) {
    this.full = header.scope === "all";
    this.named = new Set(header.scope === "all" ? [] : header.scope.organizations);
  }

  /** Checks one line (numbered from the header, 1); returns what may be written for it. */
  check(line: BackupLine, number: number): BackupLine {
    const refuse = (why: string) => damaged(`line ${number} ${why}`);
    if (!isObject(line)) throw refuse("is not a row");
    if ("blob" in line) {
      const blob = line.blob as unknown;
      if (!isObject(blob) || typeof blob.sha256 !== "string" || typeof blob.data !== "string") {
        throw refuse("is not a well-formed evidence file");
      }
      if (!this.evidenceFiles.has(blob.sha256)) {
        throw refuse(`holds evidence file ${blob.sha256}, which no evidence record of the backup uses`);
      }
      return line;
    }
    const { table, row } = line as { table: unknown; row: unknown };
    if (typeof table !== "string" || !isObject(row)) throw refuse("is not a row");
    if (table === "organizations") return { table, row: this.organization(row, refuse) };
    this.organizationsDone = true;
    if (table === "users") return { table, row: { ...this.user(row, refuse) } };
    if (table === "chainHeads" || table === "auditEvents") {
      const chainId = String(row.chainId);
      const installation = chainId === INSTALLATION && this.full;
      if (!installation && !this.orgIds.has(chainId)) {
        throw refuse(`(${table}) belongs to ${this.describe(chainId)}, which this backup does not restore`);
      }
      if (table === "auditEvents") {
        // Backups from before migration 0014 also carry the organization id: it must agree.
        if ("orgId" in row && (row.orgId ?? null) !== (installation ? null : chainId)) {
          throw refuse("(auditEvents) names another organization than its audit chain");
        }
        if (installation) this.installationEvents++;
      }
      return { table, row };
    }
    if (!ORG_TABLE_SET.has(table)) throw refuse(`holds table "${table}", which a restore never writes`);
    const orgId = String(row.orgId);
    if (!this.orgIds.has(orgId)) {
      throw refuse(`(${table}) belongs to ${this.describe(orgId)}, which this backup does not restore`);
    }
    if (table === "memberships") this.members.add(String(row.userId));
    if (table === "evidence" && typeof row.sha256 === "string") this.evidenceFiles.add(row.sha256);
    return { table, row };
  }

  /** Checks what can only be known at the end of the file. */
  finish(): void {
    const found = new Set(this.orgs.map((o) => o.slug));
    const missing = [...this.named].filter((slug) => !found.has(slug));
    if (missing.length) throw damaged(`organization ${missing.join(", ")} named in its header is missing`);
    if (this.full) return;
    const strangers = this.users.filter((u) => !this.members.has(u.id));
    if (strangers.length) {
      throw damaged(
        `it carries user ${strangers.map((u) => u.email).join(", ")}, who is not a member of a restored organization`,
      );
    }
  }

  private organization(row: Record<string, unknown>, refuse: (why: string) => Error) {
    if (this.organizationsDone) throw refuse("(organizations) comes after other rows");
    const id = row.id;
    const slug = row.slug;
    if (typeof id !== "string" || typeof slug !== "string") throw refuse("(organizations) has no id or slug");
    if (!this.full && !this.named.has(slug)) {
      throw refuse(`(organizations) is organization "${slug}", which the header does not name`);
    }
    if (this.orgIds.has(id) || this.orgs.some((o) => o.slug === slug)) {
      throw refuse(`(organizations) repeats organization "${slug}"`);
    }
    this.orgIds.add(id);
    this.orgs.push({ id, slug });
    return row;
  }

  private user(row: Record<string, unknown>, refuse: (why: string) => Error): BackupUser {
    const { id, email, name } = row;
    if (typeof id !== "string" || typeof email !== "string") throw refuse("(users) has no id or email");
    // Format 2 writes identities only; anything more in a signed file is refused, not ignored.
    // An older unsigned file carried credentials and flags: they are dropped here.
    const extra = Object.keys(row).filter((k) => !USER_FIELDS.has(k));
    if (this.header.formatVersion === BACKUP_FORMAT_VERSION && extra.length) {
      throw refuse(`(users) carries ${extra.join(", ")}; a backup restores only a user's id, email and name`);
    }
    if (this.users.some((u) => u.id === id)) throw refuse(`(users) repeats user ${email}`);
    const user = { id, email: email.trim().toLowerCase(), name: typeof name === "string" ? name : email };
    this.users.push(user);
    return user;
  }

  private describe(orgId: string): string {
    return orgId === INSTALLATION ? "the installation" : `organization ${orgId}`;
  }
}
