import { z } from "zod";
import { actorOf, orgOf } from "../auth.js";
import { errors, ZObject, ZSlug } from "./types.js";

/** Schema pieces and helpers shared by the clause 4–10 route modules. */
export const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const text = z.string().max(20000);
export const ZKey = ZSlug.extend({ key: z.string().min(1).max(40) });
export const created = { 201: ZObject, ...errors };
export const asObject = (x: unknown) => x as Record<string, unknown>;
/** The organization id and the acting user of a request. */
export const orgActor = (request: Parameters<typeof orgOf>[0]) => ({
  id: orgOf(request).id,
  actor: actorOf(request),
});
