/**
 * The web app in Debian's Chromium: how long the demo organization's dashboard takes to become
 * usable (readiness and both heat maps drawn), and the first page of a risk register of 10,000
 * risks (a second organization), each from a fresh browser context (cold cache). Baseline: loading a bare page from the same
 * server in the same browser. Also reports the size of the JavaScript loaded before any route.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { type BenchResult, median, now, round, writeRiskCsv } from "./lib.js";

const CHROMIUM = process.env.ISMS_CHROMIUM ?? "/usr/bin/chromium";
const PASSWORD = "a long bench password";

export async function webBench(): Promise<BenchResult[]> {
  if (!existsSync(CHROMIUM)) throw new Error(`the web benchmark needs Chromium at ${CHROMIUM}`);
  if (!existsSync("dist/web/index.html")) throw new Error("run npm run build first");
  const { chromium } = await import("playwright-core");
  const { openWorkspace } = await import("../src/modules/workspace.js");
  const { createDemo } = await import("../src/modules/demo/demo.service.js");
  const { buildApp } = await import("../src/http/app.js");
  const { createUser } = await import("../src/modules/users/user.service.js");
  const { addMember } = await import("../src/modules/users/membership.service.js");
  const { importRisks } = await import("../src/modules/risks/risk-import.service.js");
  const dir = await mkdtemp(join(tmpdir(), "isms-bench-web-"));
  const ws = await openWorkspace({
    databaseUrl: `file:${join(dir, "isms.db")}`,
    dataDir: dir,
    maxUploadBytes: 1e8,
  });
  await createDemo(ws, "bench");
  const { createOrganization } = await import("../src/modules/orgs/org.service.js");
  const big = await createOrganization(ws.db, "bench", { slug: "big", name: "Large Register Ltd" });
  await importRisks(ws.db, big.id, "bench", writeRiskCsv(dir, 10_000));
  await createUser(ws.db, "bench", { email: "bench@demo.test", password: PASSWORD });
  await addMember(ws.db, "bench", { orgSlug: "demo", email: "bench@demo.test", role: "owner" });
  await addMember(ws.db, "bench", { orgSlug: "big", email: "bench@demo.test", role: "owner" });
  const app = await buildApp({ ws, logLevel: false, loginRateLimit: 1000 });
  const base = await app.listen({ port: 0, host: "127.0.0.1" });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  try {
    /** Milliseconds from navigation until `ready` resolves, in a fresh signed-in context. */
    const time = async (path: string, ready: (page: import("playwright-core").Page) => Promise<unknown>) => {
      const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 800 } });
      const login = await context.request.post("/api/v1/auth/login", {
        data: { email: "bench@demo.test", password: PASSWORD },
      });
      if (!login.ok()) throw new Error(`login failed: ${login.status()}`);
      const page = await context.newPage();
      const start = now();
      await page.goto(path, { waitUntil: "commit" });
      await ready(page);
      const ms = now() - start;
      await context.close();
      return ms;
    };
    const runs = 5;
    const measure = async (
      path: string,
      ready: (page: import("playwright-core").Page) => Promise<unknown>,
    ) => {
      await time(path, ready); // warm the server's caches once
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) samples.push(await time(path, ready));
      return round(median(samples), 0);
    };
    const baseline = await measure("/healthz", (page) => page.waitForLoadState("load"));
    const dashboard = await measure("/o/demo", async (page) => {
      await page.getByTestId("readiness-overall").waitFor();
      await page.getByTestId("heatmap-residual").waitFor();
    });
    const register = await measure("/o/big/risks", (page) =>
      page.locator("[data-testid^=risk-row-]").first().waitFor(),
    );

    const assets = join("dist", "web", "assets");
    const html = readFileSync(join("dist", "web", "index.html"), "utf8");
    const entry = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1] ?? "");
    const entryGzip = entry.reduce((sum, file) => sum + gzipSync(readFileSync(join(assets, file))).length, 0);
    const chunks = readdirSync(assets).filter((f) => f.endsWith(".js"));
    const totalJs = chunks.reduce((sum, f) => sum + statSync(join(assets, f)).size, 0);
    return [
      {
        name: "web: demo dashboard usable (readiness and heat maps drawn)",
        value: dashboard,
        unit: "ms",
        baseline,
        ratio: round(dashboard / baseline),
        target: "< 1000 ms on localhost",
        met: dashboard < 1000,
      },
      {
        name: "web: risk register first page, 10,000 risks",
        value: register,
        unit: "ms",
        baseline,
        ratio: round(register / baseline),
        target: "< 1000 ms on localhost",
        met: register < 1000,
      },
      {
        name: `web: JavaScript before any route (gzip; ${chunks.length} chunks, ${round(totalJs / 1024, 0)} KiB raw in all)`,
        value: round(entryGzip / 1024, 0),
        unit: "KiB",
        baseline: null,
        ratio: null,
        target: "split by route",
        met: chunks.length > 10,
      },
    ];
  } finally {
    await browser.close();
    await app.close();
    await ws.close();
  }
}
