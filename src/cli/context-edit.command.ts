/**
 * Maintaining the context on the command line: `isms context edit-issue|delete-issue|edit-party|
 * delete-party|address|climate`. Ids are those `isms context show --json` prints.
 */
import type { Command } from "commander";
import { CliError, EXIT_USAGE } from "./errors.js";
import { jsonOption as json, orgOption as org } from "./options.js";
import { runForOrg as run } from "./workspace.js";

const yesNo = (value: string) => {
  if (/^(yes|y|true|relevant)$/i.test(value)) return true;
  if (/^(no|n|false|not-relevant)$/i.test(value)) return false;
  throw new CliError("--relevant takes yes or no", EXIT_USAGE);
};

export function registerContextEdits(context: Command) {
  json(org(context.command("edit-issue <id>").description("change an issue (4.1)")))
    .requiredOption("--if-version <n>", "the version you read", Number)
    .option("--kind <kind>", "internal | external")
    .option("--title <text>")
    .option("--description <text>")
    .option("--category <text>")
    .option("--climate", "the issue concerns climate change")
    .option("--no-climate", "the issue does not concern climate change")
    .action(async (id: string, o) => {
      const { updateContextIssue } = await import("../modules/management/context-edit.service.js");
      await run(
        o,
        ({ scope }) =>
          updateContextIssue(scope, {
            id,
            expectedVersion: o.ifVersion,
            kind: o.kind,
            title: o.title,
            description: o.description,
            category: o.category,
            climateRelated: o.climate,
          }),
        (row) => `Issue saved (version ${row.version})\n`,
      );
    });
  json(org(context.command("delete-issue <id>").description("delete an issue"))).action(
    async (id: string, o) => {
      const { deleteContextIssue } = await import("../modules/management/context-edit.service.js");
      await run(
        o,
        ({ scope }) => deleteContextIssue(scope, { id }),
        () => "Issue deleted\n",
      );
    },
  );
  json(org(context.command("delete-party <id>").description("delete an interested party"))).action(
    async (id: string, o) => {
      const { deleteInterestedParty } = await import("../modules/management/context-edit.service.js");
      await run(
        o,
        ({ scope }) => deleteInterestedParty(scope, { id }),
        () => "Interested party deleted\n",
      );
    },
  );
  json(
    org(
      context
        .command("address <partyId> <number>")
        .description("mark a party's requirement (1, 2, …) addressed, and by what (4.2)"),
    ),
  )
    .option("--by <text>", "what addresses it: a control, a policy, a contract clause…")
    .option("--open", "mark it not addressed again")
    .action(async (partyId: string, number: string, o) => {
      const { setRequirementAddressed } = await import("../modules/management/context-edit.service.js");
      await run(
        o,
        ({ scope }) =>
          setRequirementAddressed(scope, {
            id: partyId,
            index: Number(number) - 1,
            addressed: !o.open,
            addressedBy: o.by,
          }),
        () => (o.open ? "Requirement open\n" : "Requirement addressed\n"),
      );
    });
  json(
    org(
      context
        .command("climate")
        .description("record whether climate change is a relevant issue, and why (4.1, Amd 1:2024)"),
    ),
  )
    .requiredOption("--relevant <yes|no>")
    .option("--reason <text>", "why (required when not relevant)")
    .action(async (o) => {
      const { recordClimateDetermination } = await import("../modules/management/context-edit.service.js");
      const relevant = yesNo(o.relevant);
      await run(
        o,
        ({ scope }) => recordClimateDetermination(scope, { relevant, reason: o.reason }),
        () => `Climate change recorded as ${relevant ? "relevant" : "not relevant"}\n`,
      );
    });
}
