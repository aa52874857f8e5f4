/** The coverage states and the standing of a mapped ISO reference in people's words. */
import { label } from "../../../../src/domain/labels";
import type { CoverageState, IsoStanding } from "./queries";

export const STATES: { value: CoverageState; label: string; colour: string; hint: string }[] = [
  {
    value: "covered",
    label: "Covered",
    colour: "teal",
    hint: "every mapped clause met, every applicable control implemented with current evidence",
  },
  { value: "partial", label: "Partly covered", colour: "yellow", hint: "some of what is mapped is in place" },
  { value: "not_covered", label: "Not covered", colour: "red", hint: "what is mapped is not in place yet" },
  {
    value: "not_applicable",
    label: "Not applicable",
    colour: "gray",
    hint: "every mapped control is excluded in the SoA",
  },
  { value: "unmapped", label: "Unmapped", colour: "violet", hint: "needs its own treatment" },
];

const UNMAPPED = { value: "unmapped" as const, label: "Unmapped", colour: "violet", hint: "" };

export const stateOf = (state: CoverageState) => STATES.find((s) => s.value === state) ?? UNMAPPED;

export const isState = (value: string | null): value is CoverageState =>
  STATES.some((s) => s.value === value);

/** Whether a requirement asks for more than ISO gives (its owner and note are worth recording). */
export const needsNote = (state: CoverageState) =>
  state === "unmapped" || state === "partial" || state === "not_covered";

/** "5.15" or "Clause 6.1.2". */
export const refName = (iso: IsoStanding) =>
  iso.kind === "clause" ? `Clause ${iso.ref.replace(/^clause:/, "")}` : iso.ref;

/** The page of a mapped reference: the control's or the clause's. */
export const refPath = (slug: string, iso: IsoStanding) =>
  iso.kind === "clause"
    ? `/o/${slug}/clauses/${iso.ref.replace(/^clause:/, "")}`
    : `/o/${slug}/controls/${iso.ref}`;

const EVIDENCE: Record<string, string> = {
  current: "evidence current",
  due_soon: "evidence due for review soon",
  stale: "evidence stale",
  none: "no evidence linked",
};

/** How a reference stands: its words and a colour (met, partly, not, not applicable). */
export function standing(iso: IsoStanding): { words: string; colour: string } {
  if (iso.kind === "clause") {
    const colour = iso.status === "met" ? "teal" : iso.status === "partial" ? "yellow" : "red";
    return { words: `Clause readiness: ${label("readiness", iso.status)}`, colour };
  }
  if (iso.applicable === false) return { words: "Not applicable in the SoA", colour: "gray" };
  if (iso.applicable === null) return { words: "No applicability decision in the SoA", colour: "red" };
  const evidence = iso.evidence ? `, ${EVIDENCE[iso.evidence] ?? iso.evidence}` : "";
  const current = iso.evidence === "current" || iso.evidence === "due_soon";
  const colour =
    iso.status === "implemented"
      ? current
        ? "teal"
        : "yellow"
      : iso.status === "partial"
        ? "yellow"
        : iso.status === "planned"
          ? "blue"
          : "red";
  return { words: `${label("soaStatus", iso.status)}${evidence}`, colour };
}
