/**
 * The narrow bridge object exposed as `window.framewise`: exactly `FramewiseApi`,
 * never ipcRenderer itself, never a channel name chosen by the page.
 */
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import {
  EVENT_CHANNELS,
  type CarryOverAppRequest,
  type EventChannel,
  type EventChannels,
  type FramewiseApi,
  type InvokeChannel,
  type InvokeChannels,
  type SendChannel,
} from '../shared/ipc-contract';

export type IpcRendererLike = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener' | 'send'>;

export function isEventChannel(channel: unknown): channel is EventChannel {
  return typeof channel === 'string' && (EVENT_CHANNELS as readonly string[]).includes(channel);
}

function carryOverAppRequest(request: CarryOverAppRequest): CarryOverAppRequest {
  switch (request.step) {
    case 'imported':
      return { step: 'imported', outcome: request.outcome };
    case 'import-failed':
      return { step: 'import-failed', reason: request.reason };
    default:
      return { step: 'take' };
  }
}

export function createFramewiseApi(ipc: IpcRendererLike): FramewiseApi {
  function invoke<C extends InvokeChannel>(
    channel: C,
    ...request: InvokeChannels[C]['request'] extends void ? [] : [InvokeChannels[C]['request']]
  ): Promise<InvokeChannels[C]['response']> {
    return ipc.invoke(channel, ...request);
  }

  const api = {
    pickFiles: () => invoke('import:pickFiles'),
    nextPickedFiles: () => invoke('import:nextPicked'),
    // Copy only the declared fields: extra properties a page adds never reach main.
    saveBackup: (request) => invoke('backup:save', { suggestedName: request.suggestedName, data: request.data }),
    openBackup: () => invoke('backup:open'),
    savePack: (request) => invoke('pack:save', { suggestedName: request.suggestedName, data: request.data }),
    saveExport: (request) => invoke('export:save', { kind: request.kind, suggestedName: request.suggestedName, data: request.data }),
    appInfo: () => invoke('app:info'),
    // Again only the declared fields of each step.
    carryOver: (request) => invoke('library:carryOver', carryOverAppRequest(request)),
    on<C extends EventChannel>(channel: C, listener: (payload: EventChannels[C]) => void): () => void {
      if (!isEventChannel(channel)) {
        throw new Error(`framewise.on: unknown event channel "${String(channel).slice(0, 60)}"`);
      }
      if (typeof listener !== 'function') throw new Error('framewise.on: listener must be a function');
      // The IpcRendererEvent (with its `sender`) never reaches the page.
      const forward = (_event: IpcRendererEvent, payload: EventChannels[C]) => listener(payload);
      ipc.on(channel, forward);
      // Main holds "Open with" files until someone is listening for them.
      if (channel === 'files:opened') ipc.send('files:ready' satisfies SendChannel);
      return () => {
        ipc.removeListener(channel, forward);
      };
    },
  } satisfies FramewiseApi;
  return api;
}
