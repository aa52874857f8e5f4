/**
 * The browser-test harness: the real server (the built web app and the API) on a test workspace,
 * driven by Debian's Chromium through playwright-core. It never downloads a browser. It records
 * console errors and page errors (a test fails on any), runs axe-core on pages, and saves
 * screenshots under test-artifacts/screenshots.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { type App, buildApp } from "../../src/http/app.js";
import { webRoot } from "../../src/http/web.js";
import { createDemo } from "../../src/modules/demo/demo.service.js";
import { addMember } from "../../src/modules/users/membership.service.js";
import { createUser, type Role } from "../../src/modules/users/user.service.js";
import { openTestWorkspace, type TestWorkspace } from "../support/workspaces.js";
import { CHROMIUM } from "./chromium.js";

export { CHROMIUM, hasChromium } from "./chromium.js";
export const PASSWORD = "correct horse battery staple";
export const ARTIFACTS = join(process.cwd(), "test-artifacts", "screenshots");

const require = createRequire(import.meta.url);

/** The built web app; test/support/global-setup.ts builds it before the run when it is missing. */
function ensureBuilt(): string {
  const root = webRoot();
  if (!existsSync(join(root, "index.html"))) {
    throw new Error(`The web app is not built (${root}); run \`npm run build\` or \`npm test\``);
  }
  return root;
}

export interface BrowserHarness {
  ws: TestWorkspace;
  app: App;
  baseUrl: string;
  browser: Browser;
  /** Console errors and page errors seen so far, across every page. */
  problems: string[];
  /** 4xx answers the pages received ("412 PATCH /api/v1/orgs/demo/soa/5.15"); tests check them. */
  clientErrors: string[];
  /** A new browser context (own cookies) with a page that records problems. */
  newPage(options?: { width?: number; height?: number }): Promise<{ context: BrowserContext; page: Page }>;
  /** Creates a user (and a role in an organization), returning their email. */
  user(email: string, role?: { org: string; role: Role }): Promise<string>;
  /** Signs in through the login form. */
  signIn(page: Page, email: string): Promise<void>;
  dispose(): Promise<void>;
}

export async function openBrowserHarness(options: { demo?: boolean } = {}): Promise<BrowserHarness> {
  const root = ensureBuilt();
  const ws = await openTestWorkspace("sqlite");
  if (options.demo) await createDemo(ws, "test");
  const app = await buildApp({ ws, logLevel: false, loginRateLimit: 1000, webRoot: root });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const { port } = app.server.address() as AddressInfo;
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
  const problems: string[] = [];
  const clientErrors: string[] = [];
  const baseUrl = `http://127.0.0.1:${port}`;
  const harness: BrowserHarness = {
    ws,
    app,
    baseUrl,
    browser,
    problems,
    clientErrors,
    async newPage({ width = 1280, height = 800 } = {}) {
      const context = await browser.newContext({
        viewport: { width, height },
        baseURL: baseUrl,
        acceptDownloads: true,
      });
      const page = await context.newPage();
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        // Chromium logs every 4xx answer as "Failed to load resource"; those answers are recorded below
        // (a wrong password, a stale write), and each test says which it provokes.
        if (/^Failed to load resource: the server responded with a status of 4\d\d/.test(message.text()))
          return;
        problems.push(`console error on ${page.url()}: ${message.text()}`);
      });
      page.on("response", (response) => {
        const status = response.status();
        const line = `${status} ${response.request().method()} ${new URL(response.url()).pathname}`;
        if (status >= 500) problems.push(`server error: ${line}`);
        else if (status >= 400) clientErrors.push(line);
      });
      page.on("pageerror", (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
      return { context, page };
    },
    async user(email, role) {
      await createUser(ws.db, "test", { email, password: PASSWORD, name: email.split("@")[0] }).catch(
        () => undefined,
      );
      if (role) await addMember(ws.db, "test", { orgSlug: role.org, email, role: role.role });
      return email;
    },
    async signIn(page, email) {
      await page.goto("/login");
      await page.getByRole("textbox", { name: "Email", exact: true }).fill(email);
      await page.getByRole("textbox", { name: "Password", exact: true }).fill(PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    },
    async dispose() {
      await browser.close();
      await app.close();
      await ws.dispose();
    },
  };
  return harness;
}

/** Saves a screenshot of the page as a test artifact (the window, scrolled to the top). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.evaluate(() =>
    (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0),
  );
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

const AXE_SOURCE = () => readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol, which the page's Content-Security-Policy does not block.
  if (!(await page.evaluate(() => "axe" in globalThis))) await page.evaluate(AXE_SOURCE());
  const violations = (await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, {
      resultTypes: ["violations"],
    });
    return result.violations;
  })) as AxeViolation[];
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.nodes
          .slice(0, 3)
          .map((n) => `${n.target.join(" ")}: ${n.failureSummary?.replace(/\s+/g, " ").trim() ?? ""}`)
          .join("; ")})`,
    );
}
