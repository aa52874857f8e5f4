/**
 * The web app's only way to the server: JSON over the HTTP API with the session cookie, the CSRF
 * token on writes, If-Match on versioned objects, and problem+json errors turned into ApiError with
 * field messages that forms show next to their inputs.
 *
 * `client` is typed from the server's OpenAPI document (api/schema.d.ts): paths, parameters,
 * bodies and answers are checked at compile time. `call` and `api` are the untyped helpers that
 * uploads and the remaining call sites still use; both share the same headers and errors.
 */
import createClient from "openapi-fetch";
import type { ApiPaths, FieldProblem, Problem } from "./api/types";

export type { FieldProblem, Problem };

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.status = problem.status;
    this.problem = problem;
  }
  /** The server's message for one field (matched on the last segment of its path), if any. */
  field(name: string): string | undefined {
    return this.problem.errors?.find((e) => e.path === name || e.path.split(".").pop() === name)?.message;
  }
  get isConflict(): boolean {
    return this.status === 412 || this.status === 409;
  }
}

let csrfToken: string | undefined;

export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** The If-Match header for a version (the server's ETag is the version in quotes). */
export const ifMatch = (version: string | number): { "If-Match": string } => ({
  "If-Match": typeof version === "number" ? `"${version}"` : version,
});

/** The ApiError for a failed answer: its problem+json, or the status line when there is none. */
async function errorOf(response: Response): Promise<ApiError> {
  const type = response.headers.get("content-type") ?? "";
  const parsed: unknown = type.includes("json") ? await response.json().catch(() => undefined) : undefined;
  const problem: Problem =
    parsed && typeof parsed === "object" && "status" in parsed
      ? (parsed as Problem)
      : {
          type: "about:blank",
          title: response.statusText,
          status: response.status,
          detail: response.statusText,
          code: "HTTP",
        };
  return new ApiError(problem);
}

/** Drops empty values, as forms leave them: `?q=&owner=` means no filter. */
function queryString(query: Record<string, unknown> | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {}))
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  return params.toString();
}

/**
 * The typed client. Paths are the API's without /api/v1 (`client.GET("/orgs/{slug}/soa", ...)`);
 * a failed answer rejects with ApiError, so `data` is there whenever the promise resolves (see `ok`).
 */
export const client = createClient<ApiPaths>({
  baseUrl: "/api/v1",
  credentials: "same-origin",
  headers: { Accept: "application/json" },
  querySerializer: queryString,
});
client.use({
  onRequest({ request }) {
    if (request.method !== "GET" && csrfToken) request.headers.set("X-CSRF-Token", csrfToken);
    return request;
  },
  async onResponse({ response }) {
    if (!response.ok) throw await errorOf(response);
    return undefined;
  },
});

/** The body of a typed call's answer (the client has already turned failures into ApiError). */
export async function ok<T>(request: Promise<{ data?: T; response: Response }>): Promise<T> {
  return (await request).data as T;
}

export interface ApiResult<T> {
  data: T;
  etag: string | undefined;
  headers: Headers;
}

export interface CallOptions {
  body?: unknown;
  /** Raw body (files, CSV); sent as is with its own content type. */
  raw?: Blob | ArrayBuffer;
  contentType?: string;
  ifMatch?: string | number;
  query?: Record<string, string | number | boolean | undefined | null>;
  signal?: AbortSignal;
}

export function withQuery(path: string, query?: CallOptions["query"]): string {
  const text = queryString(query);
  return text ? `${path}${path.includes("?") ? "&" : "?"}${text}` : path;
}

export async function call<T>(
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { Accept: "application/json" };
  let body: BodyInit | undefined;
  if (options.raw !== undefined) {
    body = options.raw;
    headers["Content-Type"] = options.contentType ?? "application/octet-stream";
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["Content-Type"] = "application/json";
  }
  if (method !== "GET" && csrfToken) headers["X-CSRF-Token"] = csrfToken;
  if (options.ifMatch !== undefined) Object.assign(headers, ifMatch(options.ifMatch));
  const response = await fetch(`/api/v1${withQuery(path, options.query)}`, {
    method,
    headers,
    body: body ?? null,
    credentials: "same-origin",
    signal: options.signal ?? null,
  });
  if (!response.ok) throw await errorOf(response);
  const type = response.headers.get("content-type") ?? "";
  const parsed = type.includes("json") ? await response.json().catch(() => undefined) : undefined;
  return { data: parsed as T, etag: response.headers.get("etag") ?? undefined, headers: response.headers };
}

export const api = {
  get: <T>(path: string, query?: CallOptions["query"]) => call<T>("GET", path, { query }).then((r) => r.data),
  post: <T>(path: string, body?: unknown) => call<T>("POST", path, { body: body ?? {} }).then((r) => r.data),
  put: <T>(path: string, body: unknown, ifMatch?: string | number) =>
    call<T>("PUT", path, { body, ...(ifMatch !== undefined && { ifMatch }) }).then((r) => r.data),
  patch: <T>(path: string, body: unknown, ifMatch: string | number) =>
    call<T>("PATCH", path, { body, ifMatch }).then((r) => r.data),
  del: <T>(path: string, ifMatch?: string | number) =>
    call<T>("DELETE", path, { ...(ifMatch !== undefined && { ifMatch }) }).then((r) => r.data),
};

/** A download URL under the API (the browser sends the session cookie). */
export function downloadUrl(path: string, query?: CallOptions["query"]): string {
  return `/api/v1${withQuery(path, query)}`;
}

/** The message to show for any error. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) {
    const fields = error.problem.errors?.map((e) => `${e.path}: ${e.message}`).join("; ");
    return fields ? `${error.problem.detail} (${fields})` : error.problem.detail || error.problem.title;
  }
  return error instanceof Error ? error.message : String(error);
}
