import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, MAX_BACKUP_BYTES, MAX_CARRY_OVER_REASON_CHARS, MAX_PACK_SAVE_BYTES } from '../../src/shared/ipc-contract';
import { MAX_PACK_BYTES } from '../../src/core/pack/format';
import { locateApp } from '../../src/main/app-location';
import { APP_INDEX_URL } from '../../src/main/app-protocol';
import {
  IpcValidationError,
  isSafeExternalUrl,
  isTrustedSender,
  MAX_URL_LENGTH,
  requestValidators,
  validateBackupSave,
  validatePackSave,
  validateCarryOver,
} from '../../src/main/ipc-validation';

const location = locateApp({ mainDir: join('/opt', 'app', 'out', 'main'), isPackaged: true });
const appPage = APP_INDEX_URL;
const data = new Uint8Array([1, 2, 3]);

describe('request validators', () => {
  it('exist for every invoke channel of the contract', () => {
    expect(Object.keys(requestValidators).sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('offer no channel that opens URLs: links open only through the click guard in security.ts', () => {
    expect(INVOKE_CHANNELS.filter((channel) => channel.startsWith('shell:'))).toEqual([]);
    expect(requestValidators).not.toHaveProperty('shell:openExternal');
  });

  it('accept no payload, and only no payload, on void channels', () => {
    for (const channel of ['import:pickFiles', 'import:nextPicked', 'backup:open', 'app:info'] as const) {
      expect(() => requestValidators[channel](undefined)).not.toThrow();
      for (const bad of [null, 0, '', {}, 'x', []]) {
        expect(() => requestValidators[channel](bad)).toThrow(IpcValidationError);
      }
    }
  });

  it('accept a well-formed backup request and return only the declared fields', () => {
    expect(validateBackupSave({ suggestedName: 'framewise-backup 2026-11-28.framewise', data })).toEqual({
      suggestedName: 'framewise-backup 2026-11-28.framewise',
      data,
    });
    expect(validateBackupSave({ suggestedName: 'Sauvegarde élève (1)', data }).suggestedName).toBe('Sauvegarde élève (1)');
  });

  it('reject backup requests of the wrong shape or type', () => {
    const cases: unknown[] = [
      undefined,
      null,
      'backup',
      [],
      { suggestedName: 'a' },
      { data },
      { suggestedName: 42, data },
      { suggestedName: 'a', data: [1, 2, 3] },
      { suggestedName: 'a', data: 'AAEC' },
      { suggestedName: 'a', data: new Uint8Array(0) },
      { suggestedName: 'a', data, extra: true },
      new (class { suggestedName = 'a'; data = data; })(),
    ];
    for (const payload of cases) expect(() => validateBackupSave(payload)).toThrow(IpcValidationError);
  });

  it('reject file names that are paths, hidden, huge or odd', () => {
    for (const suggestedName of ['../../etc/passwd', '/tmp/x', 'C:\\Windows\\x', 'a/b', '.bashrc', 'x'.repeat(201), '', 'a\u0000b', 'a:b', 'a*b', 'con<1>']) {
      expect(() => validateBackupSave({ suggestedName, data }), suggestedName).toThrow(/suggestedName/);
    }
  });

  it('reject a backup larger than the limit without copying it', () => {
    const huge = { byteLength: MAX_BACKUP_BYTES + 1 };
    Object.setPrototypeOf(huge, Uint8Array.prototype);
    expect(() => validateBackupSave({ suggestedName: 'a', data: huge })).toThrow(/larger than/);
  });

  it('hold a class pack to the pack reader\'s cap, under its own channel name', () => {
    expect(MAX_PACK_SAVE_BYTES).toBe(MAX_PACK_BYTES);
    const huge = { byteLength: MAX_PACK_SAVE_BYTES + 1 };
    Object.setPrototypeOf(huge, Uint8Array.prototype);
    expect(() => validatePackSave({ suggestedName: 'a', data: huge })).toThrow('Invalid request on pack:save: data is larger than 64 MB');
    expect(validatePackSave({ suggestedName: 'Week 3.framewise-pack', data: new Uint8Array(1) })).toEqual({ suggestedName: 'Week 3.framewise-pack', data: new Uint8Array(1) });
  });

  it('name the channel and the problem in the error message', () => {
    expect(() => validateBackupSave({ suggestedName: 'a', data: new Uint8Array(0) })).toThrow(
      'Invalid request on backup:save: data is empty',
    );
  });
});

// The link guard (security.ts) opens only URLs that pass this check.
describe('carry-over payloads', () => {
  it('accept each step with exactly its fields', () => {
    expect(validateCarryOver({ step: 'take' })).toEqual({ step: 'take' });
    expect(validateCarryOver({ step: 'exported', data })).toEqual({ step: 'exported', data });
    expect(validateCarryOver({ step: 'imported', outcome: 'merged' })).toEqual({ step: 'imported', outcome: 'merged' });
    expect(validateCarryOver({ step: 'export-failed', reason: 'x' })).toEqual({ step: 'export-failed', reason: 'x' });
    expect(validateCarryOver({ step: 'import-failed', reason: 'y' })).toEqual({ step: 'import-failed', reason: 'y' });
  });

  it('reject unknown steps, extra fields and wrong types', () => {
    const bad: unknown[] = [
      undefined,
      null,
      'take',
      [],
      {},
      { step: 'delete' },
      { step: 'take', extra: 1 },
      { step: 'exported' },
      { step: 'exported', data: [1, 2] },
      { step: 'exported', data: new Uint8Array(0) },
      { step: 'exported', data, path: '/etc' },
      { step: 'imported', outcome: 'everything' },
      { step: 'imported' },
      { step: 'export-failed', reason: '' },
      { step: 'import-failed', reason: 42 },
      Object.assign(Object.create({ polluted: true }), { step: 'take' }),
    ];
    for (const payload of bad) expect(() => validateCarryOver(payload), JSON.stringify(payload)).toThrow(IpcValidationError);
  });

  it('reject an export larger than the backup limit and cut long reasons', () => {
    const huge = new Uint8Array(new ArrayBuffer(0), 0);
    Object.defineProperty(huge, 'byteLength', { value: MAX_BACKUP_BYTES + 1 });
    expect(() => validateCarryOver({ step: 'exported', data: huge })).toThrow(/larger than 256 MB/);
    const cut = validateCarryOver({ step: 'export-failed', reason: 'x'.repeat(10_000) });
    expect(cut).toEqual({ step: 'export-failed', reason: 'x'.repeat(MAX_CARRY_OVER_REASON_CHARS) });
  });
});

describe('external URL check', () => {
  it('accepts only http(s) URLs', () => {
    expect(isSafeExternalUrl('https://example.com/a?b=c#d')).toBe(true);
    expect(isSafeExternalUrl('http://example.com')).toBe(true);
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,x',
      'mailto:a@b.c',
      'ftp://example.com',
      'smb://host/share',
      'ms-settings:privacy',
      'https://user:secret@example.com/',
      'example.com',
      '',
      ' https://example.com',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });

  it('refuses huge strings and non-strings', () => {
    expect(isSafeExternalUrl(`https://example.com/${'a'.repeat(MAX_URL_LENGTH)}`)).toBe(false);
    expect(isSafeExternalUrl(`https://example.com/${'a'.repeat(10_000_000)}`)).toBe(false);
    for (const value of [undefined, 1, ['https://example.com'], { url: 'https://a.b' }]) {
      expect(isSafeExternalUrl(value)).toBe(false);
    }
    expect(isSafeExternalUrl({ toString: () => 'https://example.com' })).toBe(false);
  });
});

describe('sender check', () => {
  const trusted = new Set([7]);
  const event = (over: Partial<{ id: number; url: string; parent: unknown; frame: null }> = {}) => ({
    sender: { id: over.id ?? 7 },
    senderFrame: over.frame === null ? null : { url: over.url ?? appPage, parent: over.parent ?? null },
  });

  it('trusts the top frame of our window showing our page', () => {
    expect(isTrustedSender(event(), trusted, location)).toBe(true);
    expect(isTrustedSender(event({ url: `${appPage}#/library` }), trusted, location)).toBe(true);
  });

  it('refuses other windows, subframes, other pages and destroyed frames', () => {
    expect(isTrustedSender(event({ id: 8 }), trusted, location)).toBe(false);
    expect(isTrustedSender(event({ parent: {} }), trusted, location)).toBe(false);
    expect(isTrustedSender(event({ url: 'https://example.com/' }), trusted, location)).toBe(false);
    expect(isTrustedSender(event({ url: pathToFileURL('/tmp/evil.html').href }), trusted, location)).toBe(false);
    // The built page itself as a file: URL is no longer the app: only app:// is.
    expect(isTrustedSender(event({ url: pathToFileURL(location.rendererFile).href }), trusted, location)).toBe(false);
    expect(isTrustedSender(event({ frame: null }), trusted, location)).toBe(false);
  });
});
