import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { flipFuses, FuseV1Options } from '@electron/fuses';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPack, FUSE_CONFIG } from '../../scripts/after-pack.mjs';
import { readBuilderYaml } from '../../scripts/packaging-checks';

const projectDir = resolve(import.meta.dirname, '..', '..');
// @electron/fuses finds the fuse wire after this marker in the Electron binary.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ENABLE = '1'.charCodeAt(0);
const DISABLE = '0'.charCodeAt(0);

describe('Electron fuses', () => {
  it.each([
    ['RunAsNode', false],
    ['EnableNodeOptionsEnvironmentVariable', false],
    ['EnableNodeCliInspectArguments', false],
    ['OnlyLoadAppFromAsar', true],
    ['EnableEmbeddedAsarIntegrityValidation', true],
    ['EnableCookieEncryption', true],
    ['GrantFileProtocolExtraPrivileges', false],
    ['LoadBrowserProcessSpecificV8Snapshot', false],
  ] as const)('%s is %s', (name, expected) => {
    expect((FUSE_CONFIG as Record<number, unknown>)[FuseV1Options[name]]).toBe(expected);
  });

  it('sets every fuse this @electron/fuses knows, none left to the binary default', () => {
    const known = Object.values(FuseV1Options).filter((value): value is number => typeof value === 'number');
    expect(known).toHaveLength(8);
    for (const fuse of known) expect(typeof (FUSE_CONFIG as Record<number, unknown>)[fuse]).toBe('boolean');
  });

  it('hands the config to electron-builder’s fuse helper for the packed app', async () => {
    const addElectronFuses = vi.fn(async () => 1);
    const context = { packager: { addElectronFuses }, appOutDir: '/tmp/out', electronPlatformName: 'linux' };
    await afterPack(context);
    expect(addElectronFuses).toHaveBeenCalledWith(context, FUSE_CONFIG);
  });

  it('is the afterPack hook of electron-builder.yml', () => {
    expect(readBuilderYaml(projectDir).afterPack).toBe('./scripts/after-pack.mjs');
  });
});

describe('the config flips a fuse wire as @electron/fuses writes it', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'framewise-fuses-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the expected state into each fuse of a V1 wire', async () => {
    // A stand-in binary: sentinel, wire version 1, wire length 8, every fuse at its Electron default.
    const defaults = [ENABLE, DISABLE, ENABLE, ENABLE, DISABLE, DISABLE, DISABLE, ENABLE];
    const binary = Buffer.concat([
      Buffer.from('binary-prefix'),
      Buffer.from(SENTINEL),
      Buffer.from([1, defaults.length, ...defaults]),
      Buffer.from('binary-suffix'),
    ]);
    const file = join(dir, 'framewise');
    await writeFile(file, binary);
    await flipFuses(file, FUSE_CONFIG);
    const flipped = await readFile(file);
    const wireStart = flipped.indexOf(SENTINEL) + SENTINEL.length + 2;
    const wire = [...flipped.subarray(wireStart, wireStart + defaults.length)].map((b) => String.fromCharCode(b)).join('');
    // RunAsNode, CookieEncryption, NODE_OPTIONS, --inspect, AsarIntegrity, OnlyAsar, V8Snapshot, FileProtocol
    expect(wire).toBe('01001100');
    expect(flipped.length).toBe(binary.length);
  });
});
