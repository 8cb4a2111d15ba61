import { mkdtemp, readFile, rm, writeFile, mkdir, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  checkFileAssociations,
  checkFiles,
  checkFuseHook,
  checkIcon,
  checkPackageMain,
  checkRequiredFields,
  checkResourcesShipped,
  checkSchema,
  pngSize,
  readBuilderYaml,
  readPackageJson,
  runPackagingChecks,
} from '../../scripts/packaging-checks';
import { encodePng, renderIcon } from '../../scripts/make-icon';

const projectDir = resolve(import.meta.dirname, '..', '..');
const config = () => readBuilderYaml(projectDir);

let scratch: string;
beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'framewise-pack-'));
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('packaging configuration of this project', () => {
  it('passes every packaging check, including electron-builder’s own schema', async () => {
    const results = await runPackagingChecks(projectDir);
    expect(results.map((r) => r.name)).toEqual([
      'electron-builder schema',
      'required fields',
      'files',
      'resources',
      'icon',
      'package.json main',
      'package.json metadata',
      'file associations',
      'fuses',
    ]);
    for (const result of results) expect(result, result.detail).toMatchObject({ ok: true });
  });
});

describe('packaging checks catch mistakes', () => {
  it('fuses: a missing or absent afterPack hook, or fuses set twice', () => {
    expect(checkFuseHook(config(), projectDir)).toMatchObject({ ok: true });
    const { afterPack: _unused, ...withoutHook } = config();
    expect(checkFuseHook(withoutHook, projectDir)).toMatchObject({ ok: false, detail: expect.stringMatching(/afterPack is not set/) });
    expect(checkFuseHook({ ...config(), afterPack: './scripts/nope.mjs' }, projectDir).detail).toMatch(/does not exist/);
    expect(checkFuseHook({ ...config(), electronFuses: { runAsNode: false } }, projectDir).detail).toMatch(/one place/);
  });

  it('schema: rejects an option electron-builder does not know', async () => {
    const broken = { ...config(), linux: { ...(config().linux as object), categroy: 'Education' } };
    const result = await checkSchema(broken);
    expect(result.ok).toBe(false);
    expect(result.detail).toMatch(/configuration\.linux/);
  });

  it('required fields: wrong appId and missing targets', () => {
    const result = checkRequiredFields({ ...config(), appId: 'com.example', win: {}, linux: { category: 'Education' } });
    expect(result.ok).toBe(false);
    expect(result.detail).toMatch(/appId/);
    expect(result.detail).toMatch(/win.target should include nsis/);
    expect(result.detail).toMatch(/linux.target should include AppImage/);
    expect(result.detail).toMatch(/linux.maintainer/);
  });

  it('files: must ship out/** and must not ship sources', () => {
    expect(checkFiles({ files: ['dist/**', 'package.json', '!src/**', '!tests/**', '!scripts/**'] }).detail).toMatch(/out\/\*\*/);
    expect(checkFiles({ files: ['out/**', 'package.json', '**/*'] }).ok).toBe(false);
    expect(checkFiles({ files: ['out/**', 'package.json', 'src/**', '!tests/**', '!scripts/**'] }).detail).toMatch(/exclude src/);
  });

  it('resources: must exist and be shipped', async () => {
    expect(checkResourcesShipped({ extraResources: [] }, projectDir).ok).toBe(false);
    expect(checkResourcesShipped({ extraResources: ['resources/'] }, projectDir).ok).toBe(true);
    expect(checkResourcesShipped({ extraResources: [{ from: 'resources', to: 'resources' }] }, scratch).detail).toMatch(/does not exist/);
  });

  it('icon: must exist and be a square PNG of at least 512x512', async () => {
    await mkdir(join(scratch, 'resources'));
    expect(checkIcon({ icon: 'resources/icon.png' }, scratch).detail).toMatch(/does not exist/);
    await writeFile(join(scratch, 'resources', 'icon.png'), encodePng(256, 256, new Uint8Array(256 * 256 * 4)));
    expect(checkIcon({ icon: 'resources/icon.png' }, scratch).detail).toMatch(/256x256/);
    await writeFile(join(scratch, 'resources', 'icon.png'), 'not a png at all, just text');
    expect(checkIcon({ icon: 'resources/icon.png' }, scratch).detail).toMatch(/not a PNG/);
    expect(checkIcon({}, scratch).ok).toBe(false);
  });

  it('package.json: main must point into out/ and there must be no second "build" config', () => {
    expect(checkPackageMain({ main: './out/main/index.js' }).ok).toBe(true);
    expect(checkPackageMain({ main: 'src/main/index.ts' }).ok).toBe(false);
    expect(checkPackageMain({}).ok).toBe(false);
    expect(checkPackageMain({ main: 'out/main/index.js', build: {} }).detail).toMatch(/"build"/);
    expect(readPackageJson(projectDir).main).toBe('./out/main/index.js');
  });

  it('file associations: every importable format, role Viewer, and none on Windows', () => {
    const good = config();
    const mac = good.mac as { fileAssociations: { ext: string | string[] }[] };
    const withoutPdf = { ...good, mac: { ...mac, fileAssociations: mac.fileAssociations.filter((a) => a.ext !== 'pdf') } };
    expect(checkFileAssociations(withoutPdf).detail).toMatch(/\.pdf/);
    const editor = { ...good, mac: { ...mac, fileAssociations: mac.fileAssociations.map((a) => ({ ...a, role: 'Editor' })) } };
    expect(checkFileAssociations(editor).detail).toMatch(/role Viewer/);
    expect(checkFileAssociations({ ...good, fileAssociations: [{ ext: 'txt' }] }).detail).toMatch(/Windows/);
    expect(checkFileAssociations({ ...good, linux: {} }).detail).toMatch(/linux.mimeTypes/);
  });

  it('the whole run reports a broken project without throwing', async () => {
    await cp(join(projectDir, 'package.json'), join(scratch, 'package.json'));
    await writeFile(join(scratch, 'electron-builder.yml'), 'appId: org.framewise.app\nfiles: [dist/**]\n');
    const results = await runPackagingChecks(scratch);
    expect(results.filter((r) => !r.ok).map((r) => r.name)).toEqual(
      expect.arrayContaining(['required fields', 'files', 'resources', 'icon', 'file associations']),
    );
    await writeFile(join(scratch, 'electron-builder.yml'), '');
    expect(await runPackagingChecks(scratch)).toEqual([expect.objectContaining({ name: 'electron-builder.yml', ok: false })]);
  });
});

describe('app icon', () => {
  it('resources/icon.png is the 512x512 icon scripts/make-icon.ts draws', async () => {
    const bytes = await readFile(join(projectDir, 'resources', 'icon.png'));
    expect(pngSize(bytes)).toEqual({ width: 512, height: 512 });
    expect(bytes.equals(encodePng(512, 512, renderIcon(512)))).toBe(true);
  });

  it('encodes a valid PNG whose pixels decode back', () => {
    const pixels = renderIcon(64);
    const png = encodePng(64, 64, pixels);
    // IDAT starts after signature (8) + IHDR chunk (25); its length is the first 4 bytes.
    const idatLength = png.readUInt32BE(33);
    expect(png.toString('ascii', 37, 41)).toBe('IDAT');
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    expect(raw.length).toBe(64 * (64 * 4 + 1));
    const row32 = raw.subarray(32 * 257 + 1, 33 * 257);
    expect(new Uint8Array(row32)).toEqual(pixels.subarray(32 * 256, 33 * 256));
    // Corners are transparent (rounded square), the centre is opaque.
    expect(pixels[3]).toBe(0);
    expect(pixels[(32 * 64 + 32) * 4 + 3]).toBe(255);
  });
});
