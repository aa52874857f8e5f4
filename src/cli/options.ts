/** Option helpers shared by command groups. */
import type { Command } from "commander";

/** Accumulates a repeatable option into a list. */
export const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Splits a comma- or semicolon-separated option value into trimmed, non-empty items. */
export const splitList = (text: string | undefined) =>
  text
    ? text
        .split(/[,;]/)
        .map((t) => t.trim())
        .filter(Boolean)
    : [];

/** Adds --org, the organization a command acts on. */
export const orgOption = (c: Command) => c.option("--org <slug>", "the organization");

/** Adds --json, for machine-readable output. */
export const jsonOption = (c: Command) => c.option("--json", "machine-readable output");
