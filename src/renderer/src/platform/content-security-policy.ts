/**
 * The renderer's Content-Security-Policy, written into the built index.html as a
 * <meta> tag (Electron's main process also sends it as a header). It is added at
 * build time only: the dev server needs an inline React-refresh preamble that this
 * policy would block.
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicyPlugin(policy: string = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'framewise:csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
      ],
    },
  };
}
