/** The words the SoA pages use for the values of the SoA (its shapes are in api/types.ts). */

export const THEMES = [
  { value: "organizational", label: "Organizational controls" },
  { value: "people", label: "People controls" },
  { value: "physical", label: "Physical controls" },
  { value: "technological", label: "Technological controls" },
] as const;

export const STATUSES = [
  { value: "not_started", label: "Not started" },
  { value: "planned", label: "Planned" },
  { value: "partial", label: "Partially implemented" },
  { value: "implemented", label: "Implemented" },
  { value: "not_applicable", label: "Not applicable" },
] as const;

export const APPLICABILITY = [
  { value: "included", label: "Included" },
  { value: "excluded", label: "Excluded" },
] as const;

export const FIELD_LABELS: Record<string, string> = {
  applicable: "Applicability",
  reasons: "Reasons",
  justification: "Justification",
  status: "Status",
  owner: "Owner",
  notes: "Implementation notes",
};

export const REASON_LABELS: Record<string, string> = {
  risk: "Risk treatment",
  legal: "Legal",
  contractual: "Contractual",
  business: "Business",
};

export const statusLabel = (status: string): string =>
  STATUSES.find((s) => s.value === status)?.label ?? status.replace(/_/g, " ");

export const applicabilityValue = (applicable: boolean | null): string | null =>
  applicable === null ? null : applicable ? "included" : "excluded";

export const applicabilityLabel = (applicable: boolean | null): string =>
  applicable === null ? "Undecided" : applicable ? "Included" : "Excluded";

/** A snapshot or diff value in words (no raw JSON). */
export function fieldValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (field === "applicable") return applicabilityLabel(value as boolean | null);
  if (field === "status") return statusLabel(String(value));
  if (Array.isArray(value)) {
    if (value.length === 0) return "—";
    return value
      .map((v) => (field === "reasons" ? (REASON_LABELS[String(v)] ?? String(v)) : String(v)))
      .join(", ");
  }
  if (typeof value === "boolean") return value ? "Yes" : "No";
  return String(value);
}

export const isEmptyValue = (value: unknown): boolean =>
  value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
