/**
 * Scraping leftovers ("debris"): lines a web page or copy-paste adds around an article
 * that are not part of what the writer wrote. Each rule matches a WHOLE line (already
 * whitespace-collapsed and trimmed), never a fragment, and most rules cap the line's
 * length, so a real sentence that merely mentions advertising, cookies or newsletters
 * stays a paragraph. When in doubt a rule does not fire: losing a real sentence costs
 * the learner more than keeping a stray "Share" button.
 */

interface DebrisRule {
  reason: string;
  /** Matched against the collapsed line, case-insensitively. */
  pattern: RegExp;
  /** Longest line (in words) this rule may remove; protects long real sentences. */
  maxWords: number;
}

// Trailing decoration often left by buttons and links: arrows, chevrons, ellipses, bullets.
const TAIL = String.raw`[\s.…:»›>→▶►|•·\-–—]*`;
const SOCIAL =
  'facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email|e-mail|mail|messenger|threads|bluesky|mastodon|flipboard|tumblr|instagram|youtube|tiktok|print|copy link|copy|link|sms';

const RULES: DebrisRule[] = [
  // Ad slots, including the common misspelling "Advertisment" and dashed/bracketed variants.
  {
    reason: 'advertisement',
    pattern: new RegExp(String.raw`^[\s\-–—\[(]*(advert(i|e)?s(e)?ments?|adverts?|ads?|sponsored( content| post| links?)?|paid (content|post|partner content)|promoted( content| stories)?)[\s\-–—\])]*$`, 'i'),
    maxWords: 3,
  },
  {
    reason: 'advertisement',
    pattern: /^(story|article|content|text) continues (below|after) (the )?(advertisement|advert|ad)\W*$/i,
    maxWords: 6,
  },
  {
    reason: 'advertisement',
    pattern: /^(continue reading|article continues|story continues)( (below|after the advertisement|after advertisement))?\W*$/i,
    maxWords: 6,
  },
  // "Read more", "Read more: <headline>", "READ MORE - <headline>", "Also read: ...".
  { reason: 'read-more link', pattern: new RegExp(`^read (more|full (story|article))${TAIL}$`, 'i'), maxWords: 4 },
  { reason: 'read-more link', pattern: /^(read more|also read|read also|see also|more on this( story)?|more from [^:]{1,40}|recommended|related( articles| stories| news| content| reading| coverage| links)?|you (may|might) also like|most (read|popular|viewed)|trending( now)?|what to read next|further reading)\s*[:\-–—|»›]/i, maxWords: 25 },
  {
    reason: 'read-more link',
    pattern: /^(related|related (articles|stories|news|content|reading|coverage|links)|recommended( for you)?|you (may|might) also like|most (read|popular|viewed)|trending( now)?|more stories|more news|top stories|latest news|further reading|what to read next)\W*$/i,
    maxWords: 5,
  },
  // Share buttons: "Share this article", "Share on Facebook", or a row of network names.
  { reason: 'share buttons', pattern: /^share (this|the)? ?(article|story|post|page|video|link)?( on [a-z ]+| via [a-z ]+| with [a-z ]+)?\W*$/i, maxWords: 8 },
  { reason: 'share buttons', pattern: new RegExp(`^(share|tweet|post|send)( this)? (on|to|via) (${SOCIAL})\\W*$`, 'i'), maxWords: 6 },
  { reason: 'share buttons', pattern: new RegExp(`^((share|tweet|pin( it)?|email|print|save|${SOCIAL})[\\s,|·•/]*){1,10}$`, 'i'), maxWords: 12 },
  // Subscription and newsletter prompts.
  { reason: 'share buttons', pattern: new RegExp(`^share( this| the)?( article| story| post| page)?\\s*[:\\-–—]\\s*((${SOCIAL})[\\s,|·•/]*)+$`, 'i'), maxWords: 14 },
  { reason: 'social follow prompt', pattern: /^follow @[\w.]+( (on|for) [\w' ]{1,60})?\W*$/i, maxWords: 15 },
  // Case-sensitive on purpose: with the i flag \p{Lu} would match lower case too.
  { reason: 'credit line', pattern: new RegExp(String.raw`^\(?(([Aa]dditional )?[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Tt]ranslated( from ([Tt]he )?\p{Lu}\p{L}*)?) by ([Tt]he )?\p{Lu}[\p{L}'’.-]*( (and |& )?\p{Lu}[\p{L}'’.-]*)*([;,] ?(and )?(([Aa]dditional )?[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Tt]ranslated( from ([Tt]he )?\p{Lu}\p{L}*)?) by ([Tt]he )?\p{Lu}[\p{L}'’.-]*( (and |& )?\p{Lu}[\p{L}'’.-]*)*)*\)?\.?$`, 'u'), maxWords: 30 },
  { reason: 'press-release boilerplate', pattern: /^(for immediate release|embargoed (until|till)\b.{0,60}|ends|-?\s*ends\s*-?|#{3}|-30-|notes to editors?|(media|press) (contact|enquiries|inquiries|office)\s*[:\-–—][^.!?]{0,160}(@|\+?\d[\d ()-]{6,})[^!?]{0,80})\W*$/i, maxWords: 25 },
  { reason: 'subscription prompt', pattern: /^click here( to\b| for\b|\W*$)/i, maxWords: 15 },
  {
    reason: 'subscription prompt',
    pattern: /^(subscribe|subscribe now|subscribe today|become a (subscriber|member)|already a subscriber\??( (log|sign) in)?|support (our|independent) journalism)\W*$/i,
    maxWords: 8,
  },
  { reason: 'newsletter prompt', pattern: /^(sign up|subscribe|join|register|get)\b.*\b(newsletters?|inbox|daily briefing|alerts?)\b/i, maxWords: 30 },
  { reason: 'newsletter prompt', pattern: /^(our |the |free )?(daily |weekly |morning |evening )?newsletters?\W*$/i, maxWords: 4 },
  { reason: 'subscription prompt', pattern: /^(subscribe|sign up|register|join) (now |today |here )?(to|for) (unlimited|full|our|the|continue)\b/i, maxWords: 25 },
  // Cookie and consent banners.
  // "We use cookies" only counts when the line talks about the site, as banners do
  // ("…to improve your experience", "…for analytics"), not "we use cookies from local bakers".
  {
    reason: 'cookie banner',
    pattern: /^(we|this (web)?site|our (web)?site|this page) uses? cookies(?=(\W*$|.*\b(site|website|experience|browsing|browser|personali[sz]\w*|content|ads|advertising|analytics|traffic|consent|privacy|policy|accept\w*|settings|preferences|services)\b))/i,
    maxWords: 80,
  },
  { reason: 'cookie banner', pattern: /^by (continuing|using|browsing)\b.*\bcookies\b/i, maxWords: 80 },
  {
    reason: 'cookie banner',
    pattern: /^(accept( all)?( cookies)?|reject( all)?( cookies)?|cookie (settings|preferences|policy)|manage (cookies|preferences|consent)|i (agree|accept)|got it|ok(ay)?, got it|allow (all )?cookies)(\s*[|/·•,]\s*(accept( all)?( cookies)?|reject( all)?( cookies)?|cookie (settings|preferences|policy)|manage (cookies|preferences|consent)|i (agree|accept)|got it|allow (all )?cookies))*\W*$/i,
    maxWords: 12,
  },
  // Picture credits and captions labelled as such.
  {
    reason: 'image credit',
    pattern: /^[\[(]?(image|images|photo|photos|photograph|picture|pic|illustration|graphic|video|file photo|main image|top image|credit|image credit|photo credit|image source|source image)s?\s*(:|\||-|–|—|by\b)\s*\S/i,
    maxWords: 25,
  },
  { reason: 'image credit', pattern: /^[\[(]?(photo|image|picture|photograph)s? (by|courtesy of|via)\b.{0,120}[\])]?$/i, maxWords: 20 },
  { reason: 'image credit', pattern: /^[\[(]?\s*(\w[\w .'-]{0,60}\/)?\s*(getty images|afp|reuters|ap photo|associated press|shutterstock|epa|anadolu agency)\s*[\])]?$/i, maxWords: 8 },
  // Social follow prompts.
  { reason: 'social follow prompt', pattern: /^(follow|like|join) us( on| at|:)\b/i, maxWords: 20 },
  { reason: 'social follow prompt', pattern: /^follow @?[\w.]+ on (twitter|x|facebook|instagram|linkedin|threads|bluesky|tiktok|youtube)\W*$/i, maxWords: 8 },
  // Navigation and page chrome.
  { reason: 'navigation', pattern: /^(skip to (main )?(content|navigation|search|footer)|skip navigation|jump to (main )?(content|navigation)|back to top|scroll to top|go to top|top of page)\W*$/i, maxWords: 6 },
  { reason: 'navigation', pattern: /^(menu|main menu|search|close|home|log ?in|sign ?in|sign ?out|log ?out|my account|open menu|close menu|toggle navigation|navigation|breadcrumbs?|next article|previous article|next|previous|loading(\.\.\.|…)?)$/i, maxWords: 3 },
  { reason: 'navigation', pattern: /^(listen to (this )?(article|story)|listen|print( this)? (page|article)|download (our|the) app|get (our|the) app|open in app|view in app)\b.{0,40}$/i, maxWords: 10 },
  // Comment widgets.
  { reason: 'comments link', pattern: /^(\d+\s+)?(comments?|show comments|view comments|hide comments|leave a (comment|reply)|add (a )?comment|post a comment|join the (conversation|discussion)|load more comments|comments are closed\.?)\W*$/i, maxWords: 6 },
  // A byline line ("By Jo Tester · 25 March 2024"): 1–4 capitalised name words, then at most a
  // separator and a short date or role. "By Monday the council had voted" fails at "the".
  { reason: 'byline', pattern: /^[Bb]y\s+(\p{Lu}[\p{L}.'’-]*\s*){1,4}(([,·|•–—-]|\band\b)\s*[^.!?]{0,60})?$/u, maxWords: 14 },
  // Page footers.
  { reason: 'copyright notice', pattern: /^((copyright\s*)?(©|\(c\))|copyright\s+\d{4}\b).{0,120}$/i, maxWords: 25 },
  { reason: 'copyright notice', pattern: /^all rights reserved\W*$/i, maxWords: 4 },
  { reason: 'tags', pattern: /^(tags|topics|filed under|categories)\s*:\s*\S.{0,200}$/i, maxWords: 30 },
];

/** A line that is only decoration (rules, bullets, asterisks) carries no text for the learner. */
const DECORATION = /^[\s*=~_\-–—•·#|+]+$/;

/**
 * Why a line is debris, or `undefined` if it is (or may be) real article text.
 * @param line one line or block of text; whitespace is collapsed before matching.
 */
export function debrisReason(line: string): string | undefined {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text.length === 0) return undefined;
  if (DECORATION.test(text)) return 'decoration';
  const words = text.split(' ').length;
  for (const rule of RULES) {
    if (words <= rule.maxWords && rule.pattern.test(text)) return rule.reason;
  }
  return undefined;
}

export function isDebris(line: string): boolean {
  return debrisReason(line) !== undefined;
}
