/**
 * `isms policy …`: policies and procedures through their lifecycle — start one from a template,
 * send it for review, approve it as a named person who confirms with their password, publish it to
 * the people it applies to, and follow who has acknowledged it.
 */
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { CliError } from "./errors.js";
import { orgOption as org } from "./options.js";
import { printJson } from "./output.js";
import { type Flags, latest, out, versionOf, words } from "./policy.shared.js";
import { registerPolicySteps } from "./policy-steps.command.js";
import { withOrgScope } from "./workspace.js";

export function registerPolicyCommands(program: Command): void {
  const policy = program
    .command("policy")
    .description("policies and procedures: write, review, approve, publish, acknowledge (5.2, 7.5, A.5.1)");

  policy
    .command("templates")
    .description("the policy templates to start from")
    .option("--json", "machine-readable output")
    .action(async (o: { json?: boolean }) => {
      const { policyTemplates } = await import("../modules/policies/policy.schema.js");
      const templates = policyTemplates();
      if (o.json) return printJson(templates);
      for (const t of templates) out(`${t.key}\t${t.title}\tcontrols ${t.controls.join(", ")}`);
    });

  org(
    policy
      .command("list")
      .description("policies with their state, approval, next review and acknowledgements"),
  )
    .option("--json", "machine-readable output")
    .action(async (o: Flags) => {
      const { listPolicies } = await import("../modules/policies/policy.service.js");
      const list = await withOrgScope(o.org, (scope) => listPolicies(scope));
      if (o.json)
        return printJson(
          list.map((p) => ({
            key: p.key,
            title: p.title,
            state: p.state,
            version: p.version,
            approvedBy: p.approvedBy,
            effectiveFrom: p.effectiveFrom,
            nextReviewOn: p.nextReviewOn,
            acknowledged: p.acknowledged,
            pending: p.pending,
          })),
        );
      for (const p of list)
        out(
          `${p.key}\t${p.title}\tv${p.version} ${words[p.state] ?? p.state}${p.needsReview ? " (needs review)" : ""}` +
            `${p.approvedBy ? `\tapproved by ${p.approvedBy}` : ""}\t${p.acknowledged} acknowledged, ${p.pending} pending`,
        );
      if (!list.length)
        out("No policies yet: start one with isms policy new --template information-security-policy");
    });

  org(policy.command("show").description("a policy: its versions, approval and content").argument("<key>"))
    .option("--version <n>", "the version to print (default the latest)")
    .option("--json", "machine-readable output")
    .action(async (key: string, o: Flags & { version?: string }) => {
      const { getPolicy } = await import("../modules/policies/policy.service.js");
      const p = await withOrgScope(o.org, (scope) => getPolicy(scope, key));
      if (o.json) return printJson(p);
      const shown = o.version
        ? p.versions.find((v) => v.number === versionOf(o.version as string))
        : p.versions.at(-1);
      if (!shown) throw new CliError(`${key} has no version ${o.version}`);
      out(
        `${p.key} ${p.title} (next review ${p.nextReviewOn ?? "not planned"}${p.needsReview ? ", due now" : ""})`,
      );
      for (const v of p.versions)
        out(
          `  v${v.number} ${words[v.state] ?? v.state}${v.approvedBy ? `, approved by ${v.approvedBy} (${v.approverRole}) ${v.approvedAt?.slice(0, 10)}` : ""}` +
            `${v.effectiveFrom ? `, effective ${v.effectiveFrom}` : ""}${v.contentSha256 ? `, sha256 ${v.contentSha256}` : ""}`,
        );
      out("");
      out(shown.content);
    });

  org(policy.command("new").description("start a policy from a template, or blank, as a draft"))
    .option("--template <key>", "a template key (isms policy templates)")
    .option("--title <title>", "the title (default the template's)")
    .option("--owner <name>", "who owns the policy")
    .option("--type <type>", "policy or procedure", "policy")
    .option("--file <markdown>", "the content, from a Markdown file")
    .option("--json", "machine-readable output")
    .action(
      async (
        o: Flags & { template?: string; title?: string; owner?: string; type?: string; file?: string },
      ) => {
        const { createPolicy } = await import("../modules/policies/policy.service.js");
        const content = o.file ? await readFile(o.file, "utf8") : undefined;
        const p = await withOrgScope(o.org, (scope) =>
          createPolicy(scope, {
            template: o.template,
            title: o.title,
            owner: o.owner,
            docType: o.type,
            ...(content !== undefined && { content }),
          }),
        );
        if (o.json) return printJson(p);
        out(`${p.key} ${p.title}: version 1 is a draft. Edit it, then: isms policy submit ${p.key}`);
      },
    );

  org(policy.command("edit").description("replace a draft's content with a Markdown file").argument("<key>"))
    .requiredOption("--file <markdown>", "the new content")
    .option("--version <n>", "the draft's version (default the latest)")
    .option("--summary <text>", "what changed in this version")
    .option("--significant", "everyone must acknowledge this version again")
    .action(
      async (
        key: string,
        o: Flags & { file: string; version?: string; summary?: string; significant?: boolean },
      ) => {
        const { editDraft } = await import("../modules/policies/policy.service.js");
        const content = await readFile(o.file, "utf8");
        await withOrgScope(o.org, async (scope) =>
          editDraft(scope, key, await latest(scope, key, o.version), {
            content,
            ...(o.summary && { changeSummary: o.summary }),
            ...(o.significant && { significant: true }),
          }),
        );
        out(`${key}: draft saved.`);
      },
    );

  org(policy.command("version").description("start the next version as a draft").argument("<key>"))
    .option("--summary <text>", "what will change")
    .option("--significant", "everyone must acknowledge it again once published")
    .action(async (key: string, o: Flags & { summary?: string; significant?: boolean }) => {
      const { newVersion } = await import("../modules/policies/policy.service.js");
      const v = await withOrgScope(o.org, (scope) =>
        newVersion(scope, key, { changeSummary: o.summary, significant: o.significant === true }),
      );
      out(`${key}: version ${v.number} is a draft.`);
    });

  registerPolicySteps(policy);
}
