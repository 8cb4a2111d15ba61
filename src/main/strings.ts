/**
 * Every user-visible string of the main process (menus, dialog titles, file filters,
 * messages). The renderer's strings live in src/renderer/src/i18n; these keys are named
 * so they can move into src/renderer/src/i18n/en.ts and be read with `t()` unchanged.
 */
const strings = {
  'menu.file': '&File',
  'menu.import': 'Import…',
  'menu.edit': '&Edit',
  'menu.view': '&View',
  'menu.window': '&Window',
  'menu.help': '&Help',
  'menu.about': 'About {name}',
  'dialog.importTitle': 'Import articles',
  'dialog.importFilter': 'Articles',
  'dialog.saveBackupTitle': 'Save backup',
  'dialog.openBackupTitle': 'Open backup',
  'dialog.backupFilter': 'Framewise backup',
  'dialog.savePackTitle': 'Save class pack',
  'dialog.packFilter': 'Framewise class pack',
  'dialog.saveResultsTitle': 'Save results file',
  'dialog.resultsFilter': 'Framewise results',
  'dialog.saveCsvTitle': 'Save class table',
  'dialog.csvFilter': 'CSV (spreadsheet)',
  'backupError.too-large': 'The backup “{name}” was not opened: it is larger than {limit} MB.',
  'backupError.not-a-file': 'The backup “{name}” was not opened: it is not a file.',
  'backupError.unreadable': 'The backup “{name}” was not opened: it could not be read. Check that it still exists and that you may open it.',
  'recovery.crashTitle': 'Framewise',
  'recovery.crashMessage': 'The Framewise window stopped working.',
  'recovery.crashOutOfMemory': 'The Framewise window ran out of memory and stopped.',
  'recovery.crashDetail': 'Your library and progress are saved. Reload the window to carry on; an import that was running may need to be started again.',
  'recovery.hangTitle': 'Framewise',
  'recovery.hangMessage': 'The Framewise window is not responding.',
  'recovery.hangDetail': 'It may still be working on a large file. Wait for it, or reload the window; your library and progress are saved.',
  'recovery.reload': 'Reload',
  'recovery.wait': 'Wait',
  'recovery.quit': 'Quit Framewise',
} as const;

export type MainStringKey = keyof typeof strings;

export function mainString(key: MainStringKey, params: Record<string, string | number> = {}): string {
  return strings[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
