/**
 * Response shape of an asset: the stored record as the inventory keeps it.
 */
import { z } from "zod";
import { describes, ZOrgRow } from "../shape.js";
import { type Asset, ZAssetInput } from "./asset.service.js";

const text = z.string().nullable();
const level = z.number().nullable().describe("1 low to 3 high");

export const ZAssetRow = describes<Asset>()(
  ZOrgRow.extend({
    key: z.string(),
    name: z.string(),
    type: z.string().describe(ZAssetInput.shape.type.options.join(" | ")),
    description: text,
    owner: text,
    location: text,
    classification: text.describe(ZAssetInput.shape.classification.unwrap().unwrap().options.join(" | ")),
    confidentiality: level,
    integrity: level,
    availability: level,
  }),
);
