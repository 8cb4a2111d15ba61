/**
 * Writes the renderer's Content-Security-Policy into the built index.html as a <meta>
 * tag; Electron's main process sends the same policy (src/shared/content-security-policy.ts)
 * as a header. It is added at build time only: the dev server needs an inline
 * React-refresh preamble that this policy would block.
 */
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../../../shared/content-security-policy.ts';

export { CONTENT_SECURITY_POLICY };

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
