import type { z } from "zod";
import { invalid } from "../domain/errors.js";

/** Parses input with a zod schema, turning failures into one VALIDATION error with field issues. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ path: i.path.join(".") || "(root)", message: i.message }));
  throw invalid(`invalid ${what}: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`, issues);
}
