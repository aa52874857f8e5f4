import { existsSync } from "node:fs";

export const CHROMIUM = process.env.ISMS_CHROMIUM ?? "/usr/bin/chromium";
/** Browser suites skip where no Chromium is installed, except in CI, which must run them. */
export const hasChromium = existsSync(CHROMIUM) || process.env.CI === "true";
