/**
 * Scheduled digests across nodes on one PostgreSQL, through pg-boss: a node killed while it is
 * sending a digest loses nothing (the message is sent by another node) and doubles nothing; two
 * nodes running for the digest's due time send each opted-in person exactly one digest.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDemo } from "../../src/modules/demo/demo.service.js";
import { setPreference } from "../../src/modules/notify/preferences.js";
import { type SmtpCapture, startSmtpCapture } from "../support/smtp-capture.js";
import { openTestWorkspace, PG_URL, type TestWorkspace } from "../support/workspaces.js";

const main = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));
const register = fileURLToPath(new URL("../support/ts-register.mjs", import.meta.url));
const PRIYA = "priya.castellan@brightfield.example";
const TOBIAS = "tobias.wren@brightfield.example";
const INTERVAL = 2;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, test: () => boolean, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

describe.runIf(PG_URL)("scheduled digests on several nodes (PostgreSQL, pg-boss)", () => {
  let ws: TestWorkspace;
  let smtp: SmtpCapture;
  const nodes: ChildProcess[] = [];
  const base = 43000 + Math.floor(Math.random() * 2000);

  async function startNode(port: number): Promise<ChildProcess> {
    const child = spawn(
      process.execPath,
      [
        "--experimental-transform-types",
        "--no-warnings",
        "--import",
        register,
        main,
        "serve",
        "--port",
        String(port),
      ],
      {
        env: {
          ...process.env,
          ISMS_DATABASE_URL: ws.url,
          ISMS_LOG_LEVEL: "warn",
          ISMS_SMTP_URL: smtp.url,
          ISMS_PUBLIC_URL: "https://isms.example.test",
          // Every hour is past the digest hour, so today's digest is due as soon as a node runs.
          ISMS_DIGEST_HOUR: "0",
          ISMS_JOBS_INTERVAL_SECONDS: String(INTERVAL),
        },
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    let stderr = "";
    child.stderr?.on("data", (chunk) => {
      stderr += String(chunk);
    });
    nodes.push(child);
    for (let i = 0; i < 150; i++) {
      if (child.exitCode !== null) throw new Error(`node on port ${port} exited: ${stderr}`);
      if (
        await fetch(`http://127.0.0.1:${port}/readyz`).then(
          (r) => r.ok,
          () => false,
        )
      )
        return child;
      await sleep(200);
    }
    throw new Error(`node on port ${port} did not become ready: ${stderr}`);
  }

  const digestsTo = (to: string) =>
    smtp.messages.filter((m) => m.to.includes(to) && /ISMS digest/.test(m.raw));

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    ws = await openTestWorkspace("postgres");
    const { organization } = await createDemo(ws, "test");
    const tobias = await ws.db
      .selectFrom("users")
      .select("id")
      .where("email", "=", TOBIAS)
      .executeTakeFirstOrThrow();
    await setPreference(
      ws.db,
      "test",
      { orgId: organization.id, userId: tobias.id },
      { digest: "daily", alerts: true },
    );
  }, 120_000);

  afterAll(async () => {
    // A node killed by a signal has no exit code but a signal code.
    const running = nodes.filter((n) => n.exitCode === null && n.signalCode === null);
    const exited = running.map((n) => new Promise((r) => n.once("exit", r)));
    for (const node of running) node.kill("SIGTERM");
    await Promise.all(exited);
    await ws?.dispose();
    await smtp?.close();
  }, 60_000);

  it("sends each digest once when a node dies mid-send and two others run", async () => {
    // The first node starts sending and the mail server keeps it waiting; then the node is killed.
    smtp.holding = true;
    const first = await startNode(base);
    await until("the first node to be sending", () => smtp.held > 0, 60_000);
    const gone = new Promise((r) => first.once("exit", r));
    first.kill("SIGKILL");
    await gone;
    smtp.holding = false;
    expect(smtp.messages).toHaveLength(0);

    // Two nodes run for the due time: every digest goes out, each once.
    await startNode(base + 1);
    await startNode(base + 2);
    await until("both digests", () => digestsTo(PRIYA).length > 0 && digestsTo(TOBIAS).length > 0, 90_000);
    // Several more rounds of the schedule on both nodes send nothing again.
    await sleep(INTERVAL * 4 * 1000);
    expect(digestsTo(PRIYA)).toHaveLength(1);
    expect(digestsTo(TOBIAS)).toHaveLength(1);
    // The demo's open NIS2 early warning reached the incident manager once as well.
    expect(
      smtp.messages.filter((m) => m.to.includes(PRIYA) && /NIS2 early warning/.test(m.raw)),
    ).toHaveLength(1);
    const log = await ws.db
      .selectFrom("sentMessages")
      .select(["recipient", "kind", "status"])
      .where("kind", "=", "digest")
      .execute();
    expect(log.map((m) => `${m.recipient} ${m.status}`).sort()).toEqual([`${PRIYA} sent`, `${TOBIAS} sent`]);
  }, 240_000);
});
