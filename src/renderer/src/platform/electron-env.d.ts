import type { FramewiseApi } from '../../../shared/ipc-contract';

declare global {
  interface Window {
    /** The preload bridge; undefined when the app runs as a plain web page ("browser mode"). */
    framewise?: FramewiseApi;
  }
}

export {};
