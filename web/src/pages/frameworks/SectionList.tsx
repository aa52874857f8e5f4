/**
 * The framework's top-level sections, each with its counts per state as a stacked bar and in
 * words; a section opens to its requirements (of the chosen state only, when one is chosen).
 */
import { Accordion, Text } from "@mantine/core";
import { useState } from "react";
import { EmptyState } from "../../components/common";
import { STATES, stateOf } from "./labels";
import type { Coverage, CoverageState, StateCounts } from "./queries";
import { RequirementItem } from "./RequirementItem";

type Section = Coverage["sections"][number];

const totalOf = (counts: StateCounts) => STATES.reduce((n, s) => n + counts[s.value], 0);

function StackedBar({ counts }: { counts: StateCounts }) {
  const total = totalOf(counts);
  return (
    <div className="cov-bar" aria-hidden>
      {total > 0 &&
        STATES.filter((s) => counts[s.value] > 0).map((s) => (
          <span
            key={s.value}
            style={{
              width: `${(100 * counts[s.value]) / total}%`,
              background: `var(--mantine-color-${s.colour}-6)`,
            }}
          />
        ))}
    </div>
  );
}

/** "12 covered, 3 partly covered, 1 unmapped". */
const countsInWords = (counts: StateCounts) =>
  STATES.filter((s) => counts[s.value] > 0)
    .map((s) => `${counts[s.value]} ${s.label.toLowerCase()}`)
    .join(", ") || "no requirements";

/** A section's title as a sentence ("POLICY ON THE… (ARTICLE 21(2)…" reads as "Policy on the… (Article 21(2)…"). */
const sentence = (title: string) =>
  title === title.toUpperCase()
    ? (title.charAt(0) + title.slice(1).toLowerCase())
        .replace(/\b(article|directive|regulation)\b/g, (w) => w.charAt(0).toUpperCase() + w.slice(1))
        .replace(/\b(ict|eu|nis2?)\b/g, (w) => w.toUpperCase())
    : title;

export function SectionList({
  slug,
  coverage,
  state,
  canEdit,
}: {
  slug: string;
  coverage: Coverage;
  state: CoverageState | null;
  canEdit: boolean;
}) {
  const [open, setOpen] = useState<string[]>([]);
  const framework = coverage.framework.id;
  const shown: { section: Section; count: number }[] = coverage.sections
    .map((section) => ({ section, count: state ? section.counts[state] : -1 }))
    .filter((s) => s.count !== 0);
  if (shown.length === 0)
    return <EmptyState title="No requirement in this state">Choose another state, or All states.</EmptyState>;
  return (
    <Accordion
      multiple
      variant="separated"
      order={3}
      value={open}
      onChange={setOpen}
      chevronPosition="left"
      data-testid="coverage-sections"
    >
      {shown.map(({ section, count }) => {
        const isOpen = open.includes(section.id);
        const requirements = isOpen
          ? coverage.requirements.filter((r) => r.section === section.id && (!state || r.state === state))
          : [];
        return (
          <Accordion.Item key={section.id} value={section.id} data-testid={`section-${section.id}`}>
            <Accordion.Control className="cov-section-control">
              <div className="cov-section-head">
                <Text size="sm" fw={600} className="cov-section-title">
                  <Text span ff="monospace" fw={700} mr={6}>
                    {section.id}
                  </Text>
                  {sentence(section.title)}
                </Text>
                <div className="cov-section-counts">
                  <StackedBar counts={section.counts} />
                  <Text size="xs" c="dimmed">
                    {state
                      ? `${count} ${stateOf(state).label.toLowerCase()} of ${totalOf(section.counts)} requirements`
                      : countsInWords(section.counts)}
                  </Text>
                </div>
              </div>
            </Accordion.Control>
            <Accordion.Panel>
              {isOpen && (
                <ul className="cov-reqs">
                  {requirements.map((r) => (
                    <RequirementItem
                      key={r.id}
                      slug={slug}
                      framework={framework}
                      requirement={r}
                      canEdit={canEdit}
                    />
                  ))}
                </ul>
              )}
            </Accordion.Panel>
          </Accordion.Item>
        );
      })}
    </Accordion>
  );
}
