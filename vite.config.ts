import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The Kontor server the dev server proxies the API to (scripts/dev.mjs sets both ports).
const serverPort = Number(process.env.PORT ?? 3000);
const webPort = Number(process.env.WEB_PORT ?? 5173);
const server = `http://localhost:${serverPort}`;

export default defineConfig({
  root: "src/web",
  plugins: [react()],
  build: {
    outDir: "../../dist/web",
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate files stay cached across releases.
        codeSplitting: {
          groups: [
            { name: "mantine", test: /node_modules[\\/]@mantine[\\/]/ },
            { name: "vendor", test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: webPort,
    strictPort: true,
    proxy: { "/api": server, "/healthz": server },
  },
});
