import { SoftBadge } from "../dashboard/SoftBadge";
import { FRESHNESS, type Freshness } from "./types";

/** Whether a piece of evidence is still current, due for renewal soon, or stale. */
export function FreshnessBadge({ freshness }: { freshness: string }) {
  const f = FRESHNESS[freshness as Freshness] ?? { label: freshness, colour: "gray" as const };
  return <SoftBadge colour={f.colour}>{f.label}</SoftBadge>;
}
