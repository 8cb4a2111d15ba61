// @ts-check
/**
 * electron-builder's afterPack hook (electron-builder.yml → afterPack). Flips Electron's
 * fuses in the packaged binary: build-time switches that no command-line flag or
 * environment variable can turn back on. electron-builder signs the app after this hook,
 * so the signature covers the flipped binary.
 *
 * Plain JavaScript (ESM) because electron-builder loads the hook with Node, without a
 * TypeScript loader; the types are in after-pack.d.mts.
 */
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/** @type {import('@electron/fuses').FuseV1Config} */
export const FUSE_CONFIG = {
  version: FuseVersion.V1,
  // ELECTRON_RUN_AS_NODE would turn the app into a plain Node.js runtime with its signature.
  [FuseV1Options.RunAsNode]: false,
  // Framewise stores no cookies; encrypting the store costs nothing and is one-way safe.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS / NODE_EXTRA_CA_CERTS could preload code into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect / SIGUSR1 would open a debugger port on the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // macOS and Windows check app.asar against the hash electron-builder embeds.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Only app.asar: no unpacked "app" folder (which the integrity check cannot cover) is loaded.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // Electron's default; Framewise ships no browser-process V8 snapshot.
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // Pages are served from app://, so file:// needs none of its legacy privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  // Not strictlyRequireAllFuses: a newer Electron may carry fuses this @electron/fuses (1.x,
  // the last line for Node 20) does not name; those keep Electron's defaults.
};

/**
 * @param {{ packager: { addElectronFuses(context: unknown, fuses: import('@electron/fuses').FuseConfig): Promise<number> } }} context
 *   electron-builder's AfterPackContext (only the part used here).
 */
export async function afterPack(context) {
  // electron-builder's own helper finds the binary for each platform (Framework bundle on
  // macOS, framewise.exe, the Linux executableName) and calls @electron/fuses' flipFuses.
  await context.packager.addElectronFuses(context, FUSE_CONFIG);
}

export default afterPack;
