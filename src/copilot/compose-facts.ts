/**
 * Answers about the standard itself: the fact first (from the facts index), a named control's
 * attributes, a 2013 control's 2022 successor and what merged with it, the controls that were
 * split, and the documented information the clauses make mandatory.
 */
import { CLAUSES, CONTROLS_2013, getControl, getControl2013, STANDARD_FACTS } from "../catalog/index.js";
import type { Citation } from "./retrieval.js";

/** The 2013 controls named in a question, each with its 2022 successor and what merged with it. */
function mapping2013(question: string): string[] {
  const lines: string[] = [];
  for (const [, id] of question.matchAll(/\bA\.?\s?(\d{1,2}\.\d{1,2}\.\d{1,2})\b/gi)) {
    const old = getControl2013(`A.${id}`) ?? getControl2013(id ?? "");
    if (!old) continue;
    for (const next of old.iso27001_2022) {
      const merged = CONTROLS_2013.filter((o) => o.id !== old.id && o.iso27001_2022.includes(next));
      const title = getControl(next)?.title ?? "";
      lines.push(
        `${old.id} ${old.title} (2013) is covered in 2022 by A.${next} ${title}${merged.length ? `, which merges it with ${merged.map((o) => `${o.id} ${o.title}`).join(" and ")}` : ", which carries it over on its own"}.`,
      );
    }
    if (old.iso27001_2022.length > 1)
      lines.push(`${old.id} was split across ${old.iso27001_2022.map((n) => `A.${n}`).join(" and ")}.`);
  }
  return lines;
}

/** The attributes of the controls a question names, when it asks about attributes. */
function attributesOf(question: string, citations: Citation[]): string[] {
  if (!/\battribute|control type|propert|cybersecurity concept|capabilit|security domain/i.test(question))
    return [];
  return citations
    .filter((c) => c.type === "control" && question.includes(c.id))
    .map((c) => {
      const a = getControl(c.id)?.attributes;
      if (!a) return "";
      const list = (v: readonly string[]) => v.map((x) => x.replace(/_/g, " ")).join(", ");
      return `A.${c.id} ${c.title} has control type ${list(a.controlType)}; security properties ${list(a.securityProperties)}; cybersecurity concepts ${list(a.cybersecurityConcepts)}; operational capabilities ${list(a.operationalCapabilities)}; security domains ${list(a.securityDomains)}.`;
    })
    .filter(Boolean);
}

export function facts(question: string, factIds: string[], citations: Citation[]): string[] {
  const lines = [...attributesOf(question, citations), ...mapping2013(question)];
  if (/\b(split|divided|several|multiple)\b/i.test(question) && /2013|old/i.test(question)) {
    const split = CONTROLS_2013.filter((o) => o.iso27001_2022.length > 1);
    lines.push(
      `${split.length} of the 2013 controls went to several 2022 controls at once: ${split.map((o) => `${o.id} ${o.title} → ${o.iso27001_2022.map((n) => `A.${n} ${getControl(n)?.title ?? ""}`).join(" and ")}`).join("; ")}.`,
    );
  }
  for (const id of factIds.slice(0, lines.length ? 1 : 2)) {
    const fact = STANDARD_FACTS.find((f) => f.id === id);
    if (fact) lines.push(lines.length ? "" : "", fact.text);
  }
  return lines.filter((l, i) => i > 0 || l !== "");
}

export function mandatoryDocuments(): string[] {
  return [
    "ISO/IEC 27001:2022 makes this documented information mandatory, clause by clause:",
    ...CLAUSES.filter((c) => c.mandatoryDocuments.length).map(
      (c) => `- ${c.id} ${c.title}: ${c.mandatoryDocuments.join("; ")}`,
    ),
  ];
}
