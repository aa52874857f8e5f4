/** Clauses 9–10 on the command line: `isms audit-programme`, `isms review` and `isms nc`. */
import type { Command } from "commander";
import { truncate, wrap } from "./format.js";
import { collect, jsonOption as json, splitList as list, orgOption as org } from "./options.js";
import { runForOrg as run } from "./workspace.js";

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
  const inputsOf = (pairs: string[] | undefined) =>
    Object.fromEntries(
      (pairs ?? []).map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)]),
    );
  json(org(review.command("record").description("record a held review with its decisions, or a draft")))
    .option("--decision <text>", "a decision or action (repeatable; at least one unless --draft)", collect)
    .option("--attendee <name>", "repeatable", collect)
    .option("--date <date>")
    .option("--input <key=text>", "override a prefilled input (repeatable)", collect)
    .option("--draft", "prepare the review now and complete it later with `isms review complete`")
    .action(async (o) => {
      const { recordReview } = await import("../modules/management/review.service.js");
      await run(
        o,
        ({ db, orgId, actor }) =>
          recordReview(db, orgId, actor, {
            heldOn: o.date,
            attendees: o.attendee ?? [],
            decisions: o.decision ?? [],
            inputs: inputsOf(o.input),
            status: o.draft ? "draft" : "completed",
          }),
        (r) => `${r.status === "draft" ? "Saved draft" : "Recorded"} ${r.key}\n`,
      );
    });
  json(org(review.command("complete <key>").description("complete a draft review once it is held")))
    .option("--decision <text>", "a decision or action (repeatable)", collect)
    .option("--attendee <name>", "repeatable", collect)
    .option("--date <date>", "the day it was held (today if not given)")
    .option("--input <key=text>", "complete an input (repeatable)", collect)
    .action(async (key: string, o) => {
      const { updateReview } = await import("../modules/management/review.service.js");
      await run(
        o,
        ({ scope }) =>
          updateReview(scope, key, {
            heldOn: o.date,
            attendees: o.attendee,
            decisions: o.decision,
            inputs: o.input ? inputsOf(o.input) : undefined,
            status: "completed",
          }),
        (r) => `Completed ${r.key}\n`,
      );
    });
  json(org(review.command("list").description("recorded reviews"))).action(async (o) => {
    const { listReviews } = await import("../modules/management/review.service.js");
    await run(
      o,
      ({ db, orgId }) => listReviews(db, orgId),
      (rows) =>
        `${rows.map((r) => `${r.key}  ${r.heldOn ?? "not held yet"}  ${r.status}  ${r.decisions.length} decision(s)`).join("\n")}\n`,
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

/** Registers the audit programme, management review and nonconformity command groups. */
export function registerEvaluationCommands(program: Command): void {
  registerAuditProgramme(program);
  registerReviewAndNc(program);
}
