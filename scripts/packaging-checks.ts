/**
 * Checks of the packaging configuration (electron-builder.yml + package.json + icon),
 * shared by `npm run check:packaging` and tests/main/packaging.test.ts. The schema
 * check uses electron-builder's own loader and validator (app-builder-lib, installed with
 * electron-builder), so it is exactly what `electron-builder` would reject — offline.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, normalize } from 'node:path';
import { IMPORT_EXTENSIONS } from '../src/shared/ipc-contract';

export interface CheckResult {
  name: string;
  ok: boolean;
  detail: string;
}

type Json = Record<string, unknown>;

export const REQUIRED_MIME_TYPES: Record<(typeof IMPORT_EXTENSIONS)[number], string> = {
  txt: 'text/plain',
  md: 'text/markdown',
  html: 'text/html',
  htm: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  'framewise-pack': 'application/x-framewise-pack',
  'framewise-results': 'application/x-framewise-results',
};
export const MIN_ICON_SIZE = 512;

const require = createRequire(import.meta.url);

/** Loads a module of app-builder-lib from where electron-builder itself resolves it. */
function requireFromBuilder<T>(request: string): T {
  const builderRequire = createRequire(require.resolve('electron-builder/package.json'));
  const libRequire = createRequire(builderRequire.resolve('app-builder-lib/package.json'));
  return libRequire(request) as T;
}

interface BuilderConfigModule {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<Json>;
  validateConfiguration(config: Json, debugLogger: { isEnabled: boolean; add(key: string, value: unknown): void }): Promise<void>;
}

/** Parses electron-builder.yml with the YAML parser electron-builder uses (js-yaml). */
export function readBuilderYaml(projectDir: string, file = 'electron-builder.yml'): Json {
  const yaml = requireFromBuilder<{ load(text: string): unknown }>('js-yaml');
  const parsed = yaml.load(readFileSync(join(projectDir, file), 'utf8'));
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`${file} is not a YAML mapping`);
  return parsed as Json;
}

export function readPackageJson(projectDir: string): Json {
  return JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as Json;
}

/** Validates a configuration object with electron-builder's scheme.json (throws its own error message). */
export async function validateWithBuilderSchema(config: Json): Promise<void> {
  const { validateConfiguration } = requireFromBuilder<BuilderConfigModule>('./out/util/config/config.js');
  // ajv runs with coerceTypes and mutates its input; validate a copy.
  await validateConfiguration(structuredClone(config), { isEnabled: false, add() {} });
}

/** Loads the configuration exactly as electron-builder does (merging defaults and `extends`). */
export async function loadBuilderConfig(projectDir: string, file = 'electron-builder.yml'): Promise<Json> {
  const { getConfig } = requireFromBuilder<BuilderConfigModule>('./out/util/config/config.js');
  return getConfig(projectDir, join(projectDir, file), null);
}

