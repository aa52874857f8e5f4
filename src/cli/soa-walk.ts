/**
 * `isms soa walk`: goes through the Annex A controls one by one, shows what a person needs to
 * decide (purpose, guidance, typical evidence, linked risks, the current entry) and records the
 * answer at once, so the walk can stop at any point and resume later (with --undecided or --from).
 */
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { getControl } from "../catalog/index.js";
import { exclusionBlockedBy, justificationProblem, MANUAL_REASONS, SOA_STATUSES } from "../domain/soa.js";
import type { OrgScope } from "../modules/scope.js";
import type { SoaEntryView } from "../modules/soa/soa.service.js";
import { listItem, wrap } from "./format.js";

export interface WalkOptions {
  entries: SoaEntryView[];
  scope: OrgScope;
  input: Readable;
  output: Writable;
}

export interface WalkResult {
  decided: number;
  skipped: number;
  quit: boolean;
}

function describe(entry: SoaEntryView): string {
  const decision = entry.applicable === null ? "undecided" : entry.applicable ? "applicable" : "excluded";
  const parts = [
    `decision: ${decision}`,
    `reasons: ${entry.reasons.join(", ") || "none"}`,
    `status: ${entry.status}`,
    `owner: ${entry.owner ?? "none"}`,
  ];
  return wrap(
    `Current entry: ${parts.join("; ")}${entry.justification ? `; justification: ${entry.justification}` : ""}`,
  );
}

function screen(entry: SoaEntryView, index: number, total: number): string {
  const control = getControl(entry.controlId);
  const lines = [
    "",
    `[${index + 1}/${total}] A.${entry.controlId}  ${entry.title}`,
    `${entry.theme}${control?.isNew ? " · new in 2022" : ""}`,
    "",
    "Purpose",
    wrap(entry.purpose),
  ];
  if (control) {
    lines.push(
      "",
      "How it is usually implemented",
      ...control.guidance.implementation.slice(0, 3).map((s) => listItem("-", s)),
    );
    lines.push(
      "",
      "Evidence auditors ask for",
      ...control.guidance.evidence.slice(0, 3).map((s) => listItem("-", s)),
    );
  }
  lines.push(
    "",
    `Risks planning it: ${entry.risks.join(", ") || "none"}`,
    `Evidence linked: ${entry.evidence}`,
    describe(entry),
    "",
  );
  return lines.join("\n");
}

/** Runs the walk over `entries`; every answer is saved before the next control is shown. */
export async function walkSoa(options: WalkOptions): Promise<WalkResult> {
  const { updateSoaEntry } = await import("../modules/soa/soa.service.js");
  const rl = createInterface({ input: options.input, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (prompt: string): Promise<string | undefined> => {
    options.output.write(prompt);
    const next = await lines.next();
    return next.done ? undefined : next.value.trim();
  };
  const result: WalkResult = { decided: 0, skipped: 0, quit: false };
  try {
    for (const [index, entry] of options.entries.entries()) {
      options.output.write(screen(entry, index, options.entries.length));
      let answer: string | undefined;
      do {
        answer = (await ask("Applicable? [y]es, [n]o, [s]kip, [q]uit: "))?.toLowerCase();
        if (answer === undefined || answer === "q") {
          result.quit = true;
          return result;
        }
      } while (!["y", "n", "s", "yes", "no", "skip"].includes(answer));
      if (answer.startsWith("s")) {
        result.skipped++;
        continue;
      }
      const keep = (text: string | undefined, current: string | null) => (text ? text : current);
      if (answer.startsWith("n")) {
        // The same rules the service applies (decideSoaEntry), asked before saving so a person can
        // answer again instead of losing the walk to an error.
        const planners = exclusionBlockedBy(entry);
        if (planners.length) {
          options.output.write(
            `A.${entry.controlId} cannot be excluded: the treatment of ${planners.join(", ")} plans it. Skipped.\n`,
          );
          result.skipped++;
          continue;
        }
        let justification: string | undefined;
        for (;;) {
          justification = await ask("Why does it not apply? (required): ");
          if (justification === undefined) return { ...result, quit: true };
          const problem = justificationProblem(justification);
          if (!problem) break;
          options.output.write(`  ${problem}\n`);
        }
        await updateSoaEntry(options.scope, entry.controlId, entry.version, {
          applicable: false,
          justification,
        });
      } else {
        let reasons: string | undefined;
        do {
          reasons = await ask(
            `Reasons besides risk (${MANUAL_REASONS.join(", ")}) [${entry.reasons.filter((r) => r !== "risk").join(", ")}]: `,
          );
        } while (
          reasons &&
          !reasons
            .split(/[,\s]+/)
            .filter(Boolean)
            .every((r) => (MANUAL_REASONS as readonly string[]).includes(r))
        );
        const valid: readonly string[] = SOA_STATUSES.filter((s) => s !== "not_applicable");
        let status: string | undefined;
        do {
          status = await ask(
            `Status (${valid.join(", ")}) [${entry.status === "not_applicable" ? "not_started" : entry.status}]: `,
          );
        } while (status && !valid.includes(status));
        const owner = await ask(`Owner [${entry.owner ?? ""}]: `);
        const notes = await ask("Implementation notes (Enter keeps the current ones): ");
        if (notes === undefined) return { ...result, quit: true };
        await updateSoaEntry(options.scope, entry.controlId, entry.version, {
          applicable: true,
          ...(reasons && { reasons: reasons.split(/[,\s]+/).filter(Boolean) }),
          ...(status && { status }),
          owner: keep(owner, entry.owner),
          notes: keep(notes, entry.notes),
        });
      }
      result.decided++;
      options.output.write(`Saved A.${entry.controlId}.\n`);
    }
    return result;
  } finally {
    rl.close();
  }
}
