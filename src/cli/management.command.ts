/**
 * Clauses 4–10 on the command line: `isms context`, `isms docs`, `isms objectives` and
 * `isms readiness` here; `isms audit-programme`, `isms review` and `isms nc` in evaluation.command.ts.
 */
import type { Command } from "commander";
import { registerContextEdits } from "./context-edit.command.js";
import { CliError, EXIT_USAGE } from "./errors.js";
import { registerEvaluationCommands } from "./evaluation.command.js";
import { listItem, truncate, wrap } from "./format.js";
import { collect, jsonOption as json, splitList as list, orgOption as org } from "./options.js";
import { runForOrg as run } from "./workspace.js";

function registerContext(program: Command) {
  const context = program
    .command("context")
    .description("context of the organization: issues, interested parties, scope (4.1–4.3)");
  json(org(context.command("add-issue").description("an internal or external issue (4.1)")))
    .requiredOption("--kind <kind>", "internal | external")
    .requiredOption("--title <text>")
    .option("--description <text>")
    .option("--category <text>", "e.g. legal, technology, market (PESTLE)")
    .option("--climate", "the issue concerns climate change (Amd 1:2024)")
    .action(async (o) => {
      const { addContextIssue } = await import("../modules/management/context.service.js");
      await run(
        o,
        ({ db, orgId, actor }) =>
          addContextIssue(db, orgId, actor, { ...o, climateRelated: o.climate === true }),
        () => "Issue added\n",
      );
    });
  json(org(context.command("add-party").description("an interested party and its requirements (4.2)")))
    .requiredOption("--name <name>")
    .option("--description <text>")
    .option("--requirement <text>", "a requirement the ISMS addresses (repeatable)", collect)
    .option("--not-addressed <text>", "a requirement the ISMS does not address (repeatable)", collect)
    .action(async (o) => {
      const { addInterestedParty } = await import("../modules/management/context.service.js");
      const requirements = [
        ...((o.requirement as string[] | undefined) ?? []).map((text) => ({ text, addressed: true })),
        ...((o.notAddressed as string[] | undefined) ?? []).map((text) => ({ text, addressed: false })),
      ];
      await run(
        o,
        ({ db, orgId, actor }) =>
          addInterestedParty(db, orgId, actor, { name: o.name, description: o.description, requirements }),
        () => "Interested party added\n",
      );
    });
  json(org(context.command("set-scope").description("the scope of the ISMS (4.3)")))
    .requiredOption("--statement <text>")
    .option("--boundaries <text>")
    .option("--interfaces <text>")
    .option("--dependencies <text>")
    .option("--exclusions <text>")
    .action(async (o) => {
      const { setScope } = await import("../modules/management/context.service.js");
      await run(
        o,
        ({ db, orgId, actor }) => setScope(db, orgId, actor, o),
        () => "Scope saved\n",
      );
    });
  registerContextEdits(context);
  json(org(context.command("show").description("issues, interested parties and scope"))).action(async (o) => {
    const { getContext } = await import("../modules/management/context.service.js");
    await run(
      o,
      ({ db, orgId }) => getContext(db, orgId),
      (c) =>
        [
          "Scope",
          wrap(c.scope?.statement ?? "not defined"),
          "",
          `Climate change: ${c.climate ? `${c.climate.relevant ? "relevant" : "not relevant"}${c.climate.reason ? ` (${c.climate.reason})` : ""}` : "not determined"}`,
          "",
          "Issues",
          ...c.issues.map((i) =>
            listItem(
              "-",
              `[${i.kind}${i.climateRelated ? ", climate" : ""}] ${i.title}  (${i.id} v${i.version})`,
            ),
          ),
          "",
          "Interested parties",
          ...c.interestedParties.map((p) =>
            listItem(
              "-",
              `${p.name} (${p.id}): ${p.requirements.map((r) => `${r.text}${r.addressed ? (r.addressedBy ? ` (by ${r.addressedBy})` : "") : " (not addressed)"}`).join("; ")}`,
            ),
          ),
          "",
        ].join("\n"),
    );
  });
}

/** What keeps a mandatory item: the record, the registered documents or the control's evidence. */
function keptBy(c: {
  satisfiedBy: string | null;
  records: { label: string; version: string | null; date: string | null }[];
  documents: string[];
  evidenceControls: string[];
}): string {
  if (c.satisfiedBy === "record")
    return c.records.map((r) => [r.label, r.version, r.date].filter(Boolean).join(", ")).join("; ");
  if (c.satisfiedBy === "document") return `document ${c.documents.join(", ")}`;
  if (c.satisfiedBy === "evidence") return `evidence on control ${c.evidenceControls.join(", ")}`;
  return "";
}

