/** The pages of the app where the work of each ISO/IEC 27001 clause is done. */

/** Where in the app the work of a clause is done (first matching prefix wins). */
const WORK_PAGES: [string, { to: string; label: string }[]][] = [
  ["4.4", [{ to: "start", label: "Guided start" }]],
  ["4", [{ to: "context", label: "Context, interested parties and scope" }]],
  ["5.2", [{ to: "documents", label: "Documents and policies" }]],
  [
    "5",
    [
      { to: "documents", label: "Documents and policies" },
      { to: "reviews", label: "Management reviews" },
    ],
  ],
  [
    "6.1.2",
    [
      { to: "method", label: "Risk methodology" },
      { to: "risks", label: "Risk register" },
    ],
  ],
  [
    "6.1.3",
    [
      { to: "treatment", label: "Risk treatment plan" },
      { to: "soa", label: "Statement of Applicability" },
    ],
  ],
  ["6.1", [{ to: "risks", label: "Risk register" }]],
  ["6.2", [{ to: "objectives", label: "Security objectives" }]],
  ["6.3", [{ to: "context", label: "Context and planned changes" }]],
  ["7.5", [{ to: "documents", label: "Documents and policies" }]],
  ["7", [{ to: "documents", label: "Documents and records" }]],
  ["8.1", [{ to: "evidence", label: "Evidence" }]],
  ["8.2", [{ to: "risks", label: "Risk register" }]],
  ["8.3", [{ to: "treatment", label: "Risk treatment plan" }]],
  ["8", [{ to: "treatment", label: "Risk treatment plan" }]],
  ["9.1", [{ to: "objectives", label: "Objectives and measurements" }]],
  ["9.2", [{ to: "audits", label: "Internal audits" }]],
  ["9.3", [{ to: "reviews", label: "Management reviews" }]],
  ["10", [{ to: "nonconformities", label: "Nonconformities and corrective actions" }]],
];

export const pagesFor = (id: string) =>
  WORK_PAGES.find(([prefix]) => id === prefix || id.startsWith(`${prefix}.`))?.[1] ?? [];
