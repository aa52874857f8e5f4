/**
 * Human-readable views of catalog entries for the terminal (80 columns).
 */
import {
  ALTERNATIVE_TITLES,
  CLAUSES,
  type Clause,
  CONTROLS,
  type Control,
  type Control2013,
  clauseWithSameNumber,
  getClause,
  getControl,
  getControl2013,
  type Mapping,
} from "../catalog/index.js";
import { labelled, listItem, TERMINAL_WIDTH, truncate, wrap } from "./format.js";

const THEME_LABEL: Record<Control["theme"], string> = {
  organizational: "Organizational",
  people: "People",
  physical: "Physical",
  technological: "Technological",
};

const hashtags = (values: readonly string[]) => values.map((v) => `#${v}`).join(" ");

function section(title: string, body: string): string {
  return `\n${title}\n${body}`;
}

/** Names a related id ("8.12" or "clause:6.1.3") with its title. */
function describeRelated(ref: string): string {
  if (ref.startsWith("clause:")) {
    const clause = getClause(ref);
    return clause ? `Clause ${clause.id} ${clause.title}` : ref;
  }
  const control = getControl(ref);
  return control ? `${control.id} ${control.title}` : ref;
}

/** The full practitioner view of one Annex A control. */
export function renderControl(control: Control): string {
  const g = control.guidance;
  const origin = control.isNew
    ? "New in ISO/IEC 27001:2022"
    : `Derived from ISO/IEC 27001:2013 ${control.iso27001_2013.join(", ")}`;
  const alternatives = ALTERNATIVE_TITLES.get(control.id);
  const header = [
    `A.${control.id}  ${control.title}`,
    wrap(`${THEME_LABEL[control.theme]} control · ${origin}`, 0),
    ...(alternatives ? [`Also written: ${alternatives.join("; ")}`] : []),
    "─".repeat(Math.min(TERMINAL_WIDTH, 60)),
  ].join("\n");
  const origins = control.isNew
    ? "  None: this control has no 2013 predecessor."
    : control.iso27001_2013
        .map((id) => listItem("-", `${id} ${getControl2013(id)?.title ?? ""}`.trim()))
        .join("\n");
  const sameNumber = clauseWithSameNumber(control.id);
  const parts = [
    header,
    section(
      "Attributes (ISO/IEC 27002:2022)",
      labelled([
        ["Control type", hashtags(control.attributes.controlType)],
        ["Security properties", hashtags(control.attributes.securityProperties)],
        ["Cybersecurity concepts", hashtags(control.attributes.cybersecurityConcepts)],
        ["Operational capabilities", hashtags(control.attributes.operationalCapabilities)],
        ["Security domains", hashtags(control.attributes.securityDomains)],
      ]),
    ),
    section("Origins (ISO/IEC 27001:2013)", origins),
    section("Purpose", wrap(g.purpose)),
    section("Implementation", g.implementation.map((step, i) => listItem(`${i + 1}.`, step)).join("\n")),
    section(
      "Scale",
      [
        listItem("-", `Small organization: ${g.scale.small}`),
        listItem("-", `Large organization: ${g.scale.large}`),
      ].join("\n"),
    ),
    section("Evidence an auditor asks for", g.evidence.map((e) => listItem("-", e)).join("\n")),
    section("Common pitfalls", g.pitfalls.map((p) => listItem("-", p)).join("\n")),
    section("Related", g.related.map((r) => listItem("-", describeRelated(r))).join("\n")),
    section("Keywords", wrap(g.keywords.join(", "))),
  ];
  if (sameNumber) {
    parts.push(`\n${wrap(`Clause ${sameNumber.id} ${sameNumber.title} has the same number:`, 0)}`);
    parts.push(`  isms catalog show clause:${sameNumber.id}`);
  }
  return `${parts.join("\n")}\n`;
}

