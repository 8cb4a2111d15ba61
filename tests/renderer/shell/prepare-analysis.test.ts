// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const client = vi.hoisted(() => ({ prepare: vi.fn(), warm: vi.fn() }));
vi.mock('../../../src/renderer/src/analysis/analysis-client', () => ({ getAnalysisClient: () => client }));

import { PREPARE_ANALYSIS_DELAY_MS, usePrepareAnalysis } from '../../../src/renderer/src/shell/prepare-analysis';

describe('usePrepareAnalysis', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    client.prepare.mockClear();
    client.warm.mockClear();
  });
  afterEach(() => vi.useRealTimers());

  it('starts the worker after the delay, then loads the analyser in it once idle', () => {
    renderHook(() => usePrepareAnalysis());
    vi.advanceTimersByTime(PREPARE_ANALYSIS_DELAY_MS - 1);
    expect(client.prepare).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(client.prepare).toHaveBeenCalledTimes(1);
    vi.runAllTimers();
    expect(client.warm).toHaveBeenCalledTimes(1);
    expect(client.prepare.mock.invocationCallOrder[0]).toBeLessThan(client.warm.mock.invocationCallOrder[0]);
  });

  it('does nothing when the app unmounts first', () => {
    const { unmount } = renderHook(() => usePrepareAnalysis());
    unmount();
    vi.runAllTimers();
    expect(client.prepare).not.toHaveBeenCalled();
    expect(client.warm).not.toHaveBeenCalled();
  });
});
