/** The last changes in the organization, in plain words, from the audit trail. */
import { Anchor, Text } from "@mantine/core";
import { Link } from "react-router";
import { formatDateTime } from "../../components/common";
import { actorWords, entityWords, pastTense, subjectOf, timeAgo } from "./activity";
import type { AuditEvent } from "./types";
import { Panel, Row } from "./Worklists";

export function RecentActivity({ slug, events }: { slug: string; events: AuditEvent[] }) {
  return (
    <Panel
      title="Recent activity"
      testId="recent-activity"
      more={
        <Anchor component={Link} to={`/o/${slug}/audit-trail`} size="sm">
          Audit trail
        </Anchor>
      }
    >
      {events.length === 0 && (
        <Text size="sm" c="dimmed" py="sm">
          Nothing has been recorded yet.
        </Text>
      )}
      {events.map((e) => {
        const subject = subjectOf(e);
        return (
          <Row
            key={e.seq}
            main={
              <>
                <Text size="sm" lineClamp={2}>
                  <Text span fw={600} inherit>
                    {actorWords(e)}
                  </Text>{" "}
                  {pastTense(e.action)} {entityWords(e.entityType)}
                  {subject ? `: ${subject}` : ""}
                </Text>
                <Text size="xs" c="dimmed" title={formatDateTime(e.at)}>
                  {timeAgo(e.at)}
                </Text>
              </>
            }
          />
        );
      })}
    </Panel>
  );
}
