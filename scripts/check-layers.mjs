#!/usr/bin/env node
/**
 * `npm run check` step: the layering rules of .dependency-cruiser.cjs over every source file of
 * src/ and web/src. dependency-cruiser cannot list .ts files by itself here (its TypeScript reader
 * predates TypeScript 7), so this script lists them and Babel parses them.
 * Exit 0 when no rule is broken, 1 with one line per violation otherwise.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";

const root = process.cwd();
const roots = ["src", "web/src"];
const SOURCE = /\.(ts|tsx|mts|js|mjs)$/;

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
    return SOURCE.test(entry.name) && !entry.name.endsWith(".d.ts") ? [relative(root, path)] : [];
  });
}

const files = roots.flatMap((dir) => list(join(root, dir)));
if (files.length === 0) {
  console.error("check-layers: no source files found under src/ or web/src");
  process.exit(1);
}
// The package's own command, as npm links it (not a path inside the package).
const bin = join(root, "node_modules", ".bin", "depcruise");
const run = spawnSync(bin, ["--config", ".dependency-cruiser.cjs", "--output-type", "err", ...files], {
  cwd: root,
  encoding: "utf8",
});
process.stdout.write(run.stdout ?? "");
process.stderr.write(run.stderr ?? "");
if (run.status === 0) console.log(`layers: ${files.length} files, no forbidden import`);
process.exit(run.status ?? 1);
