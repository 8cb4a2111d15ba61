// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { t } from '../../../src/renderer/src/i18n';
import { CarryOverNotice, CarryOverProgress } from '../../../src/renderer/src/ui/CarryOverNotice';

afterEach(() => cleanup());

describe('carry-over notice', () => {
  it('says the library was carried over, politely, and can be dismissed by its accessible name', () => {
    const onDismiss = vi.fn();
    render(<CarryOverNotice kind="carried" onDismiss={onDismiss} />);
    expect(screen.getByRole('region', { name: t('carryOver.region') })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Your library was carried over from the previous version');
    fireEvent.click(screen.getByRole('button', { name: t('import.dismiss') }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('on failure says, as an alert, that the old library is still on disk and how to recover it', () => {
    render(<CarryOverNotice kind="failed" onDismiss={() => undefined} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('still on this computer, untouched');
    expect(alert.textContent).toContain('save a backup');
  });

  it('shows progress as a status line', () => {
    render(<CarryOverProgress />);
    expect(screen.getByRole('status').textContent).toBe(t('carryOver.working'));
  });
});
