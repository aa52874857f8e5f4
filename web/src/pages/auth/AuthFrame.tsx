/** The centred card that first-run, sign-in and new-organization pages share. */
import { Box, Center, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconShieldCheck } from "@tabler/icons-react";
import type { ReactNode } from "react";

export function AuthFrame({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Box mih="100vh" style={{ background: "linear-gradient(160deg, #1c2b4a 0%, #2a4c88 100%)" }}>
      <Center mih="100vh" p="md">
        <Stack w="100%" maw={440} gap="md" component="main">
          <Group gap={8} justify="center">
            <IconShieldCheck size={30} color="#8fb3ff" />
            <Text c="white" fw={700} fz={22}>
              ISMS Copilot
            </Text>
          </Group>
          <Paper p="xl" radius="md" shadow="md">
            <Stack gap="md">
              <Title order={1} fz={22}>
                {title}
              </Title>
              {intro && (
                <Text size="sm" c="dimmed">
                  {intro}
                </Text>
              )}
              {children}
            </Stack>
          </Paper>
          <Text c="#c9d6ee" size="xs" ta="center">
            ISO/IEC 27001:2022 workbench with an ISO/IEC 27002:2022 copilot
          </Text>
        </Stack>
      </Center>
    </Box>
  );
}
