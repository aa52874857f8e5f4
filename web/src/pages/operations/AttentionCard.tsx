/**
 * The dashboard's "Needs attention" card for the operational registers: supplier certificates
 * about to expire, incident notifications due or overdue, and supplier and requirement reviews
 * that are due, each linking to its record.
 */
import { Anchor, Text } from "@mantine/core";
import { Link } from "react-router";
import { formatDate, formatDateTime } from "../../components/common";
import { SoftBadge } from "../dashboard/SoftBadge";
import { Panel, Row } from "../dashboard/Worklists";
import type { OperationsAttention } from "./types";

const LIMIT = 8;

/** Earliest first. */
const byDate =
  <T,>(date: (item: T) => string) =>
  (a: T, b: T) =>
    date(a).localeCompare(date(b));

export function AttentionCard({ slug, attention }: { slug: string; attention: OperationsAttention }) {
  const rows = [
    ...[...attention.dueNotifications].sort(byDate((n) => n.dueAt)).map((n) => (
      <Row
        key={`n-${n.incidentKey}-${n.label}`}
        main={
          <>
            <Anchor component={Link} to={`/o/${slug}/incidents/${n.incidentKey}`} size="sm" lineClamp={2}>
              {n.incidentKey} {n.title}
            </Anchor>
            <Text size="xs" c="dimmed">
              {n.label} · {n.state === "overdue" ? "was due" : "due"} {formatDateTime(n.dueAt)}
            </Text>
          </>
        }
        side={
          <SoftBadge colour={n.state === "overdue" ? "red" : "orange"}>
            {n.state === "overdue"
              ? "Notification overdue"
              : n.state === "due_soon"
                ? "Due within a day"
                : "Notification due"}
          </SoftBadge>
        }
      />
    )),
    ...[...attention.expiringCertificates].sort(byDate((c) => c.expiresOn)).map((c) => (
      <Row
        key={`c-${c.supplierKey}-${c.expiresOn}`}
        main={
          <>
            <Anchor component={Link} to={`/o/${slug}/suppliers/${c.supplierKey}`} size="sm" lineClamp={2}>
              {c.supplier}
            </Anchor>
            <Text size="xs" c="dimmed">
              {c.document ?? "Certificate"} · expires {formatDate(c.expiresOn)}
            </Text>
          </>
        }
        side={<SoftBadge colour="yellow">Certificate expiring</SoftBadge>}
      />
    )),
    ...attention.supplierReviewsDue.map((s) => (
      <Row
        key={`s-${s.supplierKey}`}
        main={
          <>
            <Anchor component={Link} to={`/o/${slug}/suppliers/${s.supplierKey}`} size="sm" lineClamp={2}>
              {s.supplier}
            </Anchor>
            <Text size="xs" c="dimmed">
              Supplier review · due {formatDate(s.nextReviewOn)}
            </Text>
          </>
        }
        side={<SoftBadge colour="gray">Review due</SoftBadge>}
      />
    )),
    ...attention.requirementReviewsDue.map((r) => (
      <Row
        key={`r-${r.key}`}
        main={
          <>
            <Anchor component={Link} to={`/o/${slug}/requirements`} size="sm" lineClamp={2}>
              {r.key} {r.title}
            </Anchor>
            <Text size="xs" c="dimmed">
              Requirement review · due {formatDate(r.reviewOn)}
            </Text>
          </>
        }
        side={<SoftBadge colour="gray">Review due</SoftBadge>}
      />
    )),
  ];
  return (
    <Panel title="Needs attention" testId="attention-card">
      {rows.length === 0 && (
        <Text size="sm" c="dimmed" py="sm">
          No certificate is about to expire, no notification is due and no supplier or requirement review is
          late.
        </Text>
      )}
      {rows.slice(0, LIMIT)}
      {rows.length > LIMIT && (
        <Text size="xs" c="dimmed" pt={4}>
          and {rows.length - LIMIT} more
        </Text>
      )}
    </Panel>
  );
}
