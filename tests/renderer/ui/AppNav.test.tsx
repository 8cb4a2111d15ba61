// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MenuButton, PHONE_WIDTH_QUERY } from '../../../src/renderer/src/ui/AppNav';
import { stubMatchMedia } from './media-query-stub';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('MenuButton', () => {
  it('keeps "Menu" as its name, drawn only wider than a phone (the shared .visually-hidden rule)', () => {
    const media = stubMatchMedia([]);
    render(<MenuButton open={false} onToggle={() => {}} />);
    const button = screen.getByRole('button', { name: 'Menu' });
    const label = button.querySelector('.toolbar__menu-label')!;
    expect(label.classList.contains('visually-hidden')).toBe(false);
    act(() => media.set([PHONE_WIDTH_QUERY]));
    expect(label.classList.contains('visually-hidden')).toBe(true);
    expect(screen.getByRole('button', { name: 'Menu' })).toBe(button);
  });
});
