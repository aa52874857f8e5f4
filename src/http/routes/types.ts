import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { FastifyBaseLogger, FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { LlmSettings } from "../../copilot/llm.js";
import type { SessionPolicy } from "../../modules/auth/auth.service.js";
import type { OidcSignIn } from "../../modules/auth/oidc.service.js";
import type { Mailer } from "../../modules/mail/mailer.js";
import type { Workspace } from "../../modules/workspace.js";
import type { ReadCache } from "../read-cache.js";

export type ApiApp = FastifyInstance<
  Server,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface RouteDeps {
  ws: Workspace;
  secureCookies: boolean;
  loginRateLimit: number;
  /** Sign-in attempts allowed per client address and minute. */
  loginClientRateLimit: number;
  sessionPolicy: SessionPolicy;
  /** Term of API tokens created without one, in days. */
  tokenDefaultDays: number;
  /** Largest evidence upload accepted, in bytes. */
  maxUploadBytes: number;
  /** Single sign-on, when configured. */
  oidc: OidcSignIn | undefined;
  /** The copilot's language model, when configured. */
  llm?: LlmSettings;
  /** Sends acknowledgement requests by e-mail, when mail is set up. */
  mailer?: Mailer;
  /** The address people open the app at, for links in e-mails. */
  publicUrl: string;
  /** Derived views of organizations, reused while an organization is unchanged. */
  reads: ReadCache;
}

/** Path parameters shared by organization routes. */
export const ZSlug = z.object({ slug: z.string().min(1).max(64) });

/** A problem+json body, as every error answers. */
export const ZProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  detail: z.string(),
  code: z.string(),
  instance: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

/** Any JSON object (for responses whose shape is documented by the service types). */
export const ZObject = z.record(z.string(), z.unknown());
export const ZOk = z.object({ ok: z.literal(true) });

/** Standard error responses, added to every route's schema for the OpenAPI document. */
export const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem } as const;
