/**
 * Terminal views of the risk register: the table, one risk, the coloured heat map and the report.
 */

import { levelOf, type RiskMethodology, scoreOf } from "../domain/risk-method.js";
import type { RescaleChange } from "../domain/risk-rescale.js";
import type { HeatMap, OverdueAction, RiskGaps } from "../domain/risk-views.js";
import type { RiskView } from "../modules/risks/risk.repository.js";
import { labelled, listItem, truncate, wrap } from "./format.js";

/** Colour only on a terminal, unless NO_COLOR is set or FORCE_COLOR asks for it. */
export function colourWanted(stream: NodeJS.WriteStream = process.stdout): boolean {
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== "0") return true;
  return stream.isTTY === true;
}

function background(hex: string, text: string): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return text;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => Number.parseInt(h ?? "0", 16)) as [number, number, number];
  const foreground = r * 0.299 + g * 0.587 + b * 0.114 > 150 ? "30" : "97";
  return `\x1b[48;2;${r};${g};${b}m\x1b[${foreground}m${text}\x1b[0m`;
}

const point = (p: RiskView["inherent"]) => (p ? `${p.score} ${p.level}` : "–");

export function renderRiskTable(risks: readonly RiskView[]): string {
  const header = `${"KEY".padEnd(8)}${"TITLE".padEnd(32)}${"OWNER".padEnd(14)}${"INHERENT".padEnd(12)}${"RESIDUAL".padEnd(12)}TREATMENT`;
  const rows = risks.map(
    (r) =>
      `${truncate(r.key, 7).padEnd(8)}${truncate(r.title, 31).padEnd(32)}${truncate(r.owner ?? "–", 13).padEnd(14)}` +
      `${truncate(point(r.inherent), 11).padEnd(12)}${truncate(point(r.residual), 11).padEnd(12)}${r.treatment ?? "–"}`,
  );
  return `${[header, ...rows].join("\n")}\n${risks.length} risk${risks.length === 1 ? "" : "s"}\n`;
}

export function renderRisk(r: RiskView): string {
  const rows: [string, string][] = [
    ["Owner", r.owner ?? "none"],
    ["Status", r.status],
    ["Affects", r.cia.length ? r.cia.join(", ") : "not stated"],
    ["Assets", r.assets.join(", ") || "none"],
    [
      "Inherent",
      r.inherent
        ? `L${r.inherent.likelihood} × I${r.inherent.impact} = ${r.inherent.score} (${r.inherent.level})`
        : "–",
    ],
    ["Treatment", r.treatment ?? "not decided"],
    ["Annex A controls", r.controls.join(", ") || "none"],
    ["Own controls", r.ownControls.join("; ") || "none"],
    [
      "Residual",
      r.residual
        ? `L${r.residual.likelihood} × I${r.residual.impact} = ${r.residual.score} (${r.residual.level})`
        : "not assessed",
    ],
    ["Accepted", r.acceptance ? `by ${r.acceptance.by} on ${(r.acceptance.at ?? "").slice(0, 10)}` : "no"],
    ["Next review", r.nextReviewOn ?? "not planned"],
    ["Version", String(r.version)],
  ];
  const parts = [`${r.key}  ${r.title}`, "─".repeat(60), labelled(rows)];
  for (const [title, text] of [
    ["Description", r.description],
    ["Threat", r.threat],
    ["Vulnerability", r.vulnerability],
    ["Consequence", r.consequence],
    ["Existing controls", r.existingControls],
    ["Residual justification", r.residualJustification],
    ["Acceptance comment", r.acceptance?.comment],
    ["Acceptance exception", r.acceptance?.exception],
  ] as const) {
    if (text) parts.push(`\n${title}\n${wrap(text)}`);
  }
  if (r.actions.length) {
    parts.push(
      `\nTreatment actions\n${r.actions.map((a) => listItem("-", `[${a.status}] ${a.title} (${a.owner ?? "no owner"}, due ${a.dueOn ?? "—"})`)).join("\n")}`,
    );
  }
  return `${parts.join("\n")}\n`;
}

/** The heat map: likelihood rows (highest on top) by impact columns, cells coloured by level. */
export function renderHeatMap(
  method: RiskMethodology,
  counts: HeatMap,
  title: string,
  colour: boolean,
): string {
  const width = 7;
  const lines = [title, ""];
  for (let l = method.likelihood.length; l >= 1; l--) {
    const label = truncate(`${l} ${method.likelihood[l - 1]?.name ?? ""}`, 16).padEnd(17);
    const cells = method.impact.map((impact) => {
      const count = counts[l - 1]?.[impact.value - 1] ?? 0;
      const text = (count ? String(count) : "·").padStart(Math.ceil(width / 2) + 1).padEnd(width);
      const level = levelOf(method, scoreOf(method, l, impact.value));
      return colour ? background(level.colour, text) : text;
    });
    lines.push(`${label}${cells.join(colour ? "" : " ")}`);
  }
  const impacts = method.impact
    .map((i) => truncate(`${i.value} ${i.name}`, width).padEnd(width))
    .join(colour ? "" : " ");
  lines.push(`${" ".repeat(17)}${impacts}`, `${" ".repeat(17)}impact →   (rows: likelihood)`);
  if (!colour) {
    lines.push("", `Levels: ${method.levels.map((lv) => `${lv.name} ≤ ${lv.maxScore}`).join(", ")}`);
  }
  return `${lines.join("\n")}\n`;
}

export function renderRescale(changes: readonly RescaleChange[]): string {
  if (changes.length === 0) return "No existing risk changes its score or level.\n";
  const fmt = (p: { likelihood: number; impact: number; score: number; level: string }) =>
    `L${p.likelihood}×I${p.impact}=${p.score} ${p.level}`;
  const lines = changes.map((c) => {
    const parts = [
      c.inherent ? `inherent ${fmt(c.inherent.from)} → ${fmt(c.inherent.to)}` : "",
      c.residual ? `residual ${fmt(c.residual.from)} → ${fmt(c.residual.to)}` : "",
    ].filter(Boolean);
    return listItem("-", `${c.key}: ${parts.join("; ")}`);
  });
  return `${changes.length} risk(s) would change:\n${lines.join("\n")}\n`;
}

export function renderRiskReport(
  top: readonly RiskView[],
  overdue: readonly OverdueAction[],
  gaps: RiskGaps,
  perControl: Map<string, string[]>,
): string {
  const parts = [
    "Top risks (current score)",
    ...top.map((r) => listItem("-", `${r.key} ${r.title}: ${point(r.residual ?? r.inherent)}`)),
    "",
    `Overdue treatment actions: ${overdue.length}`,
    ...overdue.map((a) =>
      listItem("-", `${a.riskKey} ${a.title} (${a.owner ?? "no owner"}), ${a.daysOverdue} days late`),
    ),
    "",
    `Risks without an owner: ${gaps.withoutOwner.join(", ") || "none"}`,
    `Risks without a treatment decision: ${gaps.withoutTreatment.join(", ") || "none"}`,
    `Risks whose review is overdue or unplanned: ${gaps.reviewOverdue.join(", ") || "none"}`,
    "",
    `Annex A controls planned by risks: ${perControl.size}`,
    ...[...perControl.entries()].map(([id, keys]) => listItem("-", `${id}: ${keys.join(", ")}`)),
  ];
  return `${parts.map((p) => (p.length > 80 && !p.startsWith(" ") ? wrap(p, 0) : p)).join("\n")}\n`;
}
