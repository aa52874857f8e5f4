/**
 * Response shapes: zod schemas of what the services return, for the API's OpenAPI document and
 * its serializer (which keeps only the fields a schema lists).
 */
import { z } from "zod";

/** The value with readonly removed at every depth, as JSON carries it. */
type Plain<T> = T extends readonly (infer U)[]
  ? Plain<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Plain<T[K]> }
    : T;
type Fits<A, B> = [A] extends [B] ? true : false;

/**
 * Checks at compile time that `schema` describes results of type `T`, both ways: a result fits the
 * schema (else the response would fail to serialize), and what the schema yields fits the result
 * (else the schema leaves out or mistypes a field, which the serializer would silently drop).
 *
 * `describes<Awaited<ReturnType<typeof listThings>>[number]>()(ZThing)`
 */
export function describes<T>() {
  return <S extends z.ZodType>(
    schema: S,
    ..._mismatch: Fits<Plain<T>, z.output<S>> extends true
      ? Fits<z.output<S>, Plain<T>> extends true
        ? []
        : [schemaDiffersFromResult: never]
      : [resultDoesNotFitSchema: never]
  ): S => schema;
}

/** A stored 0/1 flag. */
export const ZFlag = z.union([z.literal(0), z.literal(1)]);

/** The columns every organization-owned row carries. */
export const ZOrgRow = z.object({
  id: z.string(),
  orgId: z.string(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
