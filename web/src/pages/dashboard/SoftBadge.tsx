/**
 * A tinted badge whose text passes WCAG AA (4.5:1) on its own tint: Mantine's light badges fall
 * just short for small bold text, so the colours are set here.
 */
import { Badge, type BadgeProps } from "@mantine/core";
import type { ReactNode } from "react";

export type SoftColour = "teal" | "red" | "yellow" | "orange" | "indigo" | "gray" | "cyan";

const PALETTE: Record<SoftColour, { bg: string; fg: string }> = {
  teal: { bg: "#e6fcf5", fg: "#086848" },
  red: { bg: "#fff5f5", fg: "#b02525" },
  yellow: { bg: "#fff3bf", fg: "#6b4a00" },
  orange: { bg: "#fff4e6", fg: "#a33a0b" },
  indigo: { bg: "#edf2ff", fg: "#364fc7" },
  gray: { bg: "#f1f3f5", fg: "#495057" },
  cyan: { bg: "#e3fafc", fg: "#0b6a78" },
};

export function SoftBadge({
  colour,
  children,
  ...rest
}: { colour: SoftColour; children: ReactNode } & Omit<BadgeProps, "color" | "variant">) {
  const p = PALETTE[colour];
  return (
    <Badge
      radius="sm"
      tt="none"
      {...rest}
      variant="light"
      styles={{ root: { background: p.bg, color: p.fg, border: `1px solid ${p.bg}` } }}
    >
      {children}
    </Badge>
  );
}