/** Width and height of a PNG, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const ihdr = String.fromCharCode(...bytes.subarray(12, 16));
  if (ihdr !== 'IHDR') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function filePatterns(config: Json): string[] {
  const patterns: string[] = [];
  for (const entry of asArray(config.files)) {
    if (typeof entry === 'string') patterns.push(entry);
    else if (entry && typeof entry === 'object') {
      patterns.push(...asArray((entry as Json).filter).filter((p): p is string => typeof p === 'string'));
    }
  }
  return patterns;
}

function result(name: string, problems: string[], okDetail: string): CheckResult {
  return { name, ok: problems.length === 0, detail: problems.length ? problems.join('; ') : okDetail };
}

const get = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Json)[key] : undefined), value);

export function checkRequiredFields(config: Json): CheckResult {
  const problems: string[] = [];
  const expectEqual = (path: string[], expected: unknown) => {
    const actual = get(config, ...path);
    if (actual !== expected) problems.push(`${path.join('.')} should be ${JSON.stringify(expected)} (is ${JSON.stringify(actual)})`);
  };
  expectEqual(['appId'], 'org.framewise.app');
  expectEqual(['productName'], 'Framewise');
  expectEqual(['directories', 'output'], 'release');
  expectEqual(['mac', 'category'], 'public.app-category.education');
  expectEqual(['linux', 'category'], 'Education');
  if (typeof get(config, 'linux', 'maintainer') !== 'string') problems.push('linux.maintainer is required for .deb');
  const targets = (platform: string) =>
    asArray(get(config, platform, 'target')).map((t) => (typeof t === 'string' ? t : (get(t, 'target') as string)));
  for (const [platform, target] of [['linux', 'AppImage'], ['linux', 'deb'], ['win', 'nsis'], ['mac', 'dmg']]) {
    if (!targets(platform).includes(target)) problems.push(`${platform}.target should include ${target}`);
  }
  return result('required fields', problems, 'appId, productName, output, targets and categories are set');
}

export function checkFiles(config: Json): CheckResult {
  const patterns = filePatterns(config);
  const problems: string[] = [];
  if (!patterns.includes('out/**')) problems.push('files must include "out/**"');
  if (!patterns.includes('package.json')) problems.push('files must include "package.json"');
  for (const dir of ['src', 'tests', 'scripts']) {
    const included = patterns.some((p) => !p.startsWith('!') && (p === '**/*' || p === '**' || p.startsWith(`${dir}/`)));
    const excluded = patterns.includes(`!${dir}/**`);
    if (included || !excluded) problems.push(`files must exclude ${dir}/ ("!${dir}/**")`);
  }
  return result('files', problems, `ships ${patterns.filter((p) => !p.startsWith('!')).join(', ')}`);
}

export function checkResourcesShipped(config: Json, projectDir: string): CheckResult {
  const problems: string[] = [];
  const dir = join(projectDir, 'resources');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) problems.push('resources/ does not exist');
  const shipsResources = asArray(config.extraResources).some((entry) => {
    const from = typeof entry === 'string' ? entry : get(entry, 'from');
    return typeof from === 'string' && normalize(from).replace(/[\\/]+$/, '') === 'resources';
  });
  if (!shipsResources) problems.push('extraResources must ship the resources folder ({ from: resources })');
  return result('resources', problems, 'resources/ exists and ships as extraResources');
}

export function checkIcon(config: Json, projectDir: string): CheckResult {
  const icon = config.icon;
  if (typeof icon !== 'string') return result('icon', ['icon is not set'], '');
  const path = join(projectDir, icon);
  if (!existsSync(path)) return result('icon', [`${icon} does not exist (run npx tsx scripts/make-icon.ts)`], '');
  const size = pngSize(readFileSync(path));
  if (!size) return result('icon', [`${icon} is not a PNG`], '');
  const problems: string[] = [];
  if (size.width < MIN_ICON_SIZE || size.height < MIN_ICON_SIZE) {
    problems.push(`${icon} is ${size.width}x${size.height}; electron-builder needs at least ${MIN_ICON_SIZE}x${MIN_ICON_SIZE}`);
  }
  if (size.width !== size.height) problems.push(`${icon} is not square`);
  return result('icon', problems, `${icon} is a ${size.width}x${size.height} PNG`);
}

export function checkPackageMain(pkg: Json): CheckResult {
  const main = pkg.main;
  const problems: string[] = [];
  if (typeof main !== 'string') problems.push('package.json has no "main"');
  else if (!normalize(main).replace(/\\/g, '/').startsWith('out/')) problems.push(`package.json main "${main}" does not point into out/`);
  if (pkg.build !== undefined) problems.push('package.json has a "build" key; keep the configuration in electron-builder.yml only');
  return result('package.json main', problems, `main is ${String(main)}`);
}

