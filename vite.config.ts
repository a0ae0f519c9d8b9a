import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * The production page's Content-Security-Policy, as a meta tag (the app is served by any static
 * host, so no header can be relied on). Scripts only from the app's own files, never inline;
 * styles inline too, because Emotion (MUI) and React Flow write style elements and attributes at
 * run time; images from data: and blob: URLs for the diagram export; the matrix worker from the
 * app's own files. `frame-ancestors` is left out: a meta tag cannot carry it (browsers log an
 * error). Not in `vite dev`, whose hot reload injects inline scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // 'unsafe-eval': ajv compiles the CRD schemas into functions when the import dialog first
  // validates a file (src/calico/validateResources.ts). Inline scripts stay forbidden.
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after the charset (which must stay first), before every script and stylesheet.
      handler: (html) => {
        const charset = '<meta charset="UTF-8" />';
        if (!html.includes(charset))
          throw new Error(`index.html lost ${charset}: no place for the CSP`);
        return html.replace(
          charset,
          `$&\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        );
      },
    },
  };
}

// `base: './'` makes every asset URL relative, so the built site works from any static host and
// under any sub-path. The design travels in the URL fragment, so no server routing is needed.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy()],
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
