/**
 * Strings of class packs (sharing articles with their checked keys, importing a pack).
 * Merged into the catalogue by index.ts; every key here starts with `pack.`.
 */
export const packStrings = {
  'pack.open': 'Open a class pack…',
  'pack.inputLabel': 'Choose a class pack file',
  'pack.share': 'Share as class pack',
  'pack.shared': 'Class pack "{name}" saved. Hand it to your class; they open it with "Open a class pack…".',
  'pack.shareFailed': 'The class pack could not be made: {message}',
  'pack.reading': 'Reading the class pack…',
  'pack.previewTitle': 'Class pack: {name}',
  'pack.summary.articles': {
    one: '{count} article',
    other: '{count} articles',
  },
  'pack.summary.keys': {
    one: '{count} checked key',
    other: '{count} checked keys',
  },
  'pack.summary.due': 'assignment due {date}',
  'pack.summary.assignment': 'an assignment',
  'pack.assignment': 'Assignment: {title}',
  'pack.assignmentBy': 'Assignment: {title}, from {teacher}',
  'pack.articlesLabel': 'Articles in this pack',
  'pack.status.add': 'New',
  'pack.status.present': 'Already in your library: your answers are kept',
  'pack.status.restore': 'In your trash: it comes back with your answers',
  'pack.key.take': 'checked key',
  'pack.key.keep-local': 'your key is newer and is kept',
  'pack.key.none': 'no checked key',
  'pack.nothingYet': 'Nothing has been changed yet.',
  'pack.import': 'Import',
  'pack.cancel': 'Cancel',
  'pack.imported': {
    one: 'Class pack imported: {count} article is in your library.',
    other: 'Class pack imported: {count} articles are in your library.',
  },
  'pack.keysNotFitting': {
    one: '{count} checked key did not fit your copy of its article and was not taken.',
    other: '{count} checked keys did not fit your copies of their articles and were not taken.',
  },
  'pack.importFailed': 'The class pack could not be imported, and nothing was changed: {message}',
  'pack.error.too-large': '"{name}" is too large to be a class pack (the limit is 64 MB). Nothing was changed.',
  'pack.error.not-a-pack': '"{name}" is not a Framewise class pack. Ask your teacher for the .framewise-pack file. Nothing was changed.',
  'pack.error.newer-version': '"{name}" was made by a newer version of Framewise. Update Framewise, then open it again. Nothing was changed.',
  'pack.error.too-deep': '"{name}" is not a class pack Framewise can read (its structure is far too deep). Nothing was changed.',
  'pack.error.bad-field': '"{name}" is damaged (a part of it is not what a class pack holds). Ask your teacher for a new copy. Nothing was changed.',
  'pack.error.hash-mismatch': '"{name}" is damaged or was edited: an article\'s text does not match its fingerprint. Ask your teacher for a new copy. Nothing was changed.',
  'pack.error.key-mismatch': '"{name}" is damaged or was edited: an answer key does not fit its article. Ask your teacher for a new copy. Nothing was changed.',
} as const;
