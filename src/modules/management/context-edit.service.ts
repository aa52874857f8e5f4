/**
 * Maintaining the context (4.1, 4.2): issues and interested parties are edited and deleted
 * through the organization's writer, so the trail records each change; a requirement is marked
 * addressed and by what; the climate-change determination of Amd 1:2024 is recorded once for the
 * organization (relevant or not, and why).
 */
import { requireText } from "../../db/store.js";
import { invalid } from "../../domain/errors.js";
import type { OrgScope } from "../scope.js";

export interface Requirement {
  text: string;
  addressed: boolean;
  /** What addresses it: a control, a policy, a contract clause… */
  addressedBy?: string | null;
}

export interface IssueChange {
  id: string;
  /** The version read; a row changed meanwhile is refused (STALE_VERSION). */
  expectedVersion: number;
  kind?: "internal" | "external";
  title?: string;
  description?: string | null;
  category?: string | null;
  climateRelated?: boolean;
}

export async function updateContextIssue(scope: OrgScope, input: IssueChange) {
  if (input.kind !== undefined && input.kind !== "internal" && input.kind !== "external")
    throw invalid("kind must be internal or external", [{ path: "kind", message: "internal | external" }]);
  return scope.write((w) =>
    w.update("contextIssues", input.id, input.expectedVersion, {
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      ...(input.title !== undefined ? { title: requireText(input.title, "title") } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.category !== undefined ? { category: input.category } : {}),
      ...(input.climateRelated !== undefined ? { climateRelated: input.climateRelated ? 1 : 0 } : {}),
    }),
  );
}

export async function deleteContextIssue(scope: OrgScope, input: { id: string; expectedVersion?: number }) {
  await scope.write((w) => w.remove("contextIssues", input.id, input.expectedVersion));
}

function cleanRequirements(requirements: Requirement[]): Requirement[] {
  return requirements.map((r, i) => ({
    text: requireText(r.text, `requirements.${i}.text`),
    addressed: r.addressed,
    addressedBy: r.addressed ? r.addressedBy?.trim() || null : null,
  }));
}

export interface PartyChange {
  id: string;
  expectedVersion: number;
  name?: string;
  description?: string | null;
  requirements?: Requirement[];
}

export async function updateInterestedParty(scope: OrgScope, input: PartyChange) {
  return scope.write((w) =>
    w.update("interestedParties", input.id, input.expectedVersion, {
      ...(input.name !== undefined ? { name: requireText(input.name, "name") } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.requirements !== undefined
        ? { requirements: JSON.stringify(cleanRequirements(input.requirements)) }
        : {}),
    }),
  );
}

export async function deleteInterestedParty(
  scope: OrgScope,
  input: { id: string; expectedVersion?: number },
) {
  await scope.write((w) => w.remove("interestedParties", input.id, input.expectedVersion));
}

/** Marks one requirement of a party addressed (and by what) or open again. */
export async function setRequirementAddressed(
  scope: OrgScope,
  input: { id: string; index: number; addressed: boolean; addressedBy?: string | null },
) {
  return scope.write(async (w) => {
    const party = await w.getOrThrow("interestedParties", input.id);
    const requirements = JSON.parse(party.requirements) as Requirement[];
    if (!Number.isInteger(input.index) || !requirements[input.index])
      throw invalid(`${party.name} has no requirement ${input.index + 1}`, [
        { path: "index", message: "no such requirement" },
      ]);
    requirements[input.index] = {
      ...requirements[input.index],
      addressed: input.addressed,
      addressedBy: input.addressed ? input.addressedBy?.trim() || null : null,
    } as Requirement;
    return w.update("interestedParties", party.id, party.version, {
      requirements: JSON.stringify(requirements),
    });
  });
}

/**
 * Records whether climate change is a relevant issue for the organization (4.1 as amended in
 * 2024), with the reason. Kept with the scope record; a scope not yet written starts empty.
 */
export async function recordClimateDetermination(
  scope: OrgScope,
  input: { relevant: boolean; reason?: string | null },
) {
  const reason = input.reason?.trim() || null;
  if (!input.relevant && !reason)
    throw invalid("say why climate change is not a relevant issue", [
      { path: "reason", message: "required" },
    ]);
  return scope.write(async (w) => {
    const [current] = await w.list("scopes");
    const values = { climateRelevant: input.relevant ? (1 as const) : (0 as const), climateReason: reason };
    return current
      ? w.update("scopes", current.id, current.version, values)
      : w.insert("scopes", {
          statement: "",
          boundaries: null,
          interfaces: null,
          dependencies: null,
          exclusions: null,
          ...values,
        });
  });
}
