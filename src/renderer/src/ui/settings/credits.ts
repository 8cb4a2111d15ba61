/**
 * What the Credits screen lists. Licences are the `license` fields of each package's
 * own package.json (tests/renderer/settings/credits.test.ts checks them against
 * node_modules, so an upgrade that changes a licence fails the tests).
 */
import type { SettingsMessageKey } from '../../i18n/settings.en';

export interface LibraryCredit {
  /** npm package name, as in package.json. */
  pkg: string;
  /** Name as the project calls itself. */
  name: string;
  /** SPDX identifier. */
  licence: string;
  use: SettingsMessageKey;
}

export const LIBRARY_CREDITS: readonly LibraryCredit[] = [
  { pkg: 'electron', name: 'Electron', licence: 'MIT', use: 'credits.use.electron' },
  { pkg: 'react', name: 'React', licence: 'MIT', use: 'credits.use.react' },
  { pkg: 'dexie', name: 'Dexie.js', licence: 'Apache-2.0', use: 'credits.use.dexie' },
  { pkg: '@mozilla/readability', name: 'Mozilla Readability', licence: 'Apache-2.0', use: 'credits.use.readability' },
  { pkg: 'mammoth', name: 'Mammoth', licence: 'BSD-2-Clause', use: 'credits.use.mammoth' },
  { pkg: 'pdfjs-dist', name: 'PDF.js', licence: 'Apache-2.0', use: 'credits.use.pdfjs' },
  { pkg: 'chardet', name: 'chardet', licence: 'MIT', use: 'credits.use.chardet' },
  { pkg: 'wink-nlp', name: 'wink-nlp', licence: 'MIT', use: 'credits.use.winkNlp' },
  { pkg: 'wink-eng-lite-web-model', name: 'wink-eng-lite-web-model', licence: 'MIT', use: 'credits.use.winkModel' },
  { pkg: 'compromise', name: 'compromise', licence: 'MIT', use: 'credits.use.compromise' },
  { pkg: 'ts-fsrs', name: 'ts-fsrs', licence: 'MIT', use: 'credits.use.tsFsrs' },
  { pkg: 'minisearch', name: 'MiniSearch', licence: 'MIT', use: 'credits.use.minisearch' },
  { pkg: '@tanstack/react-virtual', name: 'TanStack Virtual', licence: 'MIT', use: 'credits.use.tanstackVirtual' },
];

export interface DatasetCredit {
  name: string;
  licence: string;
  about: SettingsMessageKey;
}

/** Used only to measure the analyser; never shipped, never used for training. */
export const EVALUATION_ONLY_DATASETS: readonly DatasetCredit[] = [
  { name: 'CheckThat! subjectivity (English)', licence: 'CC BY-NC-SA 4.0', about: 'credits.evalCheckThat' },
  { name: 'BABE', licence: 'AGPL-3.0', about: 'credits.evalBabe' },
  { name: 'ClaimBuster', licence: 'GPL-3.0', about: 'credits.evalClaimBuster' },
];
