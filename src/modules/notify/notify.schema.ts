/** Request and response shapes of e-mail settings, the sent-message log and unsubscribing. */
import { z } from "zod";
import { DIGESTS } from "../../domain/notify.js";
import { describes } from "../shape.js";
import type { sentMessages } from "./outbox.js";
import type { readUnsubscribe } from "./preferences.js";
import type { changeMySettings, changeSettings } from "./settings.js";

export const ZSettingsPatch = z.object({
  digest: z.enum(DIGESTS).optional().describe("off, daily or weekly"),
  alerts: z.boolean().optional().describe("Immediate messages for notification deadlines and approvals"),
});

export const ZMySetting = describes<Awaited<ReturnType<typeof changeMySettings>>>()(
  z.object({ slug: z.string(), name: z.string(), digest: z.enum(DIGESTS), alerts: z.boolean() }),
);

export const ZMySettings = z.object({
  mailConfigured: z
    .boolean()
    .describe("Whether this installation has a mail server; without one nothing is sent"),
  organizations: z.array(ZMySetting),
});

export const ZMemberSetting = describes<Awaited<ReturnType<typeof changeSettings>>>()(
  z.object({
    email: z.string().nullable().describe("The member, or null for the organization's default"),
    digest: z.enum(DIGESTS),
    alerts: z.boolean(),
  }),
);

export const ZMemberSettingInput = ZSettingsPatch.extend({
  email: z.string().max(254).nullable().optional().describe("The member; omitted or null sets the default"),
});

export const ZSentMessage = describes<Awaited<ReturnType<typeof sentMessages>>[number]>()(
  z.object({
    recipient: z.string(),
    kind: z.string(),
    subject: z.string(),
    status: z.string().describe("sending, sent or failed"),
    attemptedAt: z.string(),
    sentAt: z.string().nullable(),
    error: z.string().nullable(),
  }),
);

export const ZUnsubscribe = describes<
  Omit<Awaited<ReturnType<typeof readUnsubscribe>>, "orgId" | "userId">
>()(z.object({ email: z.string(), organization: z.string(), digest: z.enum(DIGESTS), alerts: z.boolean() }));
