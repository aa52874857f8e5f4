/**
 * Response shapes of the risk register import: the report of an import (or a dry run), and how a
 * file's columns would be read.
 */
import { z } from "zod";
import { describes } from "../shape.js";
import { RISK_IMPORT_FIELDS, type RiskImportField, type RiskImportReport } from "./risk-import.columns.js";

const ZRowError = z.object({ line: z.number(), column: z.string(), message: z.string() });

export const ZRiskImportReport = describes<RiskImportReport>()(
  z.object({
    imported: z.number(),
    updated: z.number(),
    unchanged: z.number(),
    errors: z.array(ZRowError),
    ignoredColumns: z.array(z.string()).describe("Columns of the file that were not used"),
    dryRun: z.boolean(),
  }),
);

const ZRiskField = z.enum(Object.keys(RISK_IMPORT_FIELDS) as [RiskImportField, ...RiskImportField[]]);

/** The file's headers, the field each would fill, and the number of data rows. */
export const ZRiskColumns = z.object({
  headers: z.array(z.object({ header: z.string(), field: ZRiskField.nullable() })),
  fields: z.array(ZRiskField).describe("Every field a column can fill"),
  rows: z.number(),
});
