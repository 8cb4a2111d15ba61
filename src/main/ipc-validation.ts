/**
 * Pure checks for everything the renderer sends to main. A renderer is treated as
 * untrusted input: a compromised page must not be able to crash main, write where it
 * likes. Each validator returns the typed payload or throws an
 * `IpcValidationError` whose message says what was wrong (it reaches the renderer as
 * the rejection of `ipcRenderer.invoke`).
 */
import {
  MAX_BACKUP_BYTES,
  MAX_PACK_SAVE_BYTES,
  MAX_CARRY_OVER_REASON_CHARS,
  type CarryOverOutcome,
  type InvokeChannel,
  type InvokeChannels,
} from '../shared/ipc-contract';
import { isAppUrl, type AppLocation } from './app-location';

export class IpcValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IpcValidationError';
  }
}

export const MAX_URL_LENGTH = 2048;
export const MAX_FILE_NAME_LENGTH = 200;

type Request<C extends InvokeChannel> = InvokeChannels[C]['request'];

function fail(channel: string, message: string): never {
  throw new IpcValidationError(`Invalid request on ${channel}: ${message}`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function expectKeys(channel: string, value: Record<string, unknown>, allowed: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) fail(channel, `unexpected field "${key.slice(0, 40)}"`);
  }
}

function expectNoPayload(channel: InvokeChannel) {
  return (payload: unknown): void => {
    if (payload !== undefined) fail(channel, 'this request takes no payload');
  };
}

/** http(s) only, parsable, no embedded credentials, of sane length. */
export function isSafeExternalUrl(raw: unknown): raw is string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL_LENGTH) return false;
  // The URL parser forgives spaces and control characters; the OS handlers that get the raw string may not.
  if (/[\s\u0000-\u001f\u007f]/u.test(raw)) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username !== '' || url.password !== '') return false;
  return url.hostname.length > 0;
}

// Windows also forbids <>:"|?* and names like CON; a backup name only needs letters, digits and a few marks.
const SAFE_FILE_NAME = /^[\p{L}\p{N} ._()\-]+$/u;

export function validateBackupSave(payload: unknown): Request<'backup:save'> {
  return validateFileSave('backup:save', payload, MAX_BACKUP_BYTES);
}

export function validatePackSave(payload: unknown): Request<'pack:save'> {
  return validateFileSave('pack:save', payload, MAX_PACK_SAVE_BYTES);
}

/** A results file is at most 8 MB (core/results MAX_RESULTS_BYTES); a class CSV is far smaller. */
export const MAX_EXPORT_SAVE_BYTES = 8 * 1024 * 1024;

export function validateExportSave(payload: unknown): Request<'export:save'> {
  if (!isPlainObject(payload)) fail('export:save', 'expected an object { kind, suggestedName, data }');
  expectKeys('export:save', payload, ['kind', 'suggestedName', 'data']);
  const { kind, ...rest } = payload;
  if (kind !== 'results' && kind !== 'csv') fail('export:save', "kind must be 'results' or 'csv'");
  return { kind, ...validateFileSave('export:save', rest, MAX_EXPORT_SAVE_BYTES) };
}

