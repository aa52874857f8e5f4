/**
 * Runs once before any test file. On a fresh clone nothing is built yet, so the browser suites would
 * find no web app to serve: build it here, once, through Vite's public `build` API (never a private
 * path inside the package). Skipped where no browser suite can run (no Chromium and not CI) and where
 * a build is already present (`npm run build`, or `.ci/run`'s later build).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { webRoot } from "../../src/http/web.js";
import { hasChromium } from "../browser/chromium.js";

export default async function setup(): Promise<void> {
  if (!hasChromium) return;
  if (existsSync(join(webRoot(), "index.html"))) return;
  const { build } = await import("vite");
  process.stdout.write("Building the web app for the browser tests (no dist/web yet)…\n");
  await build({ configFile: join(process.cwd(), "web", "vite.config.ts"), logLevel: "warn" });
}
