/**
 * Serves the built web app (dist/web) at `/`: hashed assets with long caching, and index.html for
 * every other non-API path so that the app's own router can answer deep links. When the app has not
 * been built, `/` says how to build it instead of a bare 404.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { sendProblem } from "./problem.js";

/**
 * dist/http/web.js → dist/web; src/http/web.ts (tests) → dist/web as well. ISMS_WEB_ROOT serves
 * another build of the app (a development build, say).
 */
export function webRoot(): string {
  return (
    process.env.ISMS_WEB_ROOT || join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist", "web")
  );
}

/** The app's own policy: scripts and styles from this origin only (Mantine sets inline style attributes). */
const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export async function registerWebApp(app: FastifyInstance, root = webRoot()): Promise<void> {
  const built = existsSync(join(root, "index.html"));
  if (built) {
    await app.register(fastifyStatic, {
      root,
      prefix: "/",
      index: false,
      // Vite names assets by content hash, so they never change under the same name.
      immutable: true,
      maxAge: "365d",
    });
  }
  const sendIndex = (reply: import("fastify").FastifyReply) => {
    if (!built)
      return reply
        .type("text/plain; charset=utf-8")
        .send("The web app is not built. Run `npm run build`, then reload this page.\n");
    return reply
      .header("Cache-Control", "no-cache")
      .header("Content-Security-Policy", APP_CSP)
      .sendFile("index.html", { cacheControl: false });
  };
  app.get("/", (_request, reply) => sendIndex(reply));
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    const isApp =
      request.method === "GET" &&
      !path.startsWith("/api/") &&
      !path.startsWith("/assets/") &&
      !/\.[a-z][a-z0-9]*$/i.test(path);
    if (isApp) return sendIndex(reply);
    return sendProblem(reply, 404, "NOT_FOUND", `no route ${request.method} ${request.url}`);
  });
}
