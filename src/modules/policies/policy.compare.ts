/** Any two versions of a policy side by side: what the later one adds and removes, line by line. */
import { diffLines } from "diff";
import type { OrgScope } from "../scope.js";
import { policyByKey, versionOf } from "./policy.views.js";

export interface ComparePart {
  kind: "same" | "added" | "removed";
  text: string;
}

export async function comparePolicy(scope: OrgScope, key: string, from: number, to: number) {
  const doc = await policyByKey(scope.read, key);
  const [a, b] = [await versionOf(scope.read, doc, from), await versionOf(scope.read, doc, to)];
  const parts: ComparePart[] = diffLines(a.content, b.content).map((part) => ({
    kind: part.added ? "added" : part.removed ? "removed" : "same",
    text: part.value,
  }));
  return { from, to, parts };
}
