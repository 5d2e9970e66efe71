import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The web app. `npm run build:web` writes web/dist, which `bastao start` serves;
 * `npm run dev` serves it with hot reload on :5173 and sends /api to the server on :3000.
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Read by test/web/bundle-size.test.ts to weigh what the first page loads.
    manifest: true,
    target: 'es2022',
    // Charts and editors load with their pages; the report below tracks the first page's size.
    chunkSizeWarningLimit: 800,
  },
  server: {
    port: 5173,
    proxy: { '/api': `http://localhost:${process.env.PORT ?? 3000}` },
  },
});
