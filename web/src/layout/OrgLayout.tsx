/**
 * The frame of every organization page: header with the organization switcher, the copilot button
 * and the user menu; the navigation by area; the page; and the copilot panel on the right.
 */
import {
  AppShell,
  Avatar,
  Badge,
  Box,
  Burger,
  Button,
  Group,
  Menu,
  NavLink,
  ScrollArea,
  Select,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import {
  IconAdjustments,
  IconAlertTriangle,
  IconBook,
  IconChartDots3,
  IconChecklist,
  IconClipboardCheck,
  IconFileCertificate,
  IconFileText,
  IconFlag,
  IconGauge,
  IconHistory,
  IconListDetails,
  IconLogout,
  IconMessageChatbot,
  IconPlayerPlay,
  IconRocket,
  IconServer,
  IconShieldCheck,
  IconTarget,
  IconUsers,
  IconWorld,
} from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { lazy, type ReactNode, Suspense, useCallback, useMemo, useState } from "react";
import { Link, Navigate, Outlet, useLocation, useNavigate, useParams, useRouteError } from "react-router";
import { ApiError, api } from "../api";
import { ErrorAlert, Loading } from "../components/common";
import { CopilotContext, type CopilotControls, type DraftRequest } from "../copilot-context";
import { OrgProvider, orgInfoQuery, useMe } from "../session";

const CopilotPanel = lazy(() => import("../copilot/CopilotPanel"));

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
      { to: "start", label: "Guided start", icon: <IconRocket size={18} /> },
    ],
  },
  {
    heading: "Annex A",
    items: [
      { to: "controls", label: "Controls", icon: <IconListDetails size={18} /> },
      { to: "walk", label: "Walkthrough", icon: <IconPlayerPlay size={18} /> },
      { to: "soa", label: "Statement of Applicability", icon: <IconFileCertificate size={18} /> },
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
    heading: "Clauses 4–10",
    items: [
      { to: "context", label: "Context and scope", icon: <IconWorld size={18} /> },
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

/** `/`: the first organization, or the first-run and sign-in pages. */
export function Home() {
  const me = useMe();
  const setup = useQuery({ queryKey: ["setup"], queryFn: () => api.get<{ needed: boolean }>("/setup") });
  if (me.error) return <ErrorAlert error={me.error} />;
  if (me.isPending || setup.isPending) return <Loading />;
  if (!me.data) return <Navigate to={setup.data?.needed ? "/setup" : "/login"} replace />;
  const first = me.data.organizations[0];
  return <Navigate to={first ? `/o/${first.slug}` : "/new-organization"} replace />;
}

export function RootError() {
  const error = useRouteError();
  return (
    <Box p="xl" maw={720} mx="auto">
      <Title order={2} mb="md">
        This page could not be shown
      </Title>
      <ErrorAlert error={error} />
      <Button component={Link} to="/" mt="md" variant="default">
        Back to the start
      </Button>
    </Box>
  );
}

function NavSection({ slug, onNavigate }: { slug: string; onNavigate: () => void }) {
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

export function OrgLayout() {
  const { slug = "" } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const [navOpened, nav] = useDisclosure(false);
  const [copilotOpened, setCopilotOpened] = useState(false);
  const [request, setRequest] = useState<{ question?: string; draft?: DraftRequest; n: number }>({ n: 0 });
  const [focus, setFocus] = useState<string | null>(null);
  // Asked for together with the session (not after it): only a signed-out visit skips it.
  const org = useQuery({ ...orgInfoQuery(slug), enabled: me.data !== null });

  const open = useCallback((options?: { question?: string; draft?: DraftRequest }) => {
    setCopilotOpened(true);
    if (options) setRequest((r) => ({ ...options, n: r.n + 1 }));
  }, []);
  const controls: CopilotControls = useMemo(
    () => ({
      opened: copilotOpened,
      open,
      close: () => setCopilotOpened(false),
      toggle: () => setCopilotOpened((o) => !o),
      setFocus,
    }),
    [copilotOpened, open],
  );

  if (me.isPending) return <Loading />;
  if (!me.data) return <Navigate to="/login" replace state={{ from: window.location.pathname }} />;
  if (org.error) {
    return (
      <Box p="xl" maw={720} mx="auto">
        <ErrorAlert
          error={org.error}
          title={
            org.error instanceof ApiError && org.error.status === 404 ? "No such organization" : undefined
          }
        />
        <Button component={Link} to="/" mt="md" variant="default">
          Go to your organizations
        </Button>
      </Box>
    );
  }
  if (!org.data) return <Loading />;

  const signOut = async () => {
    await api.post("/auth/logout").catch(() => undefined);
    // A full page load: nothing of the previous user's data stays in memory.
    window.location.assign("/login");
  };

  const orgs = me.data.organizations;
  return (
    <OrgProvider org={org.data}>
      <CopilotContext.Provider value={controls}>
        <AppShell
          header={{ height: 56 }}
          navbar={{ width: 250, breakpoint: "sm", collapsed: { mobile: !navOpened } }}
          aside={{
            width: 420,
            breakpoint: "md",
            collapsed: { desktop: !copilotOpened, mobile: !copilotOpened },
          }}
          padding="lg"
        >
          <AppShell.Header style={{ background: "#1c2b4a", borderBottom: "none" }}>
            <a href="#main" className="skip-link">
              Skip to content
            </a>
            <Group h="100%" px="md" justify="space-between" wrap="nowrap">
              <Group gap="sm" wrap="nowrap">
                <Burger
                  opened={navOpened}
                  onClick={nav.toggle}
                  hiddenFrom="sm"
                  size="sm"
                  color="white"
                  aria-label="Toggle navigation"
                />
                <UnstyledButton component={Link} to={`/o/${slug}`} aria-label="ISMS Copilot, dashboard">
                  <Group gap={8} wrap="nowrap">
                    <IconShieldCheck size={24} color="#8fb3ff" />
                    <Text c="white" fw={700} size="lg">
                      ISMS Copilot
                    </Text>
                  </Group>
                </UnstyledButton>
                <Select
                  aria-label="Organization"
                  data={orgs.map((o) => ({ value: o.slug, label: o.name }))}
                  value={slug}
                  onChange={(value) => value && value !== slug && navigate(`/o/${value}`)}
                  allowDeselect={false}
                  w={260}
                  size="xs"
                  ml="md"
                  visibleFrom="sm"
                  comboboxProps={{ withinPortal: true }}
                />
                <Badge variant="light" color="gray" visibleFrom="sm" data-testid="role-badge">
                  {org.data.role}
                </Badge>
              </Group>
              <Group gap="sm" wrap="nowrap">
                <Button
                  leftSection={<IconMessageChatbot size={18} />}
                  variant={copilotOpened ? "white" : "light"}
                  color={copilotOpened ? "navy" : "gray"}
                  size="xs"
                  onClick={controls.toggle}
                  aria-expanded={copilotOpened}
                  aria-controls="copilot-panel"
                >
                  Copilot
                </Button>
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <UnstyledButton aria-label={`Account menu for ${me.data.name || me.data.email}`}>
                      <Avatar color="indigo" variant="filled" radius="xl" size={32}>
                        {(me.data.name || me.data.email).slice(0, 1).toUpperCase()}
                      </Avatar>
                    </UnstyledButton>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Label>{me.data.email}</Menu.Label>
                    <Menu.Item
                      component={Link}
                      to={`/o/${slug}/settings`}
                      leftSection={<IconUsers size={16} />}
                    >
                      Account and API tokens
                    </Menu.Item>
                    <Menu.Item component={Link} to="/new-organization" leftSection={<IconBook size={16} />}>
                      New organization
                    </Menu.Item>
                    <Menu.Divider />
                    <Menu.Item leftSection={<IconLogout size={16} />} onClick={signOut}>
                      Sign out
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              </Group>
            </Group>
          </AppShell.Header>
          <AppShell.Navbar p="sm">
            <AppShell.Section grow component={ScrollArea}>
              <NavSection slug={slug} onNavigate={nav.close} />
            </AppShell.Section>
          </AppShell.Navbar>
          <AppShell.Main style={{ background: "var(--app-bg)" }}>
            <Box maw={1500} mx="auto" id="main" tabIndex={-1} style={{ outline: "none" }}>
              <Suspense fallback={<Loading />}>
                <Outlet />
              </Suspense>
            </Box>
          </AppShell.Main>
          <AppShell.Aside id="copilot-panel" aria-label="Copilot">
            {copilotOpened && (
              <Suspense fallback={<Loading label="Opening the copilot…" />}>
                <CopilotPanel request={request} focus={focus} onClose={controls.close} />
              </Suspense>
            )}
          </AppShell.Aside>
        </AppShell>
      </CopilotContext.Provider>
    </OrgProvider>
  );
}
