/**
 * The one Content-Security-Policy of the app's pages. Electron's main process sends it as
 * a response header on app:// pages (src/main/security.ts) and the build writes the same
 * string into index.html as a <meta> tag (src/renderer/src/platform/content-security-policy.ts),
 * which also covers browser mode. A test holds the two identical.
 *
 * 'self' is the app's own origin: app://framewise in Electron (never file://, where 'self'
 * would match every local file), the serving origin in browser mode. `frame-ancestors` is
 * not listed: browsers ignore it in a <meta> policy, and no page can frame app:// (the
 * scheme is not readable across origins and navigation away from the app is blocked).
 */
export const CSP_DIRECTIVES = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self' blob:",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
} as const satisfies Record<string, string>;

export type CspDirectives = Record<string, string>;

export function serializeCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

export const CONTENT_SECURITY_POLICY = serializeCsp(CSP_DIRECTIVES);
