/**
 * `isms soa …`: the Statement of Applicability (ISO/IEC 27001 6.1.3 d) on the command line.
 */
import type { Command } from "commander";
import { CliError, EXIT_USAGE } from "./errors.js";
import { truncate } from "./format.js";
import { orgOption as org } from "./options.js";
import { printJson } from "./output.js";
import { registerSoaApproval } from "./soa-approval.command.js";
import { registerSoaImport2013 } from "./soa-import-2013.command.js";
import { withOrgScope } from "./workspace.js";

interface FilterFlags {
  theme?: string;
  attribute?: string;
}

/** --theme and --attribute as a catalog filter, with the same spelling rules as `catalog list`. */
export async function controlFilter(flags: FilterFlags) {
  const catalog = await import("../catalog/index.js");
  const filter: import("../catalog/index.js").ControlFilter = {};
  if (flags.theme) {
    const theme = catalog.parseTheme(flags.theme);
    if (!theme) throw new CliError(`unknown theme "${flags.theme}"`, EXIT_USAGE);
    filter.theme = theme;
  }
  if (flags.attribute) {
    const parsed = catalog.parseAttributeFilter(flags.attribute);
    if (!parsed.ok) throw new CliError(parsed.error, EXIT_USAGE);
    filter.attribute = { name: parsed.name, value: parsed.value };
  }
  return filter;
}

const yesNo = (v: boolean | null) => (v === null ? "?" : v ? "yes" : "no");

