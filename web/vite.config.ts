import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const here = fileURLToPath(new URL(".", import.meta.url));

// The web app is built into dist/web and served by the API server at `/`.
// `npm run dev:web` serves it with hot reload and forwards /api to a running `isms serve`.
export default defineConfig({
  root: here,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL("../dist/web", import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 900,
    sourcemap: false,
    rolldownOptions: {
      output: {
        // A few cacheable vendor chunks instead of dozens of tiny ones on the first visit.
        advancedChunks: {
          groups: [
            {
              // What every page needs; charts, drop zones and the like stay with the pages that use them.
              name: "vendor",
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|@mantine[\\/](core|hooks|notifications)|@floating-ui|react-remove-scroll|react-style-singleton|use-callback-ref|use-sidecar|get-nonce|tslib|clsx|react-textarea-autosize|react-number-format|cookie|set-cookie-parser)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: { proxy: { "/api": "http://127.0.0.1:3000" } },
});
