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
  ScrollArea,
  Select,
  Text,
  UnstyledButton,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconBook, IconLogout, IconMessageChatbot, IconShieldCheck, IconUsers } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useCallback, useMemo, useState } from "react";
import { Link, Navigate, Outlet, useNavigate, useParams } from "react-router";
import { label } from "../../../src/domain/labels";
import { ApiError, api } from "../api";
import { ErrorAlert, Loading } from "../components/common";
import { CopilotContext, type CopilotControls, type DraftRequest } from "../copilot-context";
import { OrgProvider, orgInfoQuery, useMe } from "../session";
import { NavSection } from "./Navigation";

const CopilotPanel = lazy(() => import("../copilot/CopilotPanel"));

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
                <UnstyledButton
                  component={Link}
                  to={`/o/${slug}`}
                  aria-label="ISMS Copilot, dashboard"
                  className="touch-target"
                >
                  <Group gap={8} wrap="nowrap">
                    <IconShieldCheck size={24} color="#8fb3ff" />
                    <Text c="white" fw={700} fz={{ base: "md", sm: "lg" }} style={{ whiteSpace: "nowrap" }}>
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
                  {label("role", org.data.role)}
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
                    <UnstyledButton
                      aria-label={`Account menu for ${me.data.name || me.data.email}`}
                      className="touch-target"
                    >
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
