// Preload entry. Bundled as CommonJS (see electron.vite.config.ts): a sandboxed preload
// cannot use ESM imports, and it exports nothing.
import { contextBridge, ipcRenderer } from 'electron';
import { createFramewiseApi } from './api';

contextBridge.exposeInMainWorld('framewise', createFramewiseApi(ipcRenderer));
