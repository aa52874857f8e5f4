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
  | "PRECONDITION_REQUIRED";

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
export const invalid = (message: string, issues: FieldIssue[] = []) =>
  new DomainError("VALIDATION", message, issues);
