/**
 * Remembers recent user input per webContents, like Chromium's "transient user
 * activation": a link may open the system browser only shortly after a click or key
 * press, and each gesture opens at most one URL. A page cannot open browser tabs on
 * its own, in a loop, or on load.
 */
export const ACTIVATION_WINDOW_MS = 5_000;

const ACTIVATING_INPUT = new Set(['mouseUp', 'keyDown', 'rawKeyDown', 'gestureTap', 'touchEnd', 'pointerUp']);

export interface InputEventSource {
  id: number;
  on(event: 'input-event', listener: (event: unknown, input: { type: string }) => void): unknown;
}

export class UserActivation {
  private readonly lastGestureAt = new Map<number, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Starts listening to a webContents' input events. */
  track(contents: InputEventSource): void {
    contents.on('input-event', (_event, input) => {
      if (ACTIVATING_INPUT.has(input.type)) this.lastGestureAt.set(contents.id, this.now());
    });
  }

  /** True (once per gesture) when the user clicked or typed in `contentsId` within the window. */
  consume(contentsId: number): boolean {
    const at = this.lastGestureAt.get(contentsId);
    if (at === undefined) return false;
    this.lastGestureAt.delete(contentsId);
    return this.now() - at <= ACTIVATION_WINDOW_MS;
  }

  forget(contentsId: number): void {
    this.lastGestureAt.delete(contentsId);
  }
}
