import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { reportInitialSize } from "./scripts/initial-size.js";

// The app is served by Carousel itself at `/`; in development, `vite` proxies the API to a running server.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [react(), reportInitialSize({ budgetKb: 150 })],
  build: { outDir: "dist", emptyOutDir: true, assetsDir: "assets", sourcemap: false },
  server: {
    proxy: Object.fromEntries(
      ["/api", "/forms", "/docs", "/openapi.json", "/health"].map((p) => [
        p,
        process.env["CAROUSEL_URL"] ?? "http://127.0.0.1:3000",
      ]),
    ),
  },
});