/** "Open with Framewise": macOS document types (role Viewer) and Linux desktop MIME types. */
export function checkFileAssociations(config: Json): CheckResult {
  const problems: string[] = [];
  const associations = [...asArray(config.fileAssociations), ...asArray(get(config, 'mac', 'fileAssociations'))];
  for (const ext of IMPORT_EXTENSIONS) {
    const match = associations.find((a) => asArray(get(a, 'ext')).includes(ext));
    if (!match) problems.push(`no macOS file association for .${ext}`);
    else if (get(match, 'role') !== 'Viewer') problems.push(`.${ext} association should have role Viewer`);
  }
  // Linux lists a type in the .desktop file through mimeTypes, or through a fileAssociation (ours: it also installs the type's definition).
  const mimeTypes = [...asArray(get(config, 'linux', 'mimeTypes')), ...asArray(get(config, 'linux', 'fileAssociations')).map((a) => get(a, 'mimeType'))];
  for (const [ext, mime] of Object.entries(REQUIRED_MIME_TYPES)) {
    if (!mimeTypes.includes(mime)) problems.push(`linux.mimeTypes should include ${mime} (.${ext})`);
  }
  const winAssociations = [...asArray(config.fileAssociations), ...asArray(get(config, 'win', 'fileAssociations'))];
  if (winAssociations.length > 0) {
    problems.push('fileAssociations reach Windows, where the NSIS installer would take over the default program for these types');
  }
  return result('file associations', problems, `${IMPORT_EXTENSIONS.map((e) => `.${e}`).join(' ')} open with Framewise (macOS, Linux)`);
}

/** electron-builder's own package.json checks (name, version, no electron in dependencies…). */
export function checkPackageMetadata(pkg: Json, projectDir: string): CheckResult {
  const { checkMetadata } = requireFromBuilder<{
    checkMetadata(metadata: Json, devMetadata: Json, appPackageFile: string, devPackageFile: string): void;
  }>('./out/util/packageMetadata.js');
  const file = join(projectDir, 'package.json');
  try {
    checkMetadata(pkg, pkg, file, file);
    return result('package.json metadata', [], 'name, version and dependencies pass electron-builder');
  } catch (error) {
    return result('package.json metadata', [error instanceof Error ? error.message : String(error)], '');
  }
}

/**
 * The afterPack hook that flips Electron's fuses (scripts/after-pack.mjs) is configured and
 * exists; electron-builder's own `electronFuses` is not also set, so fuses are flipped once.
 */
export function checkFuseHook(config: Json, projectDir: string): CheckResult {
  const problems: string[] = [];
  const hook = config.afterPack;
  if (typeof hook !== 'string' || hook.length === 0) problems.push('afterPack is not set: the packaged app would keep Electron’s default fuses');
  else if (!existsSync(join(projectDir, hook))) problems.push(`afterPack hook ${hook} does not exist`);
  if (config.electronFuses != null) problems.push('electronFuses is set as well as the afterPack hook: set fuses in one place');
  return result('fuses', problems, `afterPack ${String(hook)} flips the fuses before signing`);
}

export async function checkSchema(config: Json): Promise<CheckResult> {
  try {
    await validateWithBuilderSchema(config);
    return result('electron-builder schema', [], 'valid against app-builder-lib/scheme.json');
  } catch (error) {
    return result('electron-builder schema', [error instanceof Error ? error.message : String(error)], '');
  }
}

/** Every check against the project in `projectDir`. */
export async function runPackagingChecks(projectDir: string): Promise<CheckResult[]> {
  let raw: Json;
  try {
    raw = readBuilderYaml(projectDir);
  } catch (error) {
    return [{ name: 'electron-builder.yml', ok: false, detail: error instanceof Error ? error.message : String(error) }];
  }
  const pkg = readPackageJson(projectDir);
  const results = [
    checkRequiredFields(raw),
    checkFiles(raw),
    checkResourcesShipped(raw, projectDir),
    checkIcon(raw, projectDir),
    checkPackageMain(pkg),
    checkPackageMetadata(pkg, projectDir),
    checkFileAssociations(raw),
    checkFuseHook(raw, projectDir),
  ];
  // Validate what electron-builder would actually use: the file after its own loading and merging.
  try {
    results.unshift(await checkSchema(await loadBuilderConfig(projectDir)));
  } catch (error) {
    results.unshift({ name: 'electron-builder schema', ok: false, detail: error instanceof Error ? error.message : String(error) });
  }
  return results;
}
