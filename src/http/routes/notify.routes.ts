/** E-mail settings (a person's own, an organization's), the sent-message log and unsubscribe links. */
import { z } from "zod";
import {
  ZMemberSetting,
  ZMemberSettingInput,
  ZMySetting,
  ZMySettings,
  ZSentMessage,
  ZSettingsPatch,
  ZUnsubscribe,
} from "../../modules/notify/notify.schema.js";
import { sentMessages } from "../../modules/notify/outbox.js";
import { readUnsubscribe, unsubscribe } from "../../modules/notify/preferences.js";
import { changeMySettings, changeSettings, mySettings } from "../../modules/notify/settings.js";
import { scopeOf } from "../auth.js";
import { type ApiApp, errors, type RouteDeps, ZSlug } from "./types.js";

const ZToken = z.object({ token: z.string().max(100) });
const view = ({ email, organization, digest, alerts }: Awaited<ReturnType<typeof readUnsubscribe>>) => ({
  email,
  organization,
  digest,
  alerts,
});

export async function notifyRoutes(app: ApiApp, { ws, mailer }: RouteDeps) {
  const db = ws.db;
  app.get(
    "/api/v1/me/notifications",
    {
      config: { permission: "user" },
      schema: {
        summary: "Your e-mail digest and immediate messages in each organization",
        response: { 200: ZMySettings, ...errors },
      },
    },
    async (request) => ({
      mailConfigured: mailer !== undefined,
      organizations: await mySettings(db, request.principal?.user.id ?? ""),
    }),
  );
  app.put(
    "/api/v1/me/notifications/:slug",
    {
      config: { permission: "user" },
      schema: {
        summary: "Choose your digest (off, daily, weekly) and immediate messages in one organization",
        params: ZSlug,
        body: ZSettingsPatch,
        response: { 200: ZMySetting, ...errors },
      },
    },
    async (request) =>
      changeMySettings(db, { id: request.principal?.user.id ?? "" }, request.params.slug, request.body),
  );
  app.put(
    "/api/v1/orgs/:slug/notifications",
    {
      config: { permission: "member:manage" },
      schema: {
        summary:
          "Set a member's e-mail settings, or (without an e-mail) the default of members who have not chosen",
        params: ZSlug,
        body: ZMemberSettingInput,
        response: { 200: ZMemberSetting, ...errors },
      },
    },
    async (request) => {
      const { email, ...patch } = request.body;
      return changeSettings(scopeOf(request), email ?? undefined, patch);
    },
  );
  app.get(
    "/api/v1/orgs/:slug/sent-messages",
    {
      config: { permission: "member:manage" },
      schema: {
        summary: "Messages sent from the organization, newest first: to whom, what, when (never the body)",
        params: ZSlug,
        response: { 200: z.object({ messages: z.array(ZSentMessage) }), ...errors },
      },
    },
    async (request) => ({ messages: await sentMessages(db, scopeOf(request).orgId) }),
  );
  app.get(
    "/api/v1/mail/unsubscribe/:token",
    {
      config: { permission: "public" },
      schema: {
        summary: "Whom an unsubscribe link is for and their settings now (no sign-in)",
        params: ZToken,
        response: { 200: ZUnsubscribe, ...errors },
      },
    },
    async (request) => view(await readUnsubscribe(db, request.params.token)),
  );
  // Mail programs unsubscribe with one click (RFC 8058): a form post they make themselves.
  await app.register(async (oneClick: ApiApp) => {
    oneClick.addContentTypeParser(
      "application/x-www-form-urlencoded",
      { parseAs: "string" },
      (_r, _b, done) => done(null, {}),
    );
    oneClick.post(
      "/api/v1/mail/unsubscribe/:token",
      {
        config: { permission: "public" },
        schema: {
          summary: "Stop this organization's digest and immediate messages to the link's person (no sign-in)",
          params: ZToken,
          response: { 200: ZUnsubscribe, ...errors },
        },
      },
      async (request) => view(await unsubscribe(db, request.params.token)),
    );
  });
}
