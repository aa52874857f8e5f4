/** Evidence as the API lists it, and how its freshness reads. */
import type { SoftColour } from "../dashboard/SoftBadge";

export type Freshness = "current" | "due_soon" | "stale";

/**
 * Whether an evidence address may be rendered as a link: only http(s). Anything else (a
 * javascript: or data: address in a restored or imported row) is shown as text, never linked.
 */
export const isWebAddress = (url: string | null | undefined): url is string =>
  !!url && /^https?:\/\//i.test(url.trim());

export interface Evidence {
  key: string;
  title: string;
  kind: "file" | "link";
  url: string | null;
  filename: string | null;
  sha256: string | null;
  size: number | null;
  mime: string | null;
  collectedOn: string | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  reviewDueOn: string | null;
  owner: string | null;
  freshness: Freshness;
  controls: string[];
  risks: string[];
  audits: string[];
}

export interface EvidenceFilter {
  theme?: string;
  attribute?: string;
  control?: string;
  freshness?: string;
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
