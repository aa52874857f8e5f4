/** `isms serve`: the HTTP API (and later the web app) on one port; stops gracefully on SIGINT/SIGTERM. */
import type { Command } from "commander";
import { CliError, EXIT_USAGE } from "./errors.js";

export function registerServeCommands(program: Command): void {
  program
    .command("serve")
    .description("serve the HTTP API (OpenAPI at /api/v1/openapi.json, docs at /api/docs)")
    .option("--port <port>", "port (default ISMS_PORT or 3000)", Number)
    .option("--host <host>", "address to listen on (default 127.0.0.1)")
    .action(async (o: { port?: number; host?: string }) => {
      const { loadConfig } = await import("../config.js");
      const { openWorkspace } = await import("../modules/workspace.js");
      const { buildApp } = await import("../http/app.js");
      const config = loadConfig();
      const port = o.port ?? config.port;
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new CliError(`--port ${o.port} is not a port`, EXIT_USAGE);
      const ws = await openWorkspace(config);
      const { OidcSignIn } = await import("../modules/auth/oidc.service.js");
      const { smtpMailer } = await import("../modules/mail/mailer.js");
      const oidc = config.oidc ? new OidcSignIn(ws.db, config.oidc) : undefined;
      const mailer = config.mail && (await smtpMailer(config.mail.url, config.mail.from));
      // Without ISMS_PUBLIC_URL, links point at the address this server listens on.
      const publicUrl = config.publicUrl ?? `http://${o.host ?? config.host}:${port}`;
      const app = await buildApp({
        ws,
        logLevel: config.logLevel,
        secureCookies: config.secureCookies,
        loginRateLimit: config.loginRateLimit,
        loginClientRateLimit: config.loginClientRateLimit,
        trustProxy: config.trustProxy,
        sessionPolicy: { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours },
        tokenDefaultDays: config.tokenDefaultDays,
        maxUploadBytes: config.maxUploadBytes,
        ...(oidc && { oidc }),
        ...(config.llm && { llm: config.llm }),
        ...(mailer && { mailer }),
        publicUrl,
      });
      // Digests and immediate messages: only with a mail server, and not on nodes told to leave
      // them to others (or to cron with `isms jobs run`).
      const { startScheduler } = await import("../modules/notify/scheduler.js");
      const scheduler =
        mailer && config.jobs.enabled
          ? await startScheduler(
              ws,
              {
                mailer,
                publicUrl,
                schedule: { hour: config.jobs.digestHour, weekday: config.jobs.digestWeekday },
                intervalSeconds: config.jobs.intervalSeconds,
              },
              app.log,
            )
          : undefined;
      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        app.log.info({ signal }, "shutting down: finishing requests in flight");
        await scheduler?.stop();
        await app.close();
        await ws.close();
        process.exit(0);
      };
      process.once("SIGINT", () => void stop("SIGINT"));
      process.once("SIGTERM", () => void stop("SIGTERM"));
      const address = await app.listen({ port, host: o.host ?? config.host });
      app.log.info(`ISMS Copilot API listening on ${address} (docs at ${address}/api/docs)`);
    });
}
