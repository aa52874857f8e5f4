/**
 * Clauses 4–10 on the command line: `isms context`, `isms docs`, `isms objectives`,
 * `isms audit-programme`, `isms review`, `isms nc` and `isms readiness`.
 */
import type { Command } from "commander";
import { CliError, EXIT_USAGE } from "./errors.js";
import { listItem, truncate, wrap } from "./format.js";
import { printJson } from "./output.js";
import { requireOrg, withWorkspace } from "./workspace.js";

const collect = (v: string, p: string[] = []) => [...p, v];
const list = (text: string | undefined) =>
  text
    ? text
        .split(/[,;]/)
        .map((t) => t.trim())
        .filter(Boolean)
    : [];
const org = (c: Command) => c.option("--org <slug>", "the organization");
const json = (c: Command) => c.option("--json", "machine-readable output");

/** Runs `work` with the organization of --org and prints its result as JSON or with `human`. */
async function run<T>(
  o: { org?: string; json?: boolean },
  work: (ctx: {
    db: import("kysely").Kysely<import("../db/schema.js").Database>;
    orgId: string;
    actor: string;
  }) => Promise<T>,
  human: (result: T) => string,
) {
  const result = await withWorkspace(async ({ ws, actor }) =>
    work({ db: ws.db, orgId: (await requireOrg(ws, o.org)).id, actor }),
  );
  if (o.json) return printJson(result);
  process.stdout.write(human(result));
}

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
          "Issues",
          ...c.issues.map((i) =>
            listItem("-", `[${i.kind}${i.climateRelated ? ", climate" : ""}] ${i.title}`),
          ),
          "",
          "Interested parties",
          ...c.interestedParties.map((p) =>
            listItem(
              "-",
              `${p.name}: ${p.requirements.map((r) => `${r.text}${r.addressed ? "" : " (not addressed)"}`).join("; ")}`,
            ),
          ),
          "",
        ].join("\n"),
    );
  });
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
    const { documentChecklist } = await import("../modules/management/context.service.js");
    await run(
      o,
      ({ db, orgId }) => documentChecklist(db, orgId),
      (rows) =>
        `${rows.map((c) => `${c.present ? "✓" : "✗"} ${c.clause.padEnd(7)}${truncate(c.document, 56).padEnd(57)}${c.documents.join(",")}`).join("\n")}\n${rows.filter((c) => !c.present).length} missing\n`,
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

function registerAuditProgramme(program: Command) {
  const audits = program
    .command("audit-programme")
    .description("the internal audit programme, audits and findings (9.2)");
  json(org(audits.command("add").description("plan an audit; its auditor may not own controls in scope")))
    .requiredOption("--title <text>")
    .option("--scope <refs>", "clauses and controls in scope, e.g. clause:9.2,8.8,A.5.15")
    .option("--scope-text <text>", "the scope in words")
    .option("--criteria <text>")
    .option("--auditor <name>")
    .option("--start <date>")
    .option("--end <date>")
    .option("--impartiality-exception <text>", "why the auditor may audit controls they own")
    .action(async (o) => {
      const { addAudit } = await import("../modules/management/audit-programme.service.js");
      await run(
        o,
        ({ db, orgId, actor }) =>
          addAudit(db, orgId, actor, {
            title: o.title,
            scope: o.scopeText,
            scopeRefs: list(o.scope),
            criteria: o.criteria,
            auditor: o.auditor,
            plannedStart: o.start,
            plannedEnd: o.end,
            impartialityException: o.impartialityException,
          }),
        (a) => `Planned ${a.key}\n`,
      );
    });
  json(org(audits.command("complete").description("mark an audit completed").argument("<key>")))
    .option("--date <date>")
    .action(async (key: string, o) => {
      const { completeAudit } = await import("../modules/management/audit-programme.service.js");
      await run(
        o,
        ({ db, orgId, actor }) => completeAudit(db, orgId, actor, key, o.date),
        () => `Completed ${key}\n`,
      );
    });
  json(
    org(
      audits
        .command("finding")
        .description("record a finding; a nonconformity also opens an NC")
        .argument("<audit>"),
    ),
  )
    .requiredOption("--type <type>", "major_nc | minor_nc | observation | opportunity")
    .requiredOption("--description <text>")
    .option("--ref <id>", "the clause or control concerned")
    .option("--evidence <text>")
    .action(async (audit: string, o) => {
      const { addFinding } = await import("../modules/management/audit-programme.service.js");
      await run(
        o,
        ({ db, orgId, actor }) =>
          addFinding(db, orgId, actor, {
            auditKey: audit,
            findingType: o.type,
            ref: o.ref,
            description: o.description,
            evidence: o.evidence,
          }),
        (f) => `Recorded ${f.key}\n`,
      );
    });
  json(org(audits.command("list").description("the programme with findings"))).action(async (o) => {
    const { listAudits } = await import("../modules/management/audit-programme.service.js");
    await run(
      o,
      ({ db, orgId }) => listAudits(db, orgId),
      (rows) =>
        `${rows.map((a) => `${a.key.padEnd(9)}${truncate(a.title, 40).padEnd(41)}${a.status.padEnd(10)}${a.plannedStart ?? ""} ${a.findings.length} finding(s)`).join("\n")}\n`,
    );
  });
}

function registerReviewAndNc(program: Command) {
  const review = program.command("review").description("management review (9.3)");
  json(org(review.command("prefill").description("the 9.3.2 inputs prefilled from the workspace"))).action(
    async (o) => {
      const { prefillReviewInputs } = await import("../modules/management/review.service.js");
      await run(
        o,
        ({ db, orgId }) => prefillReviewInputs(db, orgId),
        (inputs) =>
          `${Object.entries(inputs)
            .map(([k, v]) => `${k}\n${wrap(v)}`)
            .join("\n\n")}\n`,
      );
    },
  );
  json(org(review.command("record").description("record a held review with its decisions")))
    .requiredOption("--decision <text>", "a decision or action (repeatable)", collect)
    .option("--attendee <name>", "repeatable", collect)
    .option("--date <date>")
    .option("--input <key=text>", "override a prefilled input (repeatable)", collect)
    .action(async (o) => {
      const { recordReview } = await import("../modules/management/review.service.js");
      const inputs = Object.fromEntries(
        ((o.input as string[] | undefined) ?? []).map((pair) => [
          pair.slice(0, pair.indexOf("=")),
          pair.slice(pair.indexOf("=") + 1),
        ]),
      );
      await run(
        o,
        ({ db, orgId, actor }) =>
          recordReview(db, orgId, actor, {
            heldOn: o.date,
            attendees: o.attendee ?? [],
            decisions: o.decision,
            inputs,
          }),
        (r) => `Recorded ${r.key}\n`,
      );
    });
  json(org(review.command("list").description("recorded reviews"))).action(async (o) => {
    const { listReviews } = await import("../modules/management/review.service.js");
    await run(
      o,
      ({ db, orgId }) => listReviews(db, orgId),
      (rows) => `${rows.map((r) => `${r.key}  ${r.heldOn}  ${r.decisions.length} decision(s)`).join("\n")}\n`,
    );
  });

  const nc = program.command("nc").description("nonconformities and corrective actions (10.2)");
  json(org(nc.command("add").description("raise a nonconformity")))
    .requiredOption(
      "--source <source>",
      "internal_audit | external_audit | incident | management_review | other",
    )
    .requiredOption("--description <text>")
    .option("--correction <text>")
    .option("--root-cause <text>")
    .action(async (o) => {
      const { addNonconformity } = await import("../modules/management/nonconformity.service.js");
      await run(
        o,
        ({ db, orgId, actor }) => addNonconformity(db, orgId, actor, o),
        (x) => `Raised ${x.key}\n`,
      );
    });
  json(org(nc.command("analyse").description("record the correction and root cause").argument("<key>")))
    .option("--correction <text>")
    .option("--root-cause <text>")
    .action(async (key: string, o) => {
      const { analyseNonconformity } = await import("../modules/management/nonconformity.service.js");
      await run(
        o,
        ({ db, orgId, actor }) => analyseNonconformity(db, orgId, actor, key, o),
        () => `Updated ${key}\n`,
      );
    });
  json(org(nc.command("action").description("add a corrective action").argument("<key>")))
    .requiredOption("--description <text>")
    .option("--owner <name>")
    .option("--due <date>")
    .action(async (key: string, o) => {
      const { addCorrectiveAction } = await import("../modules/management/nonconformity.service.js");
      await run(
        o,
        ({ db, orgId, actor }) =>
          addCorrectiveAction(db, orgId, actor, key, {
            description: o.description,
            owner: o.owner,
            dueOn: o.due,
          }),
        () => `Action added to ${key}\n`,
      );
    });
  json(
    org(
      nc
        .command("close")
        .description("close after reviewing the effectiveness of the actions")
        .argument("<key>"),
    ),
  )
    .requiredOption("--review <text>", "how effectiveness was checked")
    .option("--not-effective", "the actions did not work: keep it open")
    .action(async (key: string, o) => {
      const { closeNonconformity } = await import("../modules/management/nonconformity.service.js");
      await run(
        o,
        ({ db, orgId, actor }) =>
          closeNonconformity(db, orgId, actor, key, {
            effectivenessReview: o.review,
            effective: o.notEffective !== true,
          }),
        (x) => `${key} is ${x.status}\n`,
      );
    });
  json(org(nc.command("list").description("nonconformities with their actions"))).action(async (o) => {
    const { listNonconformities } = await import("../modules/management/nonconformity.service.js");
    await run(
      o,
      ({ db, orgId }) => listNonconformities(db, orgId),
      (rows) =>
        `${rows.map((x) => `${x.key.padEnd(8)}${x.status.padEnd(13)}${truncate(x.description, 58)}`).join("\n")}\n`,
    );
  });
}

export function registerManagementCommands(program: Command): void {
  registerContext(program);
  registerDocs(program);
  registerObjectives(program);
  registerAuditProgramme(program);
  registerReviewAndNc(program);
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
            lines.push(listItem("-", `stage ${b.stage}, ${b.ref}: ${b.message} → ${b.fix}`));
          return `${lines.join("\n")}\n`;
        },
      );
    });
}
