import { z } from "zod";

/**
 * A file download as the OpenAPI document describes it: the media types it comes in, with the
 * file's bytes as the body (sent as they are, never through the JSON serializer).
 */
export function fileResponse(description: string, mediaTypes: readonly string[]) {
  // Typed as the bytes handlers send: Fastify sends a Buffer as it is, without a serializer.
  const bytes = z.string().meta({ format: "binary" }) as unknown as z.ZodType<Uint8Array | string>;
  return {
    description,
    content: Object.fromEntries(
      [...new Set(mediaTypes.map((type) => type.split(";")[0]?.trim() ?? type))].map((type) => [
        type,
        { schema: bytes },
      ]),
    ),
  };
}
