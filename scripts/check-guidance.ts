/**
 * Checks one guidance file against the catalog's minimums, for authors of guidance text:
 *   npx node scripts/check-guidance.ts src/catalog/guidance/people.ts
 * The full rules are also enforced by src/catalog/catalog.test.ts.
 */

import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const file = process.argv[2];
if (!file) {
  console.error("usage: check-guidance.ts <guidance file>");
  process.exit(2);
}
const mod = await import(pathToFileURL(resolve(file)).href);
const problems: string[] = [];
const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;
for (const [exportName, value] of Object.entries(mod)) {
  for (const [id, g] of Object.entries(value as Record<string, Record<string, unknown>>)) {
    const at = `${exportName}[${id}]`;
    const list = (k: string, min: number) => {
      const v = g[k];
      if (!Array.isArray(v) || v.length < min) problems.push(`${at}.${k}: needs at least ${min} items`);
      else if (v.some((x) => typeof x !== "string" || x.trim().length < 3))
        problems.push(`${at}.${k}: empty item`);
    };
    if (typeof g.purpose !== "string" || words(g.purpose) < 40)
      problems.push(`${at}.purpose: fewer than 40 words (${words(String(g.purpose ?? ""))})`);
    list("implementation", 4);
    list("evidence", 3);
    list("pitfalls", 2);
    list("related", 1);
    list("keywords", 5);
    const scale = g.scale as { small?: string; large?: string } | undefined;
    if (!scale?.small || !scale.large) problems.push(`${at}.scale: needs small and large`);
    for (const r of (g.related as string[]) ?? []) {
      if (!/^(\d\.\d{1,2}|clause:\d{1,2}(\.\d){0,2})$/.test(r)) problems.push(`${at}.related: bad id ${r}`);
    }
  }
  console.log(`${exportName}: ${Object.keys(value as object).length} controls`);
}
console.log(problems.length ? problems.join("\n") : "OK");
process.exit(problems.length ? 1 : 0);
