/**
 * Grades the copilot's answers on a set such as answers-dev.jsonl (see its README): each "must"
 * item is a list of alternative regular expressions; 2 points when all items match, 1 when at least
 * half do. Questions about the organization are asked through the CLI on a fresh demo workspace
 * and graded against that organization's data, read through the CLI as well.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { answerQuestion } from "../src/copilot/answer.js";

export interface AnswerItem {
  q: string;
  kind: string;
  expect: string[];
  must: string[][];
  org?: string;
}

/** Runs `isms <args>` in this process and returns what it printed on stdout. */
async function cli(...args: string[]): Promise<string> {
  const { createProgram } = await import("../src/cli/program.js");
  let out = "";
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    await createProgram().exitOverride().parseAsync(args, { from: "user" });
  } finally {
    process.stdout.write = write;
  }
  return out;
}

const json = async <T>(...args: string[]): Promise<T> => JSON.parse(await cli(...args, "--json"));

interface SoaRow {
  controlId: string;
  applicable: boolean | null;
  owner: string | null;
}
interface RiskRow {
  key: string;
  residual: { score: number } | null;
  actions: { status: string; dueOn: string | null }[];
}

/** The expected items of an `org` filter, read from the demo organization. */
async function expected(filter: string): Promise<{ items: string[]; value?: string; version?: number }> {
  const org = ["--org", "demo"];
  const today = new Date().toISOString().slice(0, 10);
  const entry = filter.match(/^entry:\s*(\w+) of ([\d.]+)/);
  if (entry) {
    const soa = await json<{ entries: (SoaRow & Record<string, unknown>)[] }>("soa", "show", ...org);
    const row = soa.entries.find((e) => e.controlId === entry[2]);
    const value = row?.[entry[1] ?? ""];
    return { items: [], value: value ? String(value) : "no owner" };
  }
  if (/evidence/.test(filter)) {
    const wanted = filter.match(/freshness=(\w+)/)?.[1];
    const rows = await json<{ key: string; freshness: string }[]>("evidence", "list", ...org);
    return { items: rows.filter((r) => r.freshness === wanted).map((r) => r.key) };
  }
  if (/risk actions/.test(filter)) {
    const risks = await json<RiskRow[]>("risk", "list", ...org);
    const late = risks.filter((r) =>
      r.actions.some((a) => a.status !== "done" && a.dueOn && a.dueOn < today),
    );
    return { items: late.map((r) => r.key) };
  }
  if (/^list:\s*risks/.test(filter)) {
    const risks = await json<RiskRow[]>("risk", "list", ...org);
    const method = await json<{ method: { acceptanceMaxScore: number } }>("risk", "method", ...org);
    const max = method.method.acceptanceMaxScore;
    return { items: risks.filter((r) => (r.residual?.score ?? 0) > max).map((r) => r.key) };
  }
  if (/SoA entries changed/.test(filter)) {
    const soa = await json<{ latestVersion: number | null; changedSinceLatest: boolean }>(
      "soa",
      "show",
      ...org,
    );
    if (!soa.changedSinceLatest || soa.latestVersion === null)
      return { items: [], ...(soa.latestVersion !== null && { version: soa.latestVersion }) };
    const diff = await cli("soa", "diff", String(soa.latestVersion), ...org);
    return { items: [...new Set(diff.match(/\b\d\.\d{1,2}\b/g) ?? [])], version: soa.latestVersion };
  }
  const soa = await json<{ entries: SoaRow[] }>("soa", "show", ...org);
  const wantOwnerless = /owner=null/.test(filter);
  return {
    items: soa.entries
      .filter((e) => e.applicable === true && (!wantOwnerless || !e.owner))
      .map((e) => e.controlId),
  };
}

const named = (text: string, item: string) =>
  new RegExp(`(?<!\\w|\\d\\.)${item.replace(/\./g, "\\.")}(?!\\w|\\.\\d)`).test(text);

async function gradeOrg(item: AnswerItem, answer: string): Promise<number> {
  const want = await expected(item.org ?? "");
  if (want.value !== undefined) return answer.toLowerCase().includes(want.value.toLowerCase()) ? 2 : 0;
  if (want.items.length === 0) {
    const saysNone = /\b(no|none|nothing|not any)\b/i.test(answer);
    const namesVersion =
      want.version === undefined || new RegExp(`version ${want.version}\\b`, "i").test(answer);
    return saysNone && namesVersion ? 2 : saysNone ? 1 : 0;
  }
  const hits = want.items.filter((i) => named(answer, i)).length;
  const pattern = /^E-/.test(want.items[0] ?? "")
    ? /\bE-\d{3}\b/g
    : /^R-/.test(want.items[0] ?? "")
      ? /\bR-\d{3}\b/g
      : /\b\d\.\d{1,2}\b/g;
  const extra = [...new Set(answer.match(pattern) ?? [])].filter((i) => !want.items.includes(i)).length;
  if (hits === want.items.length && extra <= 1) return 2;
  return hits * 2 >= want.items.length ? 1 : 0;
}

function gradeText(item: AnswerItem, answer: string): { points: number; missed: string[] } {
  const missed = item.must.filter((alts) => !alts.some((re) => new RegExp(re, "i").test(answer)));
  const met = item.must.length - missed.length;
  const points = missed.length === 0 ? 2 : met * 2 >= item.must.length ? 1 : 0;
  return { points, missed: missed.map((m) => m.join(" | ").slice(0, 80)) };
}

/** Grades every item; returns the points per kind and lines describing the answers that lost points. */
export async function gradeAnswers(items: AnswerItem[]): Promise<{
  byKind: Record<string, { points: number; possible: number }>;
  misses: string[];
}> {
  const byKind: Record<string, { points: number; possible: number }> = {};
  const misses: string[] = [];
  const orgItems = items.filter((i) => i.kind === "org");
  let folder: string | undefined;
  const previousUrl = process.env.ISMS_DATABASE_URL;
  if (orgItems.length) {
    folder = await mkdtemp(join(tmpdir(), "copilot-eval-"));
    process.env.ISMS_DATABASE_URL = `file:${join(folder, "isms.db")}`;
    await cli("demo", "--json");
  }
  try {
    for (const item of items) {
      byKind[item.kind] ??= { points: 0, possible: 0 };
      const kind = byKind[item.kind] as { points: number; possible: number };
      kind.possible += 2;
      if (item.kind === "org") {
        const answer = JSON.parse(await cli("ask", item.q, "--org", "demo", "--json", "--offline")).answer;
        const points = await gradeOrg(item, answer);
        kind.points += points;
        if (points < 2)
          misses.push(`${points}/2 [org] ${item.q}\n    ${answer.split("\n").slice(0, 3).join(" / ")}`);
      } else {
        const { points, missed } = gradeText(item, answerQuestion(item.q).answer);
        kind.points += points;
        if (points < 2)
          misses.push(`${points}/2 [${item.kind}] ${item.q}\n    missed: ${missed.join(" ;; ")}`);
      }
    }
  } finally {
    if (previousUrl === undefined) delete process.env.ISMS_DATABASE_URL;
    else process.env.ISMS_DATABASE_URL = previousUrl;
    if (folder) await rm(folder, { recursive: true, force: true });
  }
  return { byKind, misses };
}
