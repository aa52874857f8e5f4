/**
 * One requirement of a framework: its id, text and coverage state, the ISO clauses and controls
 * mapped to it (each a link to its page, with how it stands), the reasons, its owner and note.
 */
import { Anchor, List, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { Tag } from "../manage/shared";
import { needsNote, refName, refPath, standing, stateOf } from "./labels";
import { NoteEditor } from "./NoteEditor";
import type { CoverageRequirement } from "./queries";

export function RequirementItem({
  slug,
  framework,
  requirement: r,
  canEdit,
}: {
  slug: string;
  framework: string;
  requirement: CoverageRequirement;
  canEdit: boolean;
}) {
  const state = stateOf(r.state);
  const showNote = !!(r.owner || r.note) || needsNote(r.state);
  return (
    <li className="cov-req" data-testid={`requirement-${r.id}`} data-state={r.state}>
      <div className="cov-req-head">
        <Text ff="monospace" size="sm" fw={600} className="cov-req-id">
          {r.label ?? r.id}
        </Text>
        <Text size="sm" className="cov-req-title">
          {r.title}
        </Text>
        <span className="cov-req-state" data-testid="requirement-state">
          <Tag color={state.colour}>{state.label}</Tag>
        </span>
      </div>
      <Stack gap={6} className="cov-req-body">
        {r.iso.length > 0 ? (
          <div>
            <Text size="xs" fw={600} c="dimmed" tt="uppercase">
              Mapped ISO/IEC 27001 references
            </Text>
            <ul className="cov-refs">
              {r.iso.map((iso) => {
                const s = standing(iso);
                return (
                  <li key={iso.ref} data-testid={`ref-${iso.ref}`}>
                    <Anchor
                      component={Link}
                      to={refPath(slug, iso)}
                      size="sm"
                      fw={600}
                      className="cov-ref-link"
                    >
                      {refName(iso)}
                    </Anchor>
                    <span className="cov-ref-info">
                      <Text span size="sm">
                        {iso.title}
                      </Text>
                      <Tag color={s.colour}>{s.words}</Tag>
                    </span>
                  </li>
                );
              })}
            </ul>
          </div>
        ) : null}
        {r.reasons.length > 0 && (
          <div>
            <Text size="xs" fw={600} c="dimmed" tt="uppercase">
              {r.state === "covered" ? "Why" : "Why not covered"}
            </Text>
            <List size="sm" spacing={2}>
              {r.reasons.map((reason) => (
                <List.Item key={reason}>{reason.charAt(0).toUpperCase() + reason.slice(1)}</List.Item>
              ))}
            </List>
          </div>
        )}
        {showNote && <NoteEditor slug={slug} framework={framework} requirement={r} canEdit={canEdit} />}
      </Stack>
    </li>
  );
}
