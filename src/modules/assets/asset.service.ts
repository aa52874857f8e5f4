/**
 * The asset inventory used by risk assessment (ISO/IEC 27001 6.1.2; Annex A 5.9): what the
 * organization protects, who owns it, where it is, and how much its confidentiality, integrity and
 * availability matter (1 low to 3 high).
 */
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/schema.js";
import { type Actor, OrgReader, type OrgRowOf, writeOrg } from "../../db/store.js";
import { conflict, notFound } from "../../domain/errors.js";
import { parseInput } from "../validation.js";

const level = z.number().int().min(1).max(3).nullish();
export const ZAssetInput = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/)
    .optional(),
  name: z.string().trim().min(1).max(300),
  type: z.enum(["information", "software", "hardware", "service", "people", "site"]),
  description: z.string().max(5000).nullish(),
  owner: z.string().max(200).nullish(),
  location: z.string().max(300).nullish(),
  classification: z.enum(["public", "internal", "confidential", "restricted"]).nullish(),
  confidentiality: level,
  integrity: level,
  availability: level,
});
export const ZAssetPatch = ZAssetInput.omit({ key: true }).partial();
export type Asset = OrgRowOf<"assets">;

export async function createAsset(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  input: unknown,
): Promise<Asset> {
  const parsed = parseInput(ZAssetInput, input, "asset");
  return writeOrg(db, orgId, actor, async (w) => {
    const key = parsed.key ?? (await w.nextKey("assets", "A"));
    if ((await w.list("assets", { key })).length) throw conflict(`asset ${key} already exists`);
    const { key: _key, ...rest } = parsed;
    return w.insert("assets", {
      ...rest,
      key,
      description: rest.description ?? null,
      owner: rest.owner ?? null,
      location: rest.location ?? null,
      classification: rest.classification ?? null,
      confidentiality: rest.confidentiality ?? null,
      integrity: rest.integrity ?? null,
      availability: rest.availability ?? null,
    });
  });
}

async function byKey(reader: OrgReader, key: string): Promise<Asset> {
  const [asset] = await reader.list("assets", { key });
  if (!asset) throw notFound(`asset ${key}`);
  return asset;
}

export const getAsset = (db: Kysely<Database>, orgId: string, key: string) =>
  byKey(new OrgReader(db, orgId), key);
export const listAssets = (db: Kysely<Database>, orgId: string) =>
  new OrgReader(db, orgId).list("assets", {}, "key");

export async function updateAsset(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  key: string,
  expectedVersion: number,
  patch: unknown,
) {
  const parsed = parseInput(ZAssetPatch, patch, "asset update");
  return writeOrg(db, orgId, actor, async (w) =>
    w.update("assets", (await byKey(w, key)).id, expectedVersion, parsed),
  );
}

/** Deletes an asset; its links to risks go with it (recorded in the audit trail). */
export async function deleteAsset(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  key: string,
  expectedVersion: number,
) {
  await writeOrg(db, orgId, actor, async (w) =>
    w.remove("assets", (await byKey(w, key)).id, expectedVersion),
  );
}
