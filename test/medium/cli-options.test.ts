/**
 * No option of a command is taken by the program or a parent command: every command of the CLI is
 * walked, and each option that shares a flag with an option of an ancestor (the program's
 * --version, say) is parsed for real, to see that the command receives it and the ancestor does not
 * act on it.
 */
import type { Command, Option } from "commander";
import { describe, expect, it } from "vitest";
import { createProgram } from "../../src/cli/program.js";

interface Found {
  path: string[];
  command: Command;
  ancestors: Command[];
}

function walk(command: Command, path: string[] = [], ancestors: Command[] = []): Found[] {
  return command.commands.flatMap((sub) => {
    const here = [...path, sub.name()];
    return [
      { path: here, command: sub, ancestors: [command, ...ancestors] },
      ...walk(sub, here, [command, ...ancestors]),
    ];
  });
}

const flagsOf = (option: Option) => [option.long, option.short].filter((f): f is string => !!f);

function collisions(found: Found) {
  return found.command.options.flatMap((option) => {
    const taken = found.ancestors.flatMap((a) => a.options.flatMap(flagsOf));
    const shared = flagsOf(option).filter((f) => taken.includes(f));
    return shared.map((flag) => ({ option, flag }));
  });
}

const valueFor = (option: Option) =>
  option.argChoices?.[0] ?? (option.required || option.optional ? "1" : undefined);

/** Parses `isms <path> <flag> [value]` with the command's action replaced; what the command received. */
async function parseWith(path: string[], flag: string, option: Option) {
  const program = createProgram();
  let printed = "";
  const all = [program, ...walk(program).map((f) => f.command)];
  const capture = (s: string) => {
    printed += s;
  };
  for (const c of all) c.exitOverride().configureOutput({ writeOut: capture, writeErr: capture });
  let target: Command = program;
  for (const name of path) target = target.commands.find((c) => c.name() === name) ?? target;
  let received: Record<string, unknown> | undefined;
  target.action((...args: unknown[]) => {
    received = (args.at(-1) as Command).opts();
  });
  const extra = [
    ...target.registeredArguments.filter((a) => a.required).map(() => "x"),
    ...target.options
      .filter((o) => o.mandatory && o !== option)
      .flatMap((o) => [o.long ?? o.short ?? "", valueFor(o) ?? "x"]),
  ];
  const value = valueFor(option);
  await program.parseAsync([...path, flag, ...(value === undefined ? [] : [value]), ...extra], {
    from: "user",
  });
  return { received, printed, key: option.attributeName() };
}

describe("the options of every command of the CLI", () => {
  const commands = walk(createProgram());

  it("walks the whole program, nested commands included", () => {
    expect(commands.length).toBeGreaterThan(40);
    expect(commands.map((c) => c.path.join(" "))).toContain("export soa");
  });

  it("lets each command keep an option whose flag a program or parent option also uses", async () => {
    const shared = commands.flatMap((found) => collisions(found).map((c) => ({ ...c, found })));
    // The walk finds the known case, so it is not silently finding nothing.
    expect(shared.map((s) => `${s.found.path.join(" ")} ${s.flag}`)).toContain("export soa --version");
    const broken: string[] = [];
    for (const { found, flag, option } of shared) {
      const label = `isms ${found.path.join(" ")} ${flag}`;
      try {
        const { received, printed, key } = await parseWith(found.path, flag, option);
        if (received?.[key] === undefined) broken.push(`${label}: the command did not receive it`);
        if (printed.trim()) broken.push(`${label}: printed ${JSON.stringify(printed.trim().slice(0, 60))}`);
      } catch (error) {
        broken.push(`${label}: ${(error as Error).message}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("gives no command two options with one flag", () => {
    const doubled = commands.flatMap((found) => {
      const flags = found.command.options.flatMap(flagsOf);
      return flags.filter((f, i) => flags.indexOf(f) !== i).map((f) => `${found.path.join(" ")} ${f}`);
    });
    expect(doubled).toEqual([]);
  });
});
