import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// `base: './'` makes every asset URL relative, so the built site works from any static host and
// under any sub-path. The design travels in the URL fragment, so no server routing is needed.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'fixtures/**/*.test.ts'],
    environment: 'node',
    globals: true,
    setupFiles: ['src/testSetup.ts'],
    // Above testSetup's 10 s wait for an element, so a slow wait fails as what it is.
    testTimeout: 20_000,
  },
});