function registerDocs(program: Command) {
  const docs = program.command("docs").description("the register of documented information (7.5)");
  json(org(docs.command("add").description("add a document to the register")))
    .requiredOption("--title <text>")
    .option("--type <type>", "policy | procedure | record | plan | register | report | standard", "document")
    .option("--doc-version <v>")
    .option("--owner <name>")
    .option("--approved-by <name>")
    .option("--approved-on <date>")
    .option("--classification <c>")
    .option("--review-months <n>", "review cycle in months", Number)
    .option("--retention <text>")
    .option("--location <text>")
    .option("--clauses <ids>", "clauses it satisfies, e.g. 4.3,6.1.2")
    .action(async (o) => {
      const { addDocument } = await import("../modules/management/context.service.js");
      await run(
        o,
        ({ db, orgId, actor }) =>
          addDocument(db, orgId, actor, { ...o, docType: o.type, clauseRefs: list(o.clauses) }),
        (d) => `Added ${d.key}\n`,
      );
    });
  json(org(docs.command("list").description("the document register"))).action(async (o) => {
    const { listDocuments } = await import("../modules/management/context.service.js");
    await run(
      o,
      ({ db, orgId }) => listDocuments(db, orgId),
      (rows) =>
        `${rows.map((d) => `${d.key.padEnd(8)}${truncate(d.title, 40).padEnd(41)}${(d.docVersion ?? "–").padEnd(6)}${d.approvedOn ?? "not approved"}`).join("\n")}\n${rows.length} document(s)\n`,
    );
  });
  json(
    org(
      docs
        .command("checklist")
        .description("the documented information the standard makes mandatory, and what is missing"),
    ),
  ).action(async (o) => {
    const { documentChecklist } = await import("../modules/management/readiness.service.js");
    await run(
      o,
      ({ db, orgId }) => documentChecklist(db, orgId),
      (rows) =>
        `${rows.map((c) => `${c.present ? "✓" : "✗"} ${c.clause.padEnd(7)}${truncate(c.document, 56).padEnd(57)}${keptBy(c)}`).join("\n")}\n${rows.filter((c) => !c.present).length} missing\n`,
    );
  });
}

function registerObjectives(program: Command) {
  const objectives = program
    .command("objectives")
    .description("information security objectives and results (6.2, 9.1)");
  json(org(objectives.command("add").description("set an objective")))
    .requiredOption("--title <text>")
    .option("--description <text>")
    .option("--measure <text>", "how it is measured")
    .option("--target <text>")
    .option("--owner <name>")
    .option("--due <date>")
    .action(async (o) => {
      const { addObjective } = await import("../modules/management/objectives.service.js");
      await run(
        o,
        ({ db, orgId, actor }) => addObjective(db, orgId, actor, { ...o, dueOn: o.due }),
        (x) => `Added ${x.key}\n`,
      );
    });
  json(
    org(
      objectives
        .command("measure")
        .description("record a result of an objective (or of a metric with --metric)")
        .argument("[key]"),
    ),
  )
    .requiredOption("--value <n>", "the measured value", Number)
    .option("--metric <name>", "a metric not tied to an objective")
    .option("--date <date>")
    .option("--note <text>")
    .action(async (key: string | undefined, o) => {
      const { addMeasurement } = await import("../modules/management/objectives.service.js");
      await run(
        o,
        ({ db, orgId, actor }) =>
          addMeasurement(db, orgId, actor, {
            objectiveKey: key,
            metric: o.metric,
            value: o.value,
            measuredOn: o.date,
            note: o.note,
          }),
        () => "Measurement recorded\n",
      );
    });
  json(org(objectives.command("list").description("objectives with their results"))).action(async (o) => {
    const { listObjectives } = await import("../modules/management/objectives.service.js");
    await run(
      o,
      ({ db, orgId }) => listObjectives(db, orgId),
      (rows) =>
        `${rows.map((x) => `${x.key.padEnd(8)}${truncate(x.title, 44).padEnd(45)}${x.status.padEnd(10)}${x.measurements.at(-1)?.value ?? "–"}`).join("\n")}\n`,
    );
  });
}

export function registerManagementCommands(program: Command): void {
  registerContext(program);
  registerDocs(program);
  registerObjectives(program);
  registerEvaluationCommands(program);
  json(
    org(
      program
        .command("readiness")
        .description(
          "certification readiness: every clause 4.1–10.2, Annex A by theme, and what blocks stage 1 and 2",
        ),
    ),
  )
    .option("--stage <n>", "only blockers of stage 1 or 2")
    .action(async (o) => {
      if (o.stage && !["1", "2"].includes(o.stage)) throw new CliError("--stage takes 1 or 2", EXIT_USAGE);
      const { readiness } = await import("../modules/management/readiness.service.js");
      const { fixCommand } = await import("./fix.render.js");
      await run(
        o,
        async ({ db, orgId }) => {
          const r = await readiness(db, orgId);
          return o.stage ? { ...r, blockers: r.blockers.filter((b) => String(b.stage) === o.stage) } : r;
        },
        (r) => {
          const mark = { met: "✓", partial: "~", missing: "✗" } as const;
          const lines = [`Overall readiness ${Math.round(r.overall * 100)}%`, ""];
          for (const c of r.clauses)
            lines.push(`${mark[c.status]} ${c.id.padEnd(7)}${truncate(c.title, 48).padEnd(49)}${c.status}`);
          lines.push(
            "",
            `Annex A: ${r.themes.map((t) => `${t.theme} ${Math.round(t.score * 100)}%`).join(", ")}`,
            "",
          );
          lines.push(r.blockers.length ? "Blockers" : "No blockers");
          for (const b of r.blockers)
            lines.push(
              listItem(
                "-",
                `stage ${b.stage}, ${b.ref}: ${b.message} → ${fixCommand(b.fix, o.org ?? "ORG")}`,
              ),
            );
          return `${lines.join("\n")}\n`;
        },
      );
    });
}
