import { z } from "zod";
import { actorOf, orgOf } from "../auth.js";
import { errors, ZSlug } from "./types.js";

/** Schema pieces and helpers shared by the clause 4–10 route modules. */
export const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const text = z.string().max(20000);
export const ZKey = ZSlug.extend({ key: z.string().min(1).max(40) });
/** The responses of a route that creates a record described by `schema`. */
export const created = <S extends z.ZodType>(schema: S) => ({ 201: schema, ...errors });
/** The organization id and the acting user of a request. */
export const orgActor = (request: Parameters<typeof orgOf>[0]) => ({
  id: orgOf(request).id,
  actor: actorOf(request),
});
