// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { learnerKey, readStorage, useStoredPreference, writeStorage } from '../../../src/renderer/src/shell/stored-preference';

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('stored preferences', () => {
  it('reads the stored value through parse, and writes each change', () => {
    localStorage.setItem('k', 'b');
    const parse = (stored: string | null) => (stored === 'a' || stored === 'b' ? stored : 'a');
    const { result } = renderHook(() => useStoredPreference('k', parse));
    expect(result.current[0]).toBe('b');
    act(() => result.current[1]('a'));
    expect(result.current[0]).toBe('a');
    expect(localStorage.getItem('k')).toBe('a');
  });

  it('falls back to the default for an unknown stored string', () => {
    localStorage.setItem('k', 'garbage');
    const { result } = renderHook(() => useStoredPreference('k', (s) => (s === 'x' ? 'x' : 'default')));
    expect(result.current[0]).toBe('default');
  });

  it('keeps working for the session when storage throws', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('denied');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('denied');
    });
    expect(readStorage('k')).toBeNull();
    expect(() => writeStorage('k', 'v')).not.toThrow();
    const { result } = renderHook(() => useStoredPreference('k', (s) => s ?? 'none'));
    act(() => result.current[1]('chosen'));
    expect(result.current[0]).toBe('chosen');
  });
});

describe('stored preferences under a changing key', () => {
  it('reads the new key\'s value when the key changes, and writes under the current key', () => {
    localStorage.setItem('k.1', 'b');
    const parse = (stored: string | null) => (stored === 'b' ? 'b' : 'a');
    const { result, rerender } = renderHook(({ key }) => useStoredPreference(key, parse), { initialProps: { key: 'k.1' } });
    expect(result.current[0]).toBe('b');
    rerender({ key: 'k.2' });
    expect(result.current[0]).toBe('a');
    act(() => result.current[1]('b'));
    expect(localStorage.getItem('k.2')).toBe('b');
    rerender({ key: 'k.1' });
    expect(result.current[0]).toBe('b');
  });

  it('keeps learners apart with learnerKey', () => {
    expect(learnerKey('framewise.readerFilter', 3)).toBe('framewise.readerFilter.3');
    expect(learnerKey('framewise.readerFilter', undefined)).toBe('framewise.readerFilter');
  });
});
