/**
 * Which of an article's sentences the app may ask about when the answers come from the analyser.
 *
 * The cleaner keeps a line when it is unsure whether it is article text (losing a real sentence
 * costs the reader more than a stray "Share" button, text/debris.ts). Practice needs the opposite
 * default: a question about page furniture — a headline or standfirst that slipped into the body,
 * a call to action, a contact line, a press release's "About us" paragraph — has no answer a
 * teacher would key, because a teacher does not treat it as part of the article. So an analyser
 * item is only built on a sentence that reads as the writer's running text. A teacher's hand key
 * overrides this (whatever the key lists may be asked about).
 */

import { EMAIL_OR_WEB } from '../text/contact';

/** Ends like a sentence: a full stop, question or exclamation mark, or an ellipsis, then closing marks. */
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/;
/** Contact details: a web or e-mail address, or a telephone number. */
const CONTACT = new RegExp(String.raw`${EMAIL_OR_WEB}|\b[\w-]+\.(com|org|net|co\.uk|org\.uk|gov|edu|io|example)\b|\b0\d{3,4}[ -]?\d{3}[ -]?\d{3,4}\b|\b1-\d{3}-\d{3}-\d{4}\b|\(\d{3}\) ?\d{3}-\d{4}`, 'i');
/**
 * A line that talks to the reader of the page rather than about the news: share, follow,
 * subscribe, contact and "more information" prompts. Anchored at the start and followed by the
 * words such prompts use, so "Support for the plan fell" or "Follow-up tests showed" stay text.
 */
const CALL_TO_ACTION =
  /^(share (this|your|on|with)|follow (us|our|the latest|live)|sign up\b|subscribe (to|now|for|here)|join (us|our|the march|the conversation|the discussion)\b|get in touch|have your say|(got|have) a (tip|story|question)|(e-?mail|write to|contact) (us|our|the newsroom)|donate (to|now|today)|for (more|further) (information|details)|for (tickets|interviews|media enquiries|media inquiries)|(learn|find out|read) more\b|turn on notifications|refresh (for|this page))/i;
/** Lines of a press release or page footer that describe the publisher, not the news. */
const BOILERPLATE = /^(source|notes? to editors?|media contact|press contact)\s*:|^about (the )?[\p{Lu}][^.!?]{0,60}:|forward-looking statements|contributed (reporting|to this (report|article|story))|(is|are) available (for interview|on request)\b|^this (article|story|report|piece) is part of (our|a|the)\b/iu;
/**
 * The page talking to its reader about itself rather than the news (analyser 2.28.0, from the debris of
 * our training keys): a live page's notices ("This page updates automatically", "Follow along below"),
 * short questions to the reader ("Have photos or video?", "Want to respond?", "Questions about your
 * bill?"), appeals for support, the publisher
 * describing itself or its rules ("… is a nonprofit newsroom", "This editorial reflects the view of …",
 * "Letters should be under 250 words") and data notes ("Market data provided by …").
 */
const READER_SERVICE = new RegExp(
  [
    // Each shape is a whole line, so news that shares its words stays ("Data provided by the ONS show
    // unemployment rose", "Prices are in their steepest decline", "Letters must be returned by Friday").
    String.raw`^(this|the) (page|blog|live blog|feed) (will )?(updates?|refresh(es)?|is (no longer )?being updated|will be updated|is updated)\b[^.!?]{0,50}\.$`,
    String.raw`^(pinned: )?follow (along|our (live )?coverage|live|(her|him|them|us) on)\b[^.!?]{0,60}[.!]$`,
    String.raw`^(scroll down|refresh if|updates will appear|key events are pinned)\b[^.!?]{0,60}[.!]$`,
    String.raw`^(have|got) (a |an |any |some )?(photos?|videos?|pictures?|information|something to say|an opinion|a (consumer )?problem|a claim)\b[^.!?]{0,40}\?$`,
    // A short "Have you …?" is the page asking its readers ("Have you lost power?"); a longer one may be an
    // op-ed's rhetorical question ("Have you tried getting a GP appointment lately?").
    String.raw`^have you( \S+){1,5}\?$`,
    String.raw`^want (to respond|to comment|help \w+ing|the [\w’' ]{1,30} in your inbox)\b[^.!?]{0,40}\?$`,
    String.raw`^(questions? about (your|the|this)|agree or disagree|enjoyed this|do you have (an opinion|a question|a story|something to say))\b[^.!?]{0,60}\?$`,
    String.raw`^(support|back) (our|independent|local) (journalism|reporting|newsroom)\b`,
    String.raw`^(join the debate|volunteer here|comment below)\b`,
    String.raw`^[^.!?]{0,40}\bnewsletter\b[^.!?]{0,80}\bin your inbox\b`,
    String.raw`^(the )?[\p{L}'’ -]{1,60} (is|are) (a |an )(independent |nonprofit |non-profit |not-for-profit |community )*(newsroom|news site|news website|news service)( for [^.!?]{1,40})?\.$`,
    String.raw`^this (editorial|column|op-ed|opinion piece) (reflects|represents|is the view)\b`,
    String.raw`\beditorial board is (made up of|independent of|separate from)\b`,
    String.raw`^letters (should|must) be (under|no (longer|more) than|at most|fewer than) \d+ words\b`,
    String.raw`\bdoes not constitute (financial|legal|medical|investment) advice\b`,
    String.raw`^prices are in (u\.?s\.? |us |canadian |australian |new zealand )?(dollars|pounds|euros|sterling)\b[^.!?]{0,30}\.$`,
    String.raw`^(how we rate (claims|this)|more (explainers|stories|coverage))\s*:`,
  ].join('|'),
  'iu',
);

/** A reporter's beat line: a person's two or three capitalised names, then "covers" / "writes about" (case matters). */
const BEAT_LINE = /^(?!The )\p{Lu}[\p{L}'’-]+( \p{Lu}[\p{L}'’-]+){1,2} (covers|writes about) [^.!?\d]{1,80}\.$/u;

/** A data note: "Market data provided by FactRange." — only names after "by" (case matters), no verb. */
const DATA_NOTE = /^(Market |Stock )?[Dd]ata (provided|supplied) by( \p{Lu}[\p{L}.&'’-]*){1,4}\.$/u;

/** A heading or line after which a press release's tail starts ("About Acme", "Notes to editors"). */
const TAIL_START = /^(about (the )?\p{Lu}[^.!?]{0,60}|notes? to editors?:?.*)$/iu;

/** Whether one sentence reads as article text a teacher would key. */
export function practiceWorthySentence(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.startsWith('|')) return false; // a table cell or a pasted row of page widgets
  if (!SENTENCE_END.test(t)) return false;
  if (CONTACT.test(t)) return false;
  if (CALL_TO_ACTION.test(t)) return false;
  if (BOILERPLATE.test(t)) return false;
  if (READER_SERVICE.test(t) || BEAT_LINE.test(t) || DATA_NOTE.test(t)) return false;
  return true;
}

/**
 * The offset where an article's publisher tail begins ("About Acme" or "Notes to editors" as a
 * line of its own, in the last 40 % of the text), or Infinity. Sentences from there on describe the publisher, not the news.
 */
export function publisherTailStart(blocks: readonly { start: number; text: string }[], length: number): number {
  for (const b of blocks) {
    // Only in the last part of the text: such a tail closes a release; near the top it is a section.
    if (b.start < length * 0.6) continue;
    const line = b.text.replace(/\s+/g, ' ').trim();
    if (line.split(' ').length <= 10 && TAIL_START.test(line)) return b.start;
  }
  return Infinity;
}
