import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// In development the SPA runs on Vite's dev server and the Spring Boot backend on port 8080;
// the browser only ever talks to the page origin, so these paths are proxied.
const backend = process.env.FOKUS_BACKEND_URL ?? 'http://localhost:8080';

// The chart library (recharts) and the packages only it uses.
const CHART_PACKAGES = ['recharts', 'victory-vendor', '@reduxjs', 'redux', 'redux-thunk', 'react-redux', 'reselect', 'immer', 'es-toolkit', 'decimal\\.js-light', 'eventemitter3', 'tiny-invariant', 'react-is', 'd3-[\\w-]+', 'internmap'];
const CHART_LIBRARY_NOT = new RegExp(`node_modules[\\\\/](?!(?:${CHART_PACKAGES.join('|')})[\\\\/])`);

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: {
      '/api': backend,
      '/actuator': backend,
      '/v3': backend,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Long-lived vendor chunks: app changes don't invalidate the browser cache for these.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 3 },
            { name: 'mantine', test: /node_modules[\\/](@mantine|@floating-ui|react-remove-scroll|react-number-format)/, priority: 2 },
            // Everything else from node_modules but the chart library, which loads with the pages that draw charts. A
            // group takes the dependencies of its modules along: vendor goes first, so that what the chart library
            // shares with the rest (use-sync-external-store) stays here and no page needs the charts chunk to start.
            { name: 'vendor', test: CHART_LIBRARY_NOT, priority: 1 },
            { name: 'charts', test: /node_modules[\\/]/, priority: 0 },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    testTimeout: 20_000, // user-event typing in big forms is slow on a busy machine
    restoreMocks: true,
    unstubGlobals: true,
  },
});
