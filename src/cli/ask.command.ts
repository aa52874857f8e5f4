/**
 * `isms ask`: the ISO/IEC 27002 copilot on the command line, and `isms draft` for reviewable drafts.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Command } from "commander";
import { CliError, EXIT_USAGE } from "./errors.js";
import { printJson } from "./output.js";
import { requireOrg, withWorkspace } from "./workspace.js";

interface AskFlags {
  org?: string;
  json?: boolean;
  batch?: string;
  offline?: boolean;
}

async function runBatch(file: string, offline: boolean) {
  const { ask } = await import("../copilot/copilot.service.js");
  const { loadConfig } = await import("../config.js");
  const llm = offline ? undefined : loadConfig().llm;
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    let q: string;
    try {
      q = String(JSON.parse(line).q ?? "");
    } catch {
      throw new CliError(`${file} line ${lineNumber} is not JSON`);
    }
    const result = await ask(q, llm ? { llm } : {});
    const citations = result.citations.map(({ type, id, title, score }) => ({ type, id, title, score }));
    process.stdout.write(`${JSON.stringify({ q, answer: result.answer, citations })}\n`);
  }
}

export function registerAskCommands(program: Command): void {
  program
    .command("ask")
    .description(
      "ask the ISO/IEC 27002 copilot; with --org it adds your ISMS's position on the cited controls",
    )
    .argument("[question...]", "the question")
    .option("--org <slug>", "answer in the light of this organization's ISMS")
    .option("--batch <file>", 'answer every {"q": …} line of a JSONL file, one JSON line each')
    .option("--offline", "do not use the configured language model")
    .option("--json", "machine-readable output")
    .action(async (words: string[], o: AskFlags) => {
      if (o.batch) return runBatch(o.batch, o.offline === true);
      const question = words.join(" ").trim();
      if (!question)
        throw new CliError(
          'ask a question, e.g. isms ask "what does 8.11 data masking require?"',
          EXIT_USAGE,
        );
      const { ask } = await import("../copilot/copilot.service.js");
      const { loadConfig } = await import("../config.js");
      const llm = o.offline ? undefined : loadConfig().llm;
      const stream =
        llm && !o.json && process.stdout.isTTY
          ? (token: string) => void process.stdout.write(token)
          : undefined;
      const result = o.org
        ? await withWorkspace(async ({ ws }) => {
            const org = await requireOrg(ws, o.org);
            return ask(question, {
              db: ws.db,
              orgId: org.id,
              organization: org.name,
              ...(llm && { llm }),
              ...(stream && { onToken: stream }),
            });
          })
        : await ask(question, { ...(llm && { llm }), ...(stream && { onToken: stream }) });
      if (o.json) return printJson(result);
      if (!stream || result.source !== "llm") process.stdout.write(`${result.answer}\n`);
      else process.stdout.write("\n");
      if (result.notice) process.stderr.write(`Note: ${result.notice}\n`);
      const cited = result.citations
        .map((c) => (c.type === "control" ? `A.${c.id}` : `clause ${c.id}`))
        .join(", ");
      process.stdout.write(`\nSources: ${cited || "none"}\n`);
    });

  program
    .command("draft")
    .description("draft an SoA justification, implementation notes or a policy outline, for you to review")
    .argument("<kind>", "justification | notes | policy")
    .argument("<control>", "an Annex A control, e.g. 8.11")
    .option("--org <slug>", "the organization (needed for justification)")
    .option("--save", "save the justification into the SoA entry (asks for confirmation)")
    .option("--yes", "with --save: confirm without asking")
    .option("--json", "machine-readable output")
    .action(
      async (
        kind: string,
        control: string,
        o: { org?: string; save?: boolean; yes?: boolean; json?: boolean },
      ) => {
        const drafting = await import("../copilot/drafting.js");
        if (kind === "notes" || kind === "policy") {
          const draft =
            kind === "notes"
              ? drafting.draftImplementationNotes(control)
              : drafting.draftPolicyOutline(control);
          if (o.json) return printJson(draft);
          return void process.stdout.write(`${draft.text}\n`);
        }
        if (kind !== "justification")
          throw new CliError("kind is justification, notes or policy", EXIT_USAGE);
        await withWorkspace(async ({ ws, actor }) => {
          const org = await requireOrg(ws, o.org);
          const draft = await drafting.draftJustification(ws.db, org.id, control);
          if (o.json && !o.save) return printJson(draft);
          process.stdout.write(`${draft.text}\n`);
          if (!o.save) return;
          let confirmed = o.yes === true;
          if (!confirmed && process.stdin.isTTY) {
            const rl = createInterface({ input: process.stdin, output: process.stdout });
            const answer = await new Promise<string>((resolve) =>
              rl.question("Save this as the SoA justification? [y/N] ", resolve),
            );
            rl.close();
            confirmed = /^y(es)?$/i.test(answer.trim());
          }
          if (!confirmed) return void process.stdout.write("Not saved.\n");
          const { getSoaEntry, updateSoaEntry } = await import("../modules/soa/soa.service.js");
          const { orgScope } = await import("../modules/scope.js");
          const scope = orgScope(ws.db, org.id, actor);
          const entry = await getSoaEntry(scope, draft.controlId);
          const text = draft.text.replace(`${drafting.DRAFT_MARK}\n\n`, "");
          await updateSoaEntry(scope, draft.controlId, entry.version, { justification: text });
          process.stdout.write(`Saved as the justification of A.${draft.controlId}.\n`);
        });
      },
    );
}
