/** Small pieces the Annex A pages share: a titled section and the applicability badge. */
import { Badge, Group, Paper, Stack, Title } from "@mantine/core";
import { type ReactNode, useEffect, useRef } from "react";
import { applicabilityOf } from "./data";

export function Section({
  title,
  actions,
  children,
  testId,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <Stack gap="md">
        <Group justify="space-between" align="center" gap="xs">
          <Title order={2} fz="lg">
            {title}
          </Title>
          {actions}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

export function ApplicabilityBadge({ applicable }: { applicable: boolean | null | undefined }) {
  const a = applicabilityOf({ applicable: applicable ?? null });
  const color = a === "included" ? "teal" : a === "excluded" ? "gray" : "orange";
  return (
    <Badge
      color={color}
      c={a === "undecided" ? "dark.7" : `${color}.9`}
      bg={a === "included" ? "teal.0" : undefined}
      variant={a === "included" ? "light" : "outline"}
      radius="sm"
      tt="none"
    >
      {a === "included" ? "Included" : a === "excluded" ? "Excluded" : "Undecided"}
    </Badge>
  );
}

/**
 * Grid breakpoints measured on the page's own width (container queries), so two columns fall back to
 * one when the copilot panel narrows the page, not only when the window is narrow.
 */
export const PAGE_GRID = {
  type: "container" as const,
  breakpoints: { xs: "480px", sm: "640px", md: "760px", lg: "880px", xl: "1200px" },
};

const NON_TEXT_INPUTS = new Set(["checkbox", "radio", "button", "submit", "reset", "range", "color", "file"]);

/** Whether a key press goes into a text field (then single-letter shortcuts must not fire). */
/**
 * Keyboard shortcuts on the whole page while `enabled`. Keys pressed while a dialog is open belong
 * to the dialog; the handler always sees the component's latest state.
 */
export function useWindowKeys(enabled: boolean, handler: (event: KeyboardEvent) => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (document.querySelector("[role=dialog]")) return;
      latest.current(event);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled]);
}

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === "TEXTAREA" || target.tagName === "SELECT") return true;
  if (target.tagName === "INPUT") return !NON_TEXT_INPUTS.has((target as HTMLInputElement).type);
  return target.getAttribute("role") === "combobox";
}
