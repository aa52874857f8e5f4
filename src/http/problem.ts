/**
 * One table from domain error codes to HTTP, answered as RFC 9457 problem+json with field-level
 * details. Services never know about HTTP.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { DomainError, type ErrorCode } from "../domain/errors.js";

export const STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  INTEGRITY: 422,
  PRECONDITION_REQUIRED: 428,
  STALE_VERSION: 412,
  IMMUTABLE: 409,
  IMPORT_ROWS: 422,
};

const TITLES: Record<number, string> = {
  400: "Invalid request",
  401: "Sign-in required",
  403: "Not allowed",
  404: "Not found",
  409: "Conflict",
  412: "Precondition failed",
  413: "Payload too large",
  415: "Unsupported media type",
  422: "Unprocessable content",
  428: "Precondition required",
  429: "Too many requests",
  500: "Internal error",
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  errors?: { path: string; message: string }[];
}

export function sendProblem(
  reply: FastifyReply,
  status: number,
  code: string,
  detail: string,
  errors?: Problem["errors"],
) {
  const problem: Problem = {
    type: `/problems/${code.toLowerCase().replace(/_/g, "-")}`,
    title: TITLES[status] ?? "Error",
    status,
    detail,
    code,
    instance: reply.request.url,
    ...(errors?.length && { errors }),
  };
  return reply.status(status).type("application/problem+json").send(problem);
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof DomainError)
    return sendProblem(reply, STATUS[error.code], error.code, error.message, error.issues);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((v) => ({
      path: [
        error.validationContext,
        ...String(v.instancePath ?? "")
          .split("/")
          .filter(Boolean),
      ].join("."),
      message: v.message ?? "invalid",
    }));
    return sendProblem(
      reply,
      400,
      "VALIDATION",
      `invalid ${error.validationContext}: ${errors.map((e) => `${e.path}: ${e.message}`).join("; ")}`,
      errors,
    );
  }
  const status = error.statusCode ?? 500;
  if (status === 429) return sendProblem(reply, 429, "RATE_LIMITED", "too many attempts; wait and try again");
  if (status >= 400 && status < 500)
    return sendProblem(reply, status, error.code ?? "BAD_REQUEST", error.message);
  request.log.error({ err: error }, "unhandled error");
  return sendProblem(reply, 500, "INTERNAL", "something went wrong on our side; the error has been logged");
}
