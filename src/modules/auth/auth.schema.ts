/**
 * Response shapes of accounts and API tokens: the signed-in user with their organizations, and
 * tokens as created (with the secret, once) and as listed (without it).
 */
import { z } from "zod";
import { describes } from "../shape.js";
import type { membershipsOf } from "../users/user.service.js";
import { ROLES } from "../users/user.service.js";
import type { createApiToken, listApiTokens } from "./auth.service.js";

type Result<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;

export const ZMembership = describes<Result<typeof membershipsOf>[number]>()(
  z.object({
    orgId: z.string(),
    slug: z.string(),
    name: z.string(),
    role: z.string().describe(ROLES.join(" | ")),
  }),
);

/** The signed-in user as the web app needs it. */
export const ZSignedInUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  installationOwner: z.boolean(),
  totpEnabled: z.boolean(),
  via: z.enum(["session", "token"]),
  csrfToken: z
    .string()
    .optional()
    .describe("For sessions: the token cookie-authenticated writes send as X-CSRF-Token"),
  organizations: z.array(ZMembership),
});

export const ZCreatedToken = describes<Result<typeof createApiToken>>()(
  z.object({
    token: z.string().describe("The secret, shown only this once"),
    id: z.string(),
    name: z.string(),
    scope: z.enum(["read", "write"]),
    expiresAt: z.string().nullable(),
  }),
);

export const ZApiToken = describes<Result<typeof listApiTokens>[number]>()(
  z.object({
    id: z.string(),
    name: z.string(),
    scope: z.string().describe("read | write"),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
  }),
);

/** The installation owner created at first run. */
export const ZSetupOwner = z.object({ id: z.string(), email: z.string() });
