import { describe, expect, it, vi } from 'vitest';
import { isCarryOverExportPage, runCarryOverExport } from '../../src/preload/carry-over-export';
import { MAX_CARRY_OVER_REASON_CHARS } from '../../src/shared/ipc-contract';

describe('the export page check', () => {
  it('is true only for a file: URL with exactly ?carry=export', () => {
    expect(isCarryOverExportPage('file:///opt/framewise/out/renderer/index.html?carry=export')).toBe(true);
    for (const href of [
      undefined,
      '',
      'not a url',
      'file:///opt/framewise/out/renderer/index.html',
      'file:///opt/framewise/out/renderer/index.html?carry=import',
      'app://framewise/index.html?carry=export',
      'http://localhost:5173/?carry=export',
    ]) {
      expect(isCarryOverExportPage(href), String(href)).toBe(false);
    }
  });
});

describe('running the export', () => {
  it('sends the exported bytes on library:carryOver', async () => {
    const invoke = vi.fn(async () => ({ status: 'recorded' }));
    const data = new Uint8Array([1, 2, 3]);
    await runCarryOverExport({ invoke } as never, async () => data);
    expect(invoke).toHaveBeenCalledWith('library:carryOver', { step: 'exported', data });
  });

  it('reports a failed export with a short reason, and survives main refusing it', async () => {
    const invoke = vi.fn(async () => {
      throw new Error('refused');
    });
    const failing = async (): Promise<Uint8Array> => {
      throw Object.assign(new Error('x'.repeat(2_000)), { name: 'DataError' });
    };
    await expect(runCarryOverExport({ invoke } as never, failing)).resolves.toBeUndefined();
    const [, request] = invoke.mock.calls[0] as unknown as [string, { step: string; reason: string }];
    expect(request.step).toBe('export-failed');
    expect(request.reason.startsWith('DataError: xxx')).toBe(true);
    expect(request.reason).toHaveLength(MAX_CARRY_OVER_REASON_CHARS);
  });
});