export function registerSoaCommands(program: Command): void {
  const soa = program
    .command("soa")
    .description("the Statement of Applicability: decisions, lint, versions, 2013 import, walkthrough");
  const filters = (c: Command) =>
    c
      .option("--theme <theme>", "only controls of this theme")
      .option("--attribute <name=value>", "only controls with this attribute");

  filters(org(soa.command("show").description("all 93 entries with decisions, reasons, risks and evidence")))
    .option("--json", "machine-readable output")
    .action(async (o: FilterFlags & { org?: string; json?: boolean }) => {
      const { getSoa } = await import("../modules/soa/soa.service.js");
      const filter = await controlFilter(o);
      const state = await withOrgScope(o.org, (scope) => getSoa(scope, filter));
      if (o.json) {
        return printJson({
          latestVersion: state.latestVersion,
          changedSinceLatest: state.changedSinceLatest,
          entries: state.entries.map((e) => ({
            controlId: e.controlId,
            title: e.title,
            theme: e.theme,
            applicable: e.applicable,
            reasons: e.reasons,
            justification: e.justification,
            status: e.status,
            owner: e.owner,
            notes: e.notes,
            nextReviewOn: e.nextReviewOn,
            risks: e.risks,
            evidence: e.evidence,
            currentEvidence: e.currentEvidence,
            purpose: e.purpose,
            version: e.version,
          })),
        });
      }
      const header = state.latestVersion
        ? `Approved version v${state.latestVersion}${state.changedSinceLatest ? `; changed since v${state.latestVersion}` : "; no changes since"}`
        : "Not approved yet";
      const rows = state.entries.map(
        (e) =>
          `${e.controlId.padEnd(6)}${truncate(e.title, 34).padEnd(35)}${yesNo(e.applicable).padEnd(5)}${e.status.padEnd(15)}${truncate(e.owner ?? "–", 12).padEnd(13)}${e.evidence}`,
      );
      process.stdout.write(
        `${header}\n${"ID".padEnd(6)}${"CONTROL".padEnd(35)}${"APP".padEnd(5)}${"STATUS".padEnd(15)}${"OWNER".padEnd(13)}EV\n${rows.join("\n")}\n`,
      );
    });

  org(
    soa
      .command("set")
      .description("record the decision on one control")
      .argument("<control>", "e.g. 8.11 or A.8.11"),
  )
    .requiredOption(
      "--if-version <n>",
      "the entry version you read (soa show --json); a stale one is refused",
      Number,
    )
    .option("--applicable <yes|no|undecided>")
    .option("--reasons <list>", "legal, contractual, business (risk follows from risk treatment)")
    .option("--justification <text>", "required to exclude a control")
    .option("--status <status>", "not_started | planned | partial | implemented | not_applicable")
    .option("--owner <name>")
    .option("--notes <text>")
    .option("--next-review <date>", "YYYY-MM-DD")
    .option("--json", "machine-readable output")
    .action(
      async (
        control: string,
        o: Record<string, string | number | boolean | undefined> & { org?: string; ifVersion: number },
      ) => {
        const { updateSoaEntry } = await import("../modules/soa/soa.service.js");
        const text = (k: string) => (o[k] === undefined ? undefined : String(o[k]));
        const applicableText = text("applicable")?.toLowerCase();
        const applicable =
          applicableText === undefined
            ? undefined
            : /^(y|yes|true)$/.test(applicableText)
              ? true
              : /^(n|no|false)$/.test(applicableText)
                ? false
                : /^undecided$/.test(applicableText)
                  ? null
                  : "bad";
        if (applicable === "bad") throw new CliError("--applicable takes yes, no or undecided", EXIT_USAGE);
        const entry = await withOrgScope(o.org, (scope) =>
          updateSoaEntry(scope, control, o.ifVersion, {
            ...(applicable !== undefined && { applicable }),
            ...(text("reasons") !== undefined && {
              reasons: (text("reasons") ?? "").split(/[,\s]+/).filter(Boolean),
            }),
            ...(text("justification") !== undefined && { justification: text("justification") }),
            ...(text("status") !== undefined && { status: text("status") }),
            ...(text("owner") !== undefined && { owner: text("owner") }),
            ...(text("notes") !== undefined && { notes: text("notes") }),
            ...(text("nextReview") !== undefined && { nextReviewOn: text("nextReview") }),
          }),
        );
        if (o.json) return printJson(entry);
        process.stdout.write(
          `A.${entry.controlId}: ${yesNo(entry.applicable)}, ${entry.status} (version ${entry.version})\n`,
        );
      },
    );

  org(soa.command("lint").description("every gap in the SoA that would hurt at audit"))
    .option("--json", "machine-readable output")
    .action(async (o: { org?: string; json?: boolean }) => {
      const { lint } = await import("../modules/soa/soa.service.js");
      const problems = await withOrgScope(o.org, (scope) => lint(scope));
      if (o.json) return printJson({ problems });
      for (const p of problems) process.stdout.write(`${p.code.padEnd(32)}${p.message}\n`);
      process.stdout.write(problems.length ? `${problems.length} problem(s)\n` : "No problems found\n");
    });

  registerSoaApproval(soa);

  org(
    soa
      .command("diff")
      .description("what changed between two versions, or a version and current")
      .argument("<from>")
      .argument("[to]", "a version or current", "current"),
  )
    .option("--json", "machine-readable output")
    .action(async (from: string, to: string, o: { org?: string; json?: boolean }) => {
      const { diffSoa } = await import("../modules/soa/soa.service.js");
      const diffs = await withOrgScope(o.org, (scope) => diffSoa(scope, from, to));
      if (o.json) return printJson({ from, to, controls: diffs });
      for (const d of diffs) {
        process.stdout.write(`A.${d.controlId}\n`);
        for (const c of d.changes)
          process.stdout.write(`  ${c.field}: ${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}\n`);
      }
      process.stdout.write(`${diffs.length} control(s) changed between ${from} and ${to}\n`);
    });

  registerSoaImport2013(soa);

  filters(
    org(
      soa.command("walk").description("decide control by control; answers are saved at once, so it resumes"),
    ),
  )
    .option("--undecided", "only controls without a decision")
    .option("--problems", "only controls with lint problems")
    .option("--from <control>", "start at this control")
    .action(
      async (o: FilterFlags & { org?: string; undecided?: boolean; problems?: boolean; from?: string }) => {
        const { getSoa, lint } = await import("../modules/soa/soa.service.js");
        const { walkSoa } = await import("./soa-walk.js");
        const filter = await controlFilter(o);
        const result = await withOrgScope(o.org, async (scope) => {
          let { entries } = await getSoa(scope, filter);
          if (o.undecided) entries = entries.filter((e) => e.applicable === null);
          if (o.problems) {
            const withProblems = new Set((await lint(scope)).map((p) => p.controlId));
            entries = entries.filter((e) => withProblems.has(e.controlId));
          }
          if (o.from) {
            const start = entries.findIndex((e) => e.controlId === o.from?.replace(/^a\./i, ""));
            if (start === -1)
              throw new CliError(`--from ${o.from} is not among the selected controls`, EXIT_USAGE);
            entries = entries.slice(start);
          }
          return walkSoa({
            entries,
            scope,
            input: process.stdin,
            output: process.stdout,
          });
        });
        process.stdout.write(
          `\n${result.decided} decided, ${result.skipped} skipped${result.quit ? "; stopped early, resume with --undecided or --from" : ""}\n`,
        );
      },
    );

  org(
    soa
      .command("readiness")
      .description("share of applicable controls implemented with current evidence, per theme"),
  )
    .option("--json", "machine-readable output")
    .action(async (o: { org?: string; json?: boolean }) => {
      const { soaReadiness } = await import("../modules/soa/soa.service.js");
      const r = await withOrgScope(o.org, (scope) => soaReadiness(scope));
      if (o.json) return printJson(r);
      const pct = (x: number) => `${Math.round(x * 100)}%`;
      process.stdout.write(
        `Overall ${pct(r.overall)}\n${r.themes.map((t) => `  ${t.theme.padEnd(16)}${pct(t.score)}`).join("\n")}\n`,
      );
    });

  org(soa.command("note").description("add an implementation note to a control").argument("<control>"))
    .requiredOption("--text <text>", "the note")
    .action(async (control: string, o: { org?: string; text: string }) => {
      const { addImplementationNote } = await import("../modules/evidence/evidence.service.js");
      await withOrgScope(o.org, (_scope, { db, orgId, actor }) =>
        addImplementationNote(db, orgId, actor, {
          controlId: control,
          body: o.text,
        }),
      );
      process.stdout.write("Note added\n");
    });

  filters(org(soa.command("notes").description("implementation notes, by theme or attribute")))
    .option("--json", "machine-readable output")
    .action(async (o: FilterFlags & { org?: string; json?: boolean }) => {
      const { listImplementationNotes } = await import("../modules/evidence/evidence.service.js");
      const filter = await controlFilter(o);
      const notes = await withOrgScope(o.org, (_scope, { db, orgId }) =>
        listImplementationNotes(db, orgId, filter),
      );
      if (o.json) return printJson(notes);
      for (const n of notes)
        process.stdout.write(
          `A.${n.controlId}  ${n.createdAt.slice(0, 10)}  ${n.author ?? ""}\n  ${n.body}\n`,
        );
      if (notes.length === 0) process.stdout.write("No implementation notes\n");
    });
}
