/**
 * The cleaned structure of an article. Offsets always point into the article's
 * original text (the string exactly as decoded / extracted), in UTF-16 code units,
 * so analysis and highlighting can point back at the user's own text.
 */
export type BlockKind = 'heading' | 'paragraph' | 'debris';

export interface TextBlock {
  kind: BlockKind;
  /** Start offset into the original text (inclusive). */
  start: number;
  /** End offset into the original text (exclusive). */
  end: number;
  /** The block's text with whitespace runs collapsed to single spaces and trimmed. */
  text: string;
  /** For debris: why it was dropped (e.g. "advertisement", "share buttons"). */
  reason?: string;
}

export interface CleanedDocument {
  /** The original text exactly as decoded (txt/md) or extracted (html/docx/pdf). */
  original: string;
  /** Headings, paragraphs and debris lines, in document order. */
  blocks: TextBlock[];
}

export type ArticleFormat = 'txt' | 'md' | 'html' | 'docx' | 'pdf' | 'paste' | 'sample';

/** What an importer hands to storage: text and structure, never markup. */
export interface ImportedArticle {
  title: string;
  byline?: string;
  siteName?: string;
  /** ISO 8601 date (or date-time) when the source gives one. */
  publishedAt?: string;
  format: ArticleFormat;
  fileName: string;
  /** Detected source encoding, when the input was bytes (e.g. "UTF-8", "windows-1252"). */
  encoding?: string;
  document: CleanedDocument;
  /** SHA-256 hex of the cleaned text (non-debris blocks joined by blank lines). */
  hash: string;
  wordCount: number;
}
