/** The navigation by area, with the page the user is on marked as current. */
import { Box, NavLink, Stack, Text } from "@mantine/core";
import {
  IconAdjustments,
  IconAlertOctagon,
  IconAlertTriangle,
  IconBook2,
  IconCalendarEvent,
  IconChartDots3,
  IconChecklist,
  IconClipboardCheck,
  IconFileCertificate,
  IconFileDownload,
  IconFileText,
  IconFlag,
  IconGauge,
  IconGavel,
  IconHistory,
  IconListCheck,
  IconListDetails,
  IconMap2,
  IconPlayerPlay,
  IconRocket,
  IconServer,
  IconShieldCheck,
  IconTarget,
  IconTruckDelivery,
  IconUsers,
  IconWorld,
} from "@tabler/icons-react";
import type { ReactNode } from "react";
import { Link, useLocation } from "react-router";

interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
  end?: boolean;
}

const NAV: { heading: string; items: NavItem[] }[] = [
  {
    heading: "Overview",
    items: [
      { to: "", label: "Dashboard", icon: <IconGauge size={18} />, end: true },
      { to: "tasks", label: "My tasks", icon: <IconListCheck size={18} /> },
      { to: "calendar", label: "Calendar", icon: <IconCalendarEvent size={18} /> },
      { to: "start", label: "Guided start", icon: <IconRocket size={18} /> },
      { to: "reports", label: "Reports", icon: <IconFileDownload size={18} /> },
    ],
  },
  {
    heading: "Annex A",
    items: [
      { to: "controls", label: "Controls", icon: <IconListDetails size={18} /> },
      { to: "walk", label: "Walkthrough", icon: <IconPlayerPlay size={18} /> },
      { to: "soa", label: "Statement of Applicability", icon: <IconFileCertificate size={18} /> },
      { to: "coverage", label: "Frameworks", icon: <IconMap2 size={18} /> },
      { to: "evidence", label: "Evidence", icon: <IconClipboardCheck size={18} /> },
    ],
  },
  {
    heading: "Risk",
    items: [
      { to: "risks", label: "Risk register", icon: <IconAlertTriangle size={18} /> },
      { to: "treatment", label: "Treatment plan", icon: <IconChecklist size={18} /> },
      { to: "method", label: "Methodology", icon: <IconAdjustments size={18} /> },
      { to: "assets", label: "Assets", icon: <IconServer size={18} /> },
    ],
  },
  {
    heading: "Operations",
    items: [
      { to: "suppliers", label: "Suppliers", icon: <IconTruckDelivery size={18} /> },
      { to: "incidents", label: "Incidents", icon: <IconAlertOctagon size={18} /> },
      { to: "requirements", label: "Legal requirements", icon: <IconGavel size={18} /> },
    ],
  },
  {
    heading: "Clauses 4–10",
    items: [
      { to: "context", label: "Context and scope", icon: <IconWorld size={18} /> },
      { to: "policies", label: "Policies", icon: <IconBook2 size={18} /> },
      { to: "documents", label: "Policies and documents", icon: <IconFileText size={18} /> },
      { to: "objectives", label: "Objectives and metrics", icon: <IconTarget size={18} /> },
      { to: "audits", label: "Internal audits", icon: <IconShieldCheck size={18} /> },
      { to: "reviews", label: "Management reviews", icon: <IconChartDots3 size={18} /> },
      { to: "nonconformities", label: "Nonconformities", icon: <IconFlag size={18} /> },
    ],
  },
  {
    heading: "Administration",
    items: [
      { to: "audit-trail", label: "Audit trail", icon: <IconHistory size={18} /> },
      { to: "settings", label: "Users and API tokens", icon: <IconUsers size={18} /> },
    ],
  },
];

export function NavSection({ slug, onNavigate }: { slug: string; onNavigate: () => void }) {
  const location = useLocation();
  const base = `/o/${slug}`;
  return (
    <Stack gap="md">
      {NAV.map((section) => (
        <Box key={section.heading} component="nav" aria-label={section.heading}>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb={4} style={{ letterSpacing: 0.4 }}>
            {section.heading}
          </Text>
          {section.items.map((item) => {
            const to = item.to ? `${base}/${item.to}` : base;
            const active = item.end
              ? location.pathname === to || location.pathname === `${to}/`
              : location.pathname === to || location.pathname.startsWith(`${to}/`);
            return (
              <NavLink
                key={item.to}
                component={Link}
                to={to}
                label={item.label}
                leftSection={item.icon}
                active={active}
                aria-current={active ? "page" : undefined}
                onClick={onNavigate}
                variant="light"
                py={6}
                style={{ borderRadius: 6 }}
              />
            );
          })}
        </Box>
      ))}
    </Stack>
  );
}
