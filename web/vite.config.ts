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
  },
  server: { proxy: { "/api": "http://127.0.0.1:3000" } },
});
