/**
 * Every user-visible English string of the renderer. Placeholders are `{name}`;
 * an entry that is an object is chosen by `Intl.PluralRules` on the `count` param.
 */
export const en = {
  'app.name': 'Framewise',
  'app.tagline': 'Read the news closely',
  'app.loading': 'Opening your library…',
  'app.startFailed': 'Framewise could not open its library: {message}. Close other Framewise windows or tabs and reload.',

  'nav.label': 'Main',
  'nav.library': 'Library',
  'nav.practice': 'Practise',
  'nav.progress': 'Progress',
  'nav.settings': 'Settings',
  'reader.practise': 'Practise this article',
  'app.noLearner': 'Choose or add a learner in Settings to practise and see progress.',

  'toolbar.import': 'Import an article',
  'toolbar.importShortcut': 'Import files (Ctrl+O)',
  'toolbar.paste': 'Paste text',
  'toolbar.search': 'Search the library',
  'toolbar.searchPlaceholder': 'Search titles, sources and text',
  'toolbar.themeToDark': 'Switch to dark theme',
  'toolbar.themeToLight': 'Switch to light theme',
  'toolbar.themeDark': 'Dark',
  'toolbar.themeLight': 'Light',

  'import.inputLabel': 'Import files',
  'import.dropTitle': 'Drop to import',
  'import.dropHint': 'Saved web pages, .txt, .md, .docx and .pdf files. Folders work too.',
  'import.importing': 'Importing {name}…',
  'import.imported': 'Imported “{title}”.',
  'import.duplicate': '“{title}” is already in your library.',
  'import.duplicateOpen': 'Open it',
  'import.rejected': '{name} was not imported. {message}',
  'import.dismiss': 'Dismiss message',
  'import.nothingToImport': 'No files were found in what you dropped. Drop files or a folder of articles.',

  'importError.empty': 'This file is empty. Open the article, check that it has text, save it and import it again.',
  'importError.binary':
    'This file does not contain readable text (it looks like an image, program or other binary file). Import the article as .txt, .md, .html, .htm, .docx or .pdf.',
  'importError.too-large':
    'This file is too large to import (the limit is 10 MB). Save only the article text, for example as a .txt file, and import that.',
  'importError.unsupported-type':
    'This kind of file cannot be imported. Save the article as .txt, .md, .html, .htm, .docx or .pdf and import it again.',
  'importError.unreadable':
    'This file could not be read: it may be damaged or not really the format its name says. Open it in its usual program, save it again (or save it as .txt) and import the new copy.',
  'importError.password-protected':
    'This file is protected by a password. Open it in its usual program, remove the password (or save an unprotected copy) and import that copy.',
  'importError.no-article-text':
    'No article text was found in this file. Check that the file contains the article itself, or copy the article text into a .txt file and import that.',
  'importError.not-a-file': 'This is not a file (perhaps a folder or a shortcut). Choose the article files themselves.',
  'importError.cancelled': 'Not imported: the import was stopped before this file was saved (nothing of it was kept). Import it again if you still want it.',
  'importError.detail.docx-too-large':
    'This Word document unpacks to far more than an article needs (the limits are {xmlMegabytes} MB of document text and {totalMegabytes} MB in all); it may be damaged or built to crash programs. Open it in Word or LibreOffice, save only the article text as .txt or a new .docx, and import that.',
  'importError.detail.took-too-long':
    'Reading this file took longer than {seconds} seconds, so it was stopped and nothing of it was kept; it may be damaged or built to stall programs. Open it in its usual program, save the article as .txt and import that.',
  'importError.detail.too-deeply-nested':
    'This document is nested far too deeply to read (for example tables inside tables thousands of levels deep); it may be damaged or built to crash programs. Copy the article text into a .txt file and import that.',
  'importError.detail.pdf-too-many-pages':
    'This PDF has {pages} pages; Framewise imports PDFs of up to {maxPages} pages. Save or print only the pages with the article as a new PDF (or copy its text into a .txt file) and import that.',
  'importError.detail.pdf-too-much-text':
    'This PDF holds far more text pieces than an article (it may be damaged or built to crash programs). Save or print only the pages with the article as a new PDF (or copy its text into a .txt file) and import that.',
  'importError.detail.pdf-too-much-data':
    'This PDF unpacks to far more data than an article needs (over {megabytes} MB); it may be damaged or built to crash programs. Save or print only the pages with the article as a new PDF (or copy its text into a .txt file) and import that.',
  'importError.detail.article-too-long':
    'This document contains far more text than a news article (over 10 million characters). Copy only the article text into a .txt file and import that.',
  'importError.unknown': 'Something went wrong while importing this file: {message}. Try again, or save the article as .txt and import that.',

  'batch.region': 'Import progress',
  'batch.titleRunning': {
    one: 'Importing {count} file',
    other: 'Importing {count} files',
  },
  'batch.titleDone': 'Import finished',
  'batch.titleCancelled': 'Import stopped',
  'batch.progress': '{done} of {total}',
  'batch.progressLabel': 'Files imported so far',
  'batch.summaryImported': {
    one: '{count} imported',
    other: '{count} imported',
  },
  'batch.summaryDuplicate': {
    one: '{count} already in your library',
    other: '{count} already in your library',
  },
  'batch.summaryRejected': {
    one: '{count} rejected',
    other: '{count} rejected',
  },
  'batch.statusImported': 'Imported',
  'batch.statusDuplicate': 'Already in your library',
  'batch.statusRejected': 'Rejected',
  'batch.cancel': 'Stop importing',
  'batch.close': 'Close import results',
  'batch.open': 'Open “{title}”',
  'batch.results': 'Results per file',
  'batch.showRejectedOnly': 'Show only files that were not imported',

  'paste.title': 'Paste an article',
  'paste.intro': 'Paste the text of a news article. Framewise keeps it on this computer only.',
  'paste.titleLabel': 'Title',
  'paste.titlePlaceholder': 'Optional — the first line is used if you leave it empty',
  'paste.textLabel': 'Article text',
  'paste.submit': 'Import text',
  'paste.cancel': 'Cancel',
  'paste.emptyError': 'Paste some article text first.',
  'paste.defaultFileName': 'Pasted text',

  'library.title': 'Library',
  'library.count': {
    one: '{count} article',
    other: '{count} articles',
  },
  'library.sortLabel': 'Sort by',
  'library.sort.importedAt': 'Recently imported',
  'library.sort.title': 'Title (A–Z)',
  'library.sort.publishedAt': 'Published date (newest)',
  'library.sort.wordCount': 'Length (longest)',
  'library.sort.relevance': 'Best match',
  'library.snippetLabel': 'Matching passage:',
  'library.col.title': 'Title',
  'library.col.source': 'Source',
  'library.col.published': 'Published',
  'library.col.words': 'Words',
  'library.col.imported': 'Imported',
  'library.col.actions': 'Actions',
  'library.unknown': '—',
  'library.sampleBadge': 'Sample',
  'samples.practiceSite': 'Framewise practice library',
  'samples.seedSite': 'Seed article',
  'reader.practiceNote':
    'Practice article, invented for Framewise: the people, places and events are fictional. It has a hand-made answer key.',
  'reader.seedNote': 'Sample article, as first imported by the Framewise team, with a hand-made answer key.',
  'library.delete': 'Delete “{title}”',
  'library.deleteShort': 'Delete',
  'library.keyboardHint': 'Use the arrow keys to move between articles, Enter to open, Delete to delete.',
  'library.emptyTitle': 'Your library is empty',
  'library.emptyBody':
    'Import a news article to read it closely: a saved web page (.html), .txt, .md, .docx or .pdf. Use the “Import an article” button, press Ctrl+O, drop files anywhere on this window, or paste the text.',
  'library.noMatchTitle': 'No articles match “{query}”',
  'library.noMatchBody': 'Try another word from the title, the source or the text of an article.',
  'library.clearSearch': 'Clear search',
  'library.tableLabel': 'Articles in your library',

  'reader.back': 'Back to library',
  'reader.backHint': 'Esc',
  'reader.delete': 'Delete article',
  'reader.notFound': 'This article is no longer in your library.',
  'reader.loading': 'Opening the article…',
  'reader.meta': 'Article details',
  'reader.words': {
    one: '{count} word',
    other: '{count} words',
  },
  'reader.by': 'By {byline}',
  'reader.debris': {
    one: '{count} line of page clutter was removed',
    other: '{count} lines of page clutter were removed',
  },
  'reader.debrisReason': '({reason})',
  'reader.keyboardHint':
    'j / k move between paragraphs; Alt+A turns the analysis on, then ] and [ move between sentences and Enter shows why. Esc goes back. Press ? for every shortcut.',
  'reader.keyboardHintShort': 'Keys: Alt+A analysis · j / k paragraphs · ] [ sentences · Esc back · ? all shortcuts',
  'reader.empty': 'No article text was kept for this article.',

  'format.txt': 'Plain text',
  'format.md': 'Markdown',
  'format.html': 'Saved web page',
  'format.docx': 'Word document',
  'format.pdf': 'PDF',
  'format.paste': 'Pasted text',
  'format.sample': 'Sample article',

  'undo.deleted': 'Deleted “{title}”.',
  'undo.button': 'Undo',
  'undo.restored': 'Restored “{title}”.',
  'undo.dismiss': 'Dismiss',

  'error.generic': 'Something went wrong: {message}',

  'carryOver.region': 'Library from the previous version',
  'carryOver.working': 'Bringing your library over from the previous version of Framewise…',
  'carryOver.done': 'Your library was carried over from the previous version.',
  'carryOver.failed':
    'Your library from the previous version could not be carried over. It is still on this computer, untouched, and Framewise will try again the next time it starts. To recover it now, open the previous version of Framewise, save a backup (Settings → Backup), then restore that backup here.',
} as const;

export type Messages = typeof en;
