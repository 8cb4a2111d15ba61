// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useNotices } from '../../../src/renderer/src/shell/notices';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('notices', () => {
  it('fades a plain confirmation after the timeout', () => {
    const { result } = renderHook(() => useNotices(1000));
    act(() => result.current.show({ tone: 'info', text: 'Imported.' }));
    act(() => vi.advanceTimersByTime(999));
    expect(result.current.notice?.text).toBe('Imported.');
    act(() => vi.advanceTimersByTime(1));
    expect(result.current.notice).toBeNull();
  });

  it('keeps errors and offers until dismissed', () => {
    const { result } = renderHook(() => useNotices(1000));
    act(() => result.current.show({ tone: 'error', text: 'Failed.' }));
    act(() => vi.advanceTimersByTime(5000));
    expect(result.current.notice?.text).toBe('Failed.');
    act(() => result.current.show({ tone: 'info', text: 'Already there.', action: { label: 'Open it', onClick: () => {} } }));
    act(() => vi.advanceTimersByTime(5000));
    expect(result.current.notice?.text).toBe('Already there.');
    act(() => result.current.dismiss());
    expect(result.current.notice).toBeNull();
  });
});
