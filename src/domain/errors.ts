/**
 * Domain errors with stable codes. Services throw these; each interface maps the code once (HTTP
 * status and problem+json in http/, exit codes in cli/). An object of another organization is
 * NOT_FOUND, never FORBIDDEN, so ids cannot be probed across organizations.
 */
export type ErrorCode =
  | "NOT_FOUND"
  | "CONFLICT"
  | "VALIDATION"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "INTEGRITY"
  | "PRECONDITION_FAILED"
  | "PRECONDITION_REQUIRED"
  /** The record changed since the caller read it (its version is not the one the caller edited). */
  | "STALE_VERSION"
  /** The record may never change once written (an approved SoA version). */
  | "IMMUTABLE"
  /** Rows of an imported file have problems; nothing was imported. */
  | "IMPORT_ROWS";

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. "residual.likelihood". */
  path: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (what: string) => new DomainError("NOT_FOUND", `${what} not found`);
export const conflict = (message: string) => new DomainError("CONFLICT", message);
/** The caller edited `version` but the record is now at a later one: reload and retry. */
export const stale = (what: string, current: number | string, edited: number | string) =>
  new DomainError("STALE_VERSION", `${what} is at version ${current}, not ${edited}: reload and retry`);
export const invalid = (message: string, issues: FieldIssue[] = []) =>
  new DomainError("VALIDATION", message, issues);
