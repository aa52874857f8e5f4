/** Response shape of an asset inventory import (or a dry run). */
import { z } from "zod";
import { ZRowError, ZUnknownValues } from "../risks/risk-import.schema.js";
import { describes } from "../shape.js";
import type { AssetImportReport } from "./asset-import.service.js";

export const ZAssetImportReport = describes<AssetImportReport>()(
  z.object({
    imported: z.number(),
    updated: z.number(),
    unchanged: z.number(),
    errors: z.array(ZRowError),
    ignoredColumns: z.array(z.string()).describe("Columns of the file that were not used"),
    dryRun: z.boolean(),
    headerRow: z.number().describe("Row number of the header in the file"),
    skippedRows: z
      .array(z.object({ line: z.number(), reason: z.string() }))
      .describe("Rows that are not assets: notes below the table, rows without a name"),
    unknownValues: ZUnknownValues,
  }),
);
