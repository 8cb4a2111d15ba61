// Preload entry. Bundled as CommonJS (see electron.vite.config.ts): a sandboxed preload
// cannot use ESM imports, and it exports nothing.
import { contextBridge, ipcRenderer } from 'electron';
import { exportForCarryOver } from '../renderer/src/db/carry-over';
import { createFramewiseApi } from './api';
import { isCarryOverExportPage, runCarryOverExport } from './carry-over-export';

if (isCarryOverExportPage(globalThis.location?.href)) {
  // The hidden carry-over window (src/main/carry-over.ts): export, report, expose nothing.
  void runCarryOverExport(ipcRenderer, () => exportForCarryOver());
} else {
  contextBridge.exposeInMainWorld('framewise', createFramewiseApi(ipcRenderer));
}
