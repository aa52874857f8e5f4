#!/usr/bin/env node
/**
 * `npm run check` step: no source file over 300 lines, except those in .size-allowlist.json, which
 * may only shrink. Data tables, migrations and generated files are exempt.
 *   node scripts/check-size.mjs            check
 *   node scripts/check-size.mjs --write    record the files now over the limit (when adopting the rule)
 * A listed file that grew fails; a listed file now at or under the limit must leave the list.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const LIMIT = 300;
const root = process.cwd();
const ROOTS = ["src", "web/src", "test", "scripts", "bench"];
const SOURCE = /\.(ts|tsx|mts|js|mjs|cjs)$/;
/** Facts and generated text, not logic: their length is the length of the data. */
const EXEMPT = [
  /\.data\.ts$/,
  /^src\/catalog\/guidance\//,
  /^src\/db\/migrations\//,
  /\.d\.ts$/,
  /^web\/src\/api\/schema\./,
];
const LIST = join(root, ".size-allowlist.json");

function list(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : list(path);
    return SOURCE.test(entry.name) ? [relative(root, path).split("\\").join("/")] : [];
  });
}

const lines = (file) => readFileSync(join(root, file), "utf8").split("\n").length - 1;
const sizes = new Map(
  ROOTS.flatMap((dir) => list(join(root, dir)))
    .filter((file) => !EXEMPT.some((pattern) => pattern.test(file)))
    .map((file) => [file, lines(file)]),
);
const over = [...sizes].filter(([, n]) => n > LIMIT).sort(([a], [b]) => a.localeCompare(b));

if (process.argv.includes("--write")) {
  writeFileSync(LIST, `${JSON.stringify(Object.fromEntries(over), null, 2)}\n`);
  console.log(`size: recorded ${over.length} files over ${LIMIT} lines in .size-allowlist.json`);
  process.exit(0);
}

let allowed = {};
try {
  allowed = JSON.parse(readFileSync(LIST, "utf8"));
} catch {
  allowed = {};
}
const problems = [];
for (const [file, n] of over) {
  const cap = allowed[file];
  if (cap === undefined) problems.push(`${file}: ${n} lines, over ${LIMIT}; split it`);
  else if (n > cap) problems.push(`${file}: ${n} lines, more than its allowed ${cap}; it may only shrink`);
}
for (const [file, cap] of Object.entries(allowed)) {
  const n = sizes.get(file);
  if (n === undefined)
    problems.push(`${file}: listed in .size-allowlist.json but gone; remove it from the list`);
  else if (n <= LIMIT) problems.push(`${file}: now ${n} lines; remove it from .size-allowlist.json`);
  else if (n < cap) problems.push(`${file}: shrank to ${n} lines; lower its entry in .size-allowlist.json`);
}
if (problems.length) {
  for (const p of problems) console.error(`size: ${p}`);
  process.exit(1);
}
console.log(`size: ${sizes.size} files, none over ${LIMIT} lines but the ${over.length} listed`);
