import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron'));

import type { MessageBoxOptions } from 'electron';
import { crashDialogOptions, guardRendererRecovery, hangDialogOptions } from '../../src/main/renderer-recovery';
import { mainString } from '../../src/main/strings';
import { FakeWebContents } from './fake-electron';

class FakeWindow extends EventEmitter {
  destroyed = false;
  webContents = new FakeWebContents();
  isDestroyed = () => this.destroyed;
}

/** A message box whose answer the test gives later, as the learner would. */
function pendingDialogs() {
  const open: { options: MessageBoxOptions; answer(response: number): void }[] = [];
  const showMessageBox = vi.fn(
    (_window: unknown, options: MessageBoxOptions) =>
      new Promise<{ response: number }>((resolve) => {
        open.push({ options, answer: (response) => resolve({ response }) });
        options.signal?.addEventListener('abort', () => resolve({ response: options.cancelId ?? 0 }));
      }),
  );
  return { open, showMessageBox };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

let window: FakeWindow;
let dialogs: ReturnType<typeof pendingDialogs>;
let quit: ReturnType<typeof vi.fn<() => void>>;
let log: ReturnType<typeof vi.fn<(message: string) => void>>;

beforeEach(() => {
  window = new FakeWindow();
  dialogs = pendingDialogs();
  quit = vi.fn<() => void>();
  log = vi.fn<(message: string) => void>();
  guardRendererRecovery(window as never, { showMessageBox: dialogs.showMessageBox, quit, log });
});

const gone = (reason: string, exitCode = 1) => window.webContents.emit('render-process-gone', {}, { reason, exitCode });

describe('when the page crashes', () => {
  it('logs the reason and offers Reload or Quit, attached to the window', () => {
    gone('crashed', 139);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('crashed (exit code 139)'));
    expect(dialogs.showMessageBox).toHaveBeenCalledTimes(1);
    expect(dialogs.showMessageBox.mock.calls[0][0]).toBe(window);
    const options = dialogs.open[0].options;
    expect(options.message).toBe(mainString('recovery.crashMessage'));
    expect(options.buttons).toEqual([mainString('recovery.reload'), mainString('recovery.quit')]);
  });

  it('says when the page ran out of memory', () => {
    gone('oom');
    expect(dialogs.open[0].options.message).toBe(mainString('recovery.crashOutOfMemory'));
    expect(crashDialogOptions({ reason: 'oom', exitCode: 0 }).message).toMatch(/ran out of memory/);
  });

  it('reloads the page when the learner chooses Reload or closes the dialog', async () => {
    gone('crashed');
    dialogs.open[0].answer(0);
    await flush();
    expect(window.webContents.reload).toHaveBeenCalledTimes(1);
    expect(quit).not.toHaveBeenCalled();
    expect(crashDialogOptions({ reason: 'crashed', exitCode: 1 }).cancelId).toBe(0);
  });

  it('quits when the learner chooses Quit', async () => {
    gone('oom');
    dialogs.open[0].answer(1);
    await flush();
    expect(quit).toHaveBeenCalledTimes(1);
    expect(window.webContents.reload).not.toHaveBeenCalled();
  });

  it('shows one dialog at a time, and none for a clean exit or a closed window', async () => {
    gone('crashed');
    gone('killed');
    expect(dialogs.showMessageBox).toHaveBeenCalledTimes(1);
    dialogs.open[0].answer(0);
    await flush();
    gone('clean-exit', 0);
    window.destroyed = true;
    gone('crashed');
    expect(dialogs.showMessageBox).toHaveBeenCalledTimes(1);
  });

  it('still reloads if the dialog cannot be shown', async () => {
    dialogs.showMessageBox.mockRejectedValueOnce(new Error('no display'));
    gone('crashed');
    await flush();
    expect(window.webContents.reload).toHaveBeenCalledTimes(1);
  });
});

describe('when the page stops responding', () => {
  it('offers Wait, Reload or Quit; Wait does nothing', async () => {
    window.emit('unresponsive');
    const options = dialogs.open[0].options;
    expect(options.message).toBe(mainString('recovery.hangMessage'));
    expect(options.buttons).toEqual([mainString('recovery.wait'), mainString('recovery.reload'), mainString('recovery.quit')]);
    expect(options.cancelId).toBe(0);
    dialogs.open[0].answer(0);
    await flush();
    expect(window.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    expect(window.webContents.reload).not.toHaveBeenCalled();
    expect(quit).not.toHaveBeenCalled();
  });

  it('Reload ends the hung process and reloads without a second (crash) dialog', async () => {
    window.emit('unresponsive');
    dialogs.open[0].answer(1);
    await flush();
    expect(window.webContents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1);
    // Electron then reports the process it was told to kill.
    gone('killed');
    expect(window.webContents.reload).toHaveBeenCalledTimes(1);
    expect(dialogs.showMessageBox).toHaveBeenCalledTimes(1);
  });

  it('Quit quits', async () => {
    window.emit('unresponsive');
    dialogs.open[0].answer(2);
    await flush();
    expect(quit).toHaveBeenCalledTimes(1);
  });

  it('closes the dialog by itself when the page responds again', async () => {
    window.emit('unresponsive');
    const signal = dialogs.open[0].options.signal!;
    expect(signal.aborted).toBe(false);
    window.emit('responsive');
    expect(signal.aborted).toBe(true);
    await flush();
    expect(window.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    expect(quit).not.toHaveBeenCalled();
    // A later hang asks again.
    window.emit('unresponsive');
    expect(dialogs.showMessageBox).toHaveBeenCalledTimes(2);
  });

  it('replaces the hang dialog with the crash dialog if the page then dies', async () => {
    window.emit('unresponsive');
    gone('oom');
    expect(dialogs.open[0].options.signal!.aborted).toBe(true);
    expect(dialogs.showMessageBox).toHaveBeenCalledTimes(2);
    expect(dialogs.open[1].options.message).toBe(mainString('recovery.crashOutOfMemory'));
    await flush();
    expect(window.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
  });

  it('passes no signal when none is given', () => {
    expect(hangDialogOptions()).not.toHaveProperty('signal');
  });
});
