/**
 * Evaluates the copilot's retrieval and answers on a JSONL question set:
 *   npm run eval:copilot [-- FILE [ANSWERS_FILE]]
 * Prints recall@1, recall@3, MRR, fact accuracy and latency percentiles, then grades the answers
 * on the answer set (answers-dev.jsonl beside it) and prints the points per kind of question.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { answerQuestion } from "../src/copilot/answer.js";
import { warmRetrieval } from "../src/copilot/retrieval.js";
import { type AnswerItem, gradeAnswers } from "./eval-answers.js";

interface Item {
  q: string;
  expect: string[];
  also?: string[];
  facts?: string[];
}

const file = process.argv[2] ?? "../shared/copilot-eval/dev.jsonl";
const answersFile = process.argv[3] ?? join(dirname(file), "answers-dev.jsonl");
const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
const items = readJsonl<Item>(file);

warmRetrieval();
let r1 = 0;
let r3 = 0;
let mrr = 0;
let withExpect = 0;
let facts = 0;
let factTotal = 0;
const latencies: number[] = [];
const misses: string[] = [];
for (const item of items) {
  const start = process.hrtime.bigint();
  const answer = answerQuestion(item.q);
  latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
  const refs = answer.citations.map((c) => `${c.type}:${c.id}`);
  if (item.expect.length) {
    withExpect++;
    const rank = refs.findIndex((r) => item.expect.includes(r));
    if (rank === 0) r1++;
    if (rank >= 0 && rank < 3) r3++;
    if (rank >= 0) mrr += 1 / (rank + 1);
    if (rank !== 0)
      misses.push(
        `${rank === -1 ? "miss" : `rank ${rank + 1}`}: ${item.q} -> ${refs.slice(0, 3).join(", ")} (want ${item.expect.join(", ")})`,
      );
  }
  for (const fact of item.facts ?? []) {
    factTotal++;
    const options = fact.split("|");
    if (
      options.some((o) =>
        new RegExp(`\\b${o.replace(/[.*+?^${}()[\]\\]/g, "\\$&")}\\b`, "i").test(answer.answer),
      )
    )
      facts++;
    else misses.push(`fact "${fact}" missing: ${item.q}`);
  }
}
latencies.sort((a, b) => a - b);
const pct = (p: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]?.toFixed(2);
console.log(misses.join("\n"));
console.log(
  JSON.stringify(
    {
      questions: items.length,
      recallAt1: +(r1 / withExpect).toFixed(3),
      recallAt3: +(r3 / withExpect).toFixed(3),
      mrr: +(mrr / withExpect).toFixed(3),
      factAccuracy: factTotal ? +(facts / factTotal).toFixed(3) : 1,
      latencyMs: { p50: Number(pct(50)), p95: Number(pct(95)) },
    },
    null,
    2,
  ),
);

if (existsSync(answersFile)) {
  const { byKind, misses: answerMisses } = await gradeAnswers(readJsonl<AnswerItem>(answersFile));
  let points = 0;
  let possible = 0;
  for (const k of Object.values(byKind)) {
    points += k.points;
    possible += k.possible;
  }
  console.log(answerMisses.join("\n"));
  const perKind = Object.fromEntries(
    Object.entries(byKind).map(([kind, k]) => [
      kind,
      `${k.points}/${k.possible} (${Math.round((100 * k.points) / k.possible)}%)`,
    ]),
  );
  console.log(
    JSON.stringify(
      { answers: `${points}/${possible} (${((100 * points) / possible).toFixed(1)}%)`, perKind },
      null,
      2,
    ),
  );
}
