/**
 * The load driver of `stress.ts load` and the api benchmark, run in its own process: autocannon at
 * 32 connections on the demo organization (SoA, risk pages, readiness, SoA entries and risks), with
 * or without 10 % writes; prints a DriverResult as one JSON line.
 */
import { createRequire } from "node:module";

const CONNECTIONS = 32;
const CONTROLS = ["5.1", "5.2", "5.9", "5.15", "5.23", "6.3", "8.8", "8.13"];
const RISK_KEYS = Array.from({ length: 16 }, (_, i) => `B-${String(i * 97).padStart(5, "0")}`);

export interface DriverResult {
  requests: number;
  errors: number;
  timeouts: number;
  statuses: Record<string, number>;
  p99: number;
}

/** Runs in the second process: drives the server with autocannon and prints a DriverResult. */
export async function driver(
  base: string,
  cookie: string,
  csrf: string,
  seconds: number,
  writes: boolean,
): Promise<void> {
  const require = createRequire(import.meta.url);
  const autocannon = require("autocannon") as (options: unknown) => Promise<{
    requests: { total: number };
    errors: number;
    timeouts: number;
    latency: { p99: number };
  }>;
  const versions = new Map<string, number>();
  const statuses: Record<string, number> = {};
  const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)] as T;
  type Choice = { kind: "read" | "entry" | "patch"; target?: string };
  const entryPath = (target: string) => {
    const id = target.slice(target.indexOf(":") + 1);
    return target.startsWith("soa:")
      ? `/api/v1/orgs/demo/soa/entries/${id}`
      : `/api/v1/orgs/demo/risks/${id}`;
  };
  const someTarget = () => (Math.random() < 0.5 ? `soa:${pick(CONTROLS)}` : `risk:${pick(RISK_KEYS)}`);
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        setupRequest(request: Record<string, unknown>, context: { choice?: Choice }) {
          const headers: Record<string, string> = { cookie, "x-csrf-token": csrf };
          const roll = Math.random();
          let path: string;
          let method = "GET";
          let body: string | undefined;
          let choice: Choice = { kind: "read" };
          if (roll < 0.25) path = "/api/v1/orgs/demo/soa";
          else if (roll < 0.6)
            path = `/api/v1/orgs/demo/risks?limit=100&offset=${Math.floor(Math.random() * 100) * 100}`;
          else if (roll < 0.7) path = "/api/v1/orgs/demo/readiness";
          else if (roll < 0.9 || !writes) {
            const target = someTarget();
            choice = { kind: "entry", target };
            path = entryPath(target);
          } else {
            const target = someTarget();
            const soa = target.startsWith("soa:");
            const id = target.slice(target.indexOf(":") + 1);
            const version = versions.get(target);
            if (version === undefined) {
              // Read it first, for its ETag.
              choice = { kind: "entry", target };
              path = entryPath(target);
            } else {
              choice = { kind: "patch", target };
              method = "PATCH";
              path = soa ? `/api/v1/orgs/demo/soa/${id}` : `/api/v1/orgs/demo/risks/${id}`;
              headers["content-type"] = "application/json";
              headers["if-match"] = `"${version}"`;
              const text = `load ${Date.now()} ${Math.random()}`;
              body = JSON.stringify(soa ? { notes: text } : { description: text });
            }
          }
          context.choice = choice;
          request.method = method;
          request.path = path;
          request.headers = headers;
          request.body = body;
          return request;
        },
        onResponse(
          status: number,
          _body: string,
          context: { choice?: Choice },
          headers: Record<string, string>,
        ) {
          statuses[status] = (statuses[status] ?? 0) + 1;
          const choice = context.choice;
          if (!choice?.target) return;
          const tag = /"(\d+)"/.exec(String(headers.etag ?? headers.ETag ?? ""));
          if (status === 200 && tag) versions.set(choice.target, Number(tag[1]));
          else if (status === 412) versions.delete(choice.target);
        },
      },
    ],
  });
  const out: DriverResult = {
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    statuses,
    p99: result.latency.p99,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}