function validateFileSave(channel: 'backup:save' | 'pack:save' | 'export:save', payload: unknown, maxBytes: number): { suggestedName: string; data: Uint8Array } {
  if (!isPlainObject(payload)) fail(channel, 'expected an object { suggestedName, data }');
  expectKeys(channel, payload, ['suggestedName', 'data']);
  const { suggestedName, data } = payload;
  if (typeof suggestedName !== 'string') fail(channel, 'suggestedName must be a string');
  if (suggestedName.length === 0 || suggestedName.length > MAX_FILE_NAME_LENGTH) {
    fail(channel, `suggestedName must be 1 to ${MAX_FILE_NAME_LENGTH} characters`);
  }
  if (!SAFE_FILE_NAME.test(suggestedName) || suggestedName.startsWith('.') || suggestedName.includes('..')) {
    fail(channel, 'suggestedName must be a plain file name (letters, digits, spaces, . _ - ( ))');
  }
  if (!(data instanceof Uint8Array)) fail(channel, 'data must be a Uint8Array');
  if (data.byteLength === 0) fail(channel, 'data is empty');
  if (data.byteLength > maxBytes) {
    fail(channel, `data is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
  }
  return { suggestedName, data };
}

const CARRY_OVER_OUTCOMES: readonly CarryOverOutcome[] = ['replaced', 'merged', 'empty'];

/**
 * The carry-over channel's steps (see CarryOverRequest). Which window may send which
 * step is checked by the handler (src/main/carry-over.ts); here only the shape.
 */
export function validateCarryOver(payload: unknown): Request<'library:carryOver'> {
  const channel = 'library:carryOver';
  if (!isPlainObject(payload)) fail(channel, 'expected an object { step, … }');
  const reason = (): string => {
    const value = payload.reason;
    if (typeof value !== 'string' || value.length === 0) fail(channel, 'reason must be a non-empty string');
    return value.slice(0, MAX_CARRY_OVER_REASON_CHARS);
  };
  switch (payload.step) {
    case 'take':
      expectKeys(channel, payload, ['step']);
      return { step: 'take' };
    case 'exported': {
      expectKeys(channel, payload, ['step', 'data']);
      const { data } = payload;
      if (!(data instanceof Uint8Array)) fail(channel, 'data must be a Uint8Array');
      if (data.byteLength === 0) fail(channel, 'data is empty');
      if (data.byteLength > MAX_BACKUP_BYTES) fail(channel, `data is larger than ${Math.round(MAX_BACKUP_BYTES / 1024 / 1024)} MB`);
      return { step: 'exported', data };
    }
    case 'imported': {
      expectKeys(channel, payload, ['step', 'outcome']);
      const outcome = payload.outcome;
      if (!CARRY_OVER_OUTCOMES.includes(outcome as CarryOverOutcome)) {
        fail(channel, `outcome must be one of ${CARRY_OVER_OUTCOMES.join(', ')}`);
      }
      return { step: 'imported', outcome: outcome as CarryOverOutcome };
    }
    case 'export-failed':
    case 'import-failed':
      expectKeys(channel, payload, ['step', 'reason']);
      return { step: payload.step, reason: reason() };
    default:
      return fail(channel, 'unknown step');
  }
}

/** One validator per invoke channel; `satisfies` makes a missing channel a type error. */
export const requestValidators = {
  'import:pickFiles': expectNoPayload('import:pickFiles'),
  'import:nextPicked': expectNoPayload('import:nextPicked'),
  'backup:save': validateBackupSave,
  'backup:open': expectNoPayload('backup:open'),
  'pack:save': validatePackSave,
  'export:save': validateExportSave,
  'app:info': expectNoPayload('app:info'),
  'library:carryOver': validateCarryOver,
} satisfies { [C in InvokeChannel]: (payload: unknown) => Request<C> };

/** The parts of an IPC event the sender check reads (a subset of Electron's IpcMainEvent). */
export interface IpcSenderLike {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

/**
 * A message is trusted only from the top frame of one of our windows showing our own page:
 * not from a subframe, not after the window navigated elsewhere, not from another webContents.
 */
export function isTrustedSender(
  event: IpcSenderLike,
  trustedWebContentsIds: ReadonlySet<number>,
  location: AppLocation,
): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame.parent !== null) return false;
  if (!trustedWebContentsIds.has(event.sender.id)) return false;
  return isAppUrl(frame.url, location);
}

export function assertTrustedSender(
  channel: string,
  event: IpcSenderLike,
  trustedWebContentsIds: ReadonlySet<number>,
  location: AppLocation,
): void {
  if (!isTrustedSender(event, trustedWebContentsIds, location)) {
    throw new IpcValidationError(`Refused ${channel}: the request did not come from the Framewise window`);
  }
}
