/**
 * Response shapes of the risk register import: the report of an import (or a dry run), and how a
 * file's columns would be read.
 */
import { z } from "zod";
import { describes } from "../shape.js";
import { RISK_IMPORT_FIELDS, type RiskImportField, type RiskImportReport } from "./risk-import.columns.js";

export const ZRowError = z.object({ line: z.number(), column: z.string(), message: z.string() });

/** Values of enumerated columns an import could not place. */
export const ZUnknownValues = z
  .array(
    z.object({
      column: z.string(),
      field: z.string(),
      value: z.string(),
      lines: z.array(z.number()),
      allowed: z.array(z.string()),
      suggestion: z.string().nullable(),
    }),
  )
  .describe("Values of enumerated columns the import could not place; choose one of `allowed` for each");

export const ZRiskImportReport = describes<RiskImportReport>()(
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
      .describe("Rows that are not risks: notes below the table, empty rows"),
    unknownValues: ZUnknownValues,
    createdAssets: z
      .array(z.object({ key: z.string(), name: z.string() }))
      .describe("Assets named in the file and added to the inventory"),
    notes: z.array(z.string()).describe("What the import assumed, such as the order of day and month"),
  }),
);

const ZRiskField = z.enum(Object.keys(RISK_IMPORT_FIELDS) as [RiskImportField, ...RiskImportField[]]);

/** The file's headers, the field each would fill, and the number of data rows. */
export const ZRiskColumns = z.object({
  headers: z.array(z.object({ header: z.string(), field: ZRiskField.nullable() })),
  fields: z.array(ZRiskField).describe("Every field a column can fill"),
  rows: z.number().describe("Rows that are risks, below the header"),
  headerRow: z.number().describe("Row number of the header in the file, found or chosen"),
  skippedRows: z.number().describe("Rows below the header that are not risks"),
});