/** The view of one clause of ISO/IEC 27001, with its sub-clauses and the controls that cite it. */
export function renderClause(clause: Clause): string {
  const children = CLAUSES.filter((c) => c.parent === clause.id);
  const citedBy = CONTROLS.filter((c) => c.guidance.related.includes(`clause:${clause.id}`));
  const parts = [
    `Clause ${clause.id}  ${clause.title}`,
    wrap(
      `ISO/IEC 27001:2022 management-system requirement${clause.parent ? ` · part of clause ${clause.parent}` : ""}`,
      0,
    ),
    "─".repeat(60),
    section("Requirement in brief", wrap(clause.summary)),
    section(
      "Mandatory documented information",
      clause.mandatoryDocuments.length
        ? clause.mandatoryDocuments.map((d) => listItem("-", d)).join("\n")
        : "  None required by this clause itself.",
    ),
  ];
  if (children.length) {
    parts.push(section("Sub-clauses", children.map((c) => listItem("-", `${c.id} ${c.title}`)).join("\n")));
  }
  if (citedBy.length) {
    parts.push(
      section("Controls related to it", citedBy.map((c) => listItem("-", `${c.id} ${c.title}`)).join("\n")),
    );
  }
  if (clause.keywords.length) parts.push(section("Keywords", wrap(clause.keywords.join(", "))));
  const sameNumber = getControl(clause.id);
  if (sameNumber) {
    parts.push(`\n${wrap(`Annex A control ${sameNumber.id} ${sameNumber.title} has the same number:`, 0)}`);
    parts.push(`  isms catalog show A.${sameNumber.id}`);
  }
  return `${parts.join("\n")}\n`;
}

/** The view of a 2013 control: its title and what replaced it. */
export function renderControl2013(control: Control2013): string {
  const successors = control.iso27001_2022.map((id) => getControl(id)).filter((c) => c !== undefined);
  return [
    `${control.id}  ${control.title}`,
    "ISO/IEC 27001:2013 Annex A control (superseded)",
    "─".repeat(60),
    section(
      "Now covered in ISO/IEC 27001:2022 by",
      successors.map((c) => listItem("-", `${c.id} ${c.title}`)).join("\n"),
    ),
    "",
    wrap(`Show the current guidance with: isms catalog show ${successors[0]?.id ?? ""}`, 0),
    "",
  ].join("\n");
}

/** One line per control: id, title, theme and a mark for controls new in 2022. */
export function renderControlTable(controls: readonly Control[]): string {
  const rows = controls.map((c) =>
    `${c.id.padEnd(6)}${truncate(c.title, 52).padEnd(53)}${c.theme.padEnd(14)}${c.isNew ? "new" : ""}`.trimEnd(),
  );
  const header = `${"ID".padEnd(6)}${"TITLE".padEnd(53)}${"THEME".padEnd(14)}2022`;
  return `${[header, ...rows].join("\n")}\n${controls.length} control${controls.length === 1 ? "" : "s"}\n`;
}

/** Both directions of the 2013 ↔ 2022 correspondence. */
export function renderMapping(mapping: Mapping): string {
  if (mapping.direction === "2013->2022") {
    const lines = mapping.to.map((c) => listItem("→", `${c.id} ${c.title}`));
    return `${mapping.from.id} ${mapping.from.title} (ISO/IEC 27001:2013)\n${lines.join("\n")}\n`;
  }
  const lines = mapping.to.length
    ? mapping.to.map((c) => listItem("←", `${c.id} ${c.title}`))
    : ["  ← none: new in ISO/IEC 27001:2022"];
  return `${mapping.from.id} ${mapping.from.title} (ISO/IEC 27001:2022)\n${lines.join("\n")}\n`;
}

/** A compact JSON form of a mapping for scripts. */
export function mappingJson(mapping: Mapping): unknown {
  const brief = (c: { id: string; title: string }) => ({ id: c.id, title: c.title });
  return {
    direction: mapping.direction,
    from: brief(mapping.from),
    to: mapping.to.map(brief),
  };
}
