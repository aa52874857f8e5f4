/** The plain frame of pages opened from an e-mail without signing in (acknowledgement, unsubscribe). */
import { Box, Group, Text } from "@mantine/core";
import { IconShieldCheck } from "@tabler/icons-react";
import type { ReactNode } from "react";

export function PublicFrame({ children }: { children: ReactNode }) {
  return (
    <Box mih="100vh" bg="var(--app-bg)">
      <Box style={{ background: "#1c2b4a" }} py="sm" px="md">
        <Group gap={8} maw={860} mx="auto">
          <IconShieldCheck size={24} color="#8fb3ff" aria-hidden />
          <Text c="white" fw={700}>
            ISMS Copilot
          </Text>
        </Group>
      </Box>
      <Box component="main" maw={860} mx="auto" p={{ base: "sm", sm: "lg" }}>
        {children}
      </Box>
    </Box>
  );
}
