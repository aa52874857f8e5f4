/**
 * Response shape of carrying an ISO/IEC 27001:2013 SoA onto the 2022 controls.
 */
import { z } from "zod";
import { ZUnknownValues } from "../risks/risk-import.schema.js";
import { describes } from "../shape.js";
import type { Soa2013Report } from "./soa-import-2013.service.js";

export const ZSoa2013Report = describes<Soa2013Report>()(
  z.object({
    carried: z.number().describe("2022 controls that received a decision"),
    conflicts: z.array(
      z.object({
        controlId: z.string(),
        from: z.array(z.string()).describe("The 2013 controls whose decisions disagree"),
        detail: z.string(),
      }),
    ),
    undecided: z.array(z.string()),
    keptExisting: z
      .array(z.string())
      .describe("2022 controls left as they were because they already had a 2022 decision"),
    errors: z.array(z.object({ line: z.number(), column: z.string(), message: z.string() })),
    headerRow: z.number().describe("Row number of the header in the file, found or chosen"),
    skippedRows: z
      .array(z.object({ line: z.number(), reason: z.string() }))
      .describe("Rows that are not decisions: notes below the table"),
    unknownValues: ZUnknownValues,
  }),
);
