/** Receiving an uploaded register (CSV or XLSX) and answering rows that cannot be imported. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyReply } from "fastify";
import { z } from "zod";
import { DomainError, invalid } from "../../domain/errors.js";

export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const ZImportQuery = z.object({
  dryRun: z.enum(["true", "false"]).default("false"),
  /** "Column=field" pairs separated by ";", as --map on the command line. */
  map: z.string().max(2000).optional(),
});

/**
 * The temporary folder is the server's business: an error about the uploaded file names it as
 * "the uploaded file", whatever reader or service wrote the message.
 */
function withoutServerPath(error: unknown, dir: string): unknown {
  if (!(error instanceof DomainError)) return error;
  const paths = [join(dir, "upload.xlsx"), join(dir, "upload.csv"), dir];
  const scrub = (text: string) => paths.reduce((t, path) => t.split(path).join("the uploaded file"), text);
  return new DomainError(
    error.code,
    scrub(error.message),
    error.issues.map((issue) => ({ path: issue.path, message: scrub(issue.message) })),
  );
}

/** Runs `work` on the request body saved as a temporary .csv or .xlsx file, removed afterwards. */
export async function withUploadedFile<T>(
  contentType: string | undefined,
  body: unknown,
  work: (file: string) => Promise<T>,
): Promise<T> {
  const isXlsx = contentType?.startsWith(XLSX);
  if (!(typeof body === "string" || Buffer.isBuffer(body)))
    throw invalid(`send the register as text/csv or ${XLSX}`);
  const dir = await mkdtemp(join(tmpdir(), "isms-import-"));
  try {
    const file = join(dir, isXlsx ? "upload.xlsx" : "upload.csv");
    await writeFile(file, body);
    return await work(file);
  } catch (error) {
    throw withoutServerPath(error, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const parseMap = (text?: string) =>
  Object.fromEntries(
    (text ?? "")
      .split(";")
      .filter((pair) => pair.includes("="))
      .map((pair) => [
        pair.slice(0, pair.lastIndexOf("=")).trim(),
        pair.slice(pair.lastIndexOf("=") + 1).trim(),
      ]),
  );

/** Bad rows: a problem+json that still carries the whole report, each error with a path too. */
export function rowsRejected(
  reply: FastifyReply,
  report: { errors: { line: number; column: string; message: string }[] },
) {
  const rows = new Set(report.errors.map((e) => e.line)).size;
  return reply
    .status(422)
    .type("application/problem+json")
    .send({
      title: "Rows rejected",
      status: 422,
      code: "IMPORT_ROWS",
      detail: `${rows} row${rows === 1 ? "" : "s"} of the file ${rows === 1 ? "has" : "have"} problems; nothing was imported`,
      ...report,
      errors: report.errors.map((e) => ({ ...e, path: `line ${e.line}.${e.column}` })),
    });
}
