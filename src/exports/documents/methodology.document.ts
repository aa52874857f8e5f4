/**
 * The clause 6.1.2 methodology as a document: the numbered parts of the method (scales, levels, the
 * coloured matrix, acceptance, treatment options, review, approval) as sections that flow on from
 * one another, with the method's own version and adoption on the cover.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { OrgReader } from "../../db/store.js";
import { methodologyParts } from "../../domain/methodology-document.js";
import { getMethodology, methodologyAdoption } from "../../modules/risks/methodology.service.js";
import { type Approval, hexColour, type Section } from "../document.js";
import type { DocumentContext } from "./context.js";

const hexFills = (fills: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(fills).flatMap(([key, colour]) => {
      const hex = hexColour(colour);
      return hex ? [[key, hex]] : [];
    }),
  );

export async function methodologySections(
  db: Kysely<Database>,
  ctx: DocumentContext,
): Promise<{ sections: Section[]; version: string; fileTag: string; approval?: Approval; draft?: string }> {
  const { method } = await getMethodology(new OrgReader(db, ctx.orgId));
  const adoption = await methodologyAdoption(db, ctx.orgId);
  const sections = methodologyParts(method, ctx.organization, adoption).map(
    ({ table, ...part }, i): Section => ({
      ...part,
      ...(i > 0 && { flow: true }),
      ...(table && {
        table: {
          ...table,
          // Only hex colours reach the renderers; a cell in another notation is left unfilled.
          ...(table.fills && { fills: table.fills.map(hexFills) }),
        },
      }),
    }),
  );
  if (adoption.version === null)
    return {
      sections,
      version: "Built-in default (not adopted)",
      fileTag: "draft",
      draft: "Draft — not adopted by the organization",
    };
  const version = `Method version ${adoption.version}`;
  return {
    sections,
    version,
    fileTag: `v${adoption.version}`,
    approval: {
      version,
      approvedBy: adoption.adoptedBy ?? "not recorded",
      role: null,
      date: adoption.adoptedAt?.slice(0, 10) ?? "not recorded",
      verb: "Adopted",
    },
  };
}
