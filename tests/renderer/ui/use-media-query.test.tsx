// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useMediaQuery } from '../../../src/renderer/src/ui/use-media-query';
import { stubMatchMedia } from './media-query-stub';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const QUERY = '(max-height: 720px)';

function Probe() {
  return <p data-testid="probe">{useMediaQuery(QUERY) ? 'short' : 'tall'}</p>;
}

describe('useMediaQuery', () => {
  it('answers on the first render and follows the window as it changes', () => {
    const media = stubMatchMedia([QUERY]);
    const view = render(<Probe />);
    expect(screen.getByTestId('probe').textContent).toBe('short');
    act(() => media.set([]));
    expect(screen.getByTestId('probe').textContent).toBe('tall');
    act(() => media.set([QUERY]));
    expect(screen.getByTestId('probe').textContent).toBe('short');
    expect(media.listenerCount(QUERY)).toBe(1);
    view.unmount();
    expect(media.listenerCount(QUERY)).toBe(0);
  });

  it('is false where there is no matchMedia (no layout)', () => {
    vi.stubGlobal('matchMedia', undefined);
    render(<Probe />);
    expect(screen.getByTestId('probe').textContent).toBe('tall');
  });
});
