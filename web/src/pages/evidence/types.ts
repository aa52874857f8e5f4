/** How evidence and its freshness read (its shape comes from the API, see api/types.ts). */
import type { SoftColour } from "../dashboard/SoftBadge";

export type { Evidence } from "../../api/types";

export type Freshness = "current" | "due_soon" | "stale";

/**
 * Whether an evidence address may be rendered as a link: only http(s). Anything else (a
 * javascript: or data: address in a restored or imported row) is shown as text, never linked.
 */
export const isWebAddress = (url: string | null | undefined): url is string =>
  !!url && /^https?:\/\//i.test(url.trim());

export interface EvidenceFilter {
  theme?: string;
  attribute?: string;
  control?: string;
  freshness?: Freshness;
}

export const FRESHNESS: Record<Freshness, { label: string; colour: SoftColour }> = {
  current: { label: "Current", colour: "teal" },
  due_soon: { label: "Due soon", colour: "yellow" },
  stale: { label: "Stale", colour: "red" },
};

/** "1.2 MB" from a byte count. */
export function fileSize(bytes: number | null): string {
  if (bytes === null) return "";
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
