/**
 * Search and filter fields on a phone: folded behind one button (saying how many are set), so the
 * list they filter starts on the first screen. On wider screens the fields show as they are.
 */
import { Button, Collapse, Stack } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { IconAdjustmentsHorizontal } from "@tabler/icons-react";
import { type ReactNode, useId, useState } from "react";

/** The width below which the app lays pages out for a phone (Mantine's "sm", as in app.css). */
export const PHONE_QUERY = "(max-width: 47.99em)";

export function PhoneFilters({ active, children }: { active: number; children: ReactNode }) {
  const phone = useMediaQuery(PHONE_QUERY, undefined, { getInitialValueInEffect: false });
  const [open, setOpen] = useState(false);
  const id = useId();
  if (!phone) return <>{children}</>;
  return (
    <Stack gap="sm">
      <Button
        variant="default"
        leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        aria-controls={id}
        data-testid="phone-filters"
      >
        {open
          ? "Hide search and filters"
          : active
            ? `Search and filters (${active} set)`
            : "Search and filters"}
      </Button>
      <Collapse expanded={open} id={id}>
        {children}
      </Collapse>
    </Stack>
  );
}
