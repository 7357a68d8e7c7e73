import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// `pnpm dev` proxies the API to a running `pnpm tahub serve` (default port 3000).
const api = process.env.TAHUB_API_URL ?? "http://127.0.0.1:3000";

export default defineConfig({
  plugins: [react()],
  server: { proxy: { "/trpc": api, "/healthz": api } },
  build: {
    target: "es2022",
    sourcemap: false,
  },
});
