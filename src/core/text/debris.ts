/**
 * Scraping leftovers ("debris"): lines a web page or copy-paste adds around an article
 * that are not part of what the writer wrote. Each rule matches a WHOLE line (already
 * whitespace-collapsed and trimmed), never a fragment, and most rules cap the line's
 * length, so a real sentence that merely mentions advertising, cookies or newsletters
 * stays a paragraph. When in doubt a rule does not fire: losing a real sentence costs
 * the learner more than keeping a stray "Share" button.
 */
import { isGivenName } from '../analysis/given-names';

interface DebrisRule {
  reason: string;
  /** Matched against the collapsed line, case-insensitively. */
  pattern: RegExp;
  /** Longest line (in words) this rule may remove; protects long real sentences. */
  maxWords: number;
  /**
   * The line must not report anyone ("…, the council said", "reads the banner"): the pattern's
   * opening words are also how a story quotes an appeal, an update or a sign (found by a review).
   */
  noReport?: boolean;
  /** A further test of the match (e.g. that a credit's first word is a given name). */
  check?: (m: RegExpExecArray) => boolean;
}

/** A reporting clause anywhere in the line: then it is someone's words in a story, not page furniture. */
const REPORTING = /\b(said|says|say|told|tells|urged|urges|confirmed|complained|added|warned|reads|read|wrote|writes|insisted|according to|promised|promising)\b/i;

// Trailing decoration often left by buttons and links: arrows, chevrons, ellipses, bullets.
const TAIL = String.raw`[\s.…:»›>→▶►|•·\-–—]*`;
const SOCIAL =
  'facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email|e-mail|mail|messenger|threads|bluesky|mastodon|flipboard|tumblr|instagram|youtube|tiktok|print|copy link|copy|link|sms';

/** A credit line of roles and capitalised names, each name optionally "in <Place>". */
function creditLine(): RegExp {
  const name = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}`;
  const persons = String.raw`${name}(?: in ${name})?(?:,? (?:and|&) ${name}(?: in ${name})?)*`;
  const role = String.raw`(?:[Aa]dditional )?[Rr]eporting|[Ww]riting|[Ww]ritten|[Ee]diting|[Ee]dited|[Cc]ompiled|[Tt]ranslated`;
  return new RegExp(String.raw`^\(?(?:${role}) by ${persons}(?:[;,] ?(?:and )?(?:${role}) by ${persons})*\)?\.?$`, 'u');
}

/**
 * A photographer as a credit names them: two to four capitalised words ("Ben Adeyemi", "J. Kirsch"),
 * a given name first is not required but a lower-case word ("her father", "his late wife") is no credit.
 */
const PERSON = String.raw`(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)(?: (?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+|de|van|von|da|di|la|le)){1,3}`;
/** A web address a footer points to ("westernlifeboats.example/volunteer", "https://…", "www.…"). */
const WEB = String.raw`(\S+\.(example|org|com|net|uk|gov|info|health)(\/\S*)?|https?:\S+|www\.\S+)`;
/** An agency or paper: capitalised words with small connectors ("Ardmoor Post", "Agence France-Presse"). */
const ORG = String.raw`\p{Lu}[\p{L}&.'’-]*(?: (?:\p{Lu}[\p{L}&.'’-]*|of|for|the|and|&))*`;
/** A picture credit: a person, an agency or "supplied"/"handout", optionally "/Agency" or "for the Paper". */
const CREDIT = String.raw`(?:${PERSON}|${ORG}|supplied|handout|[Ss]upplied|[Hh]andout)(?:\s*\/\s*${ORG})?(?: for (?:the )?${ORG})?`;

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
  { reason: 'share buttons', pattern: /^share (this|the)? ?(article|story|post|page|video|link|update|editorial|piece|report|blog|interview|column)?( on [a-z ]+| via [a-z ]+| with [a-z ]+)?\W*$/i, maxWords: 8 },
  { reason: 'share buttons', pattern: new RegExp(`^(share|tweet|post|send)( this)? (on|to|via) (${SOCIAL})\\W*$`, 'i'), maxWords: 6 },
  { reason: 'share buttons', pattern: new RegExp(`^((share|tweet|pin( it)?|email|print|save|${SOCIAL})[\\s,|·•/]*){1,10}$`, 'i'), maxWords: 12 },
  // Subscription and newsletter prompts.
  { reason: 'share buttons', pattern: new RegExp(`^share( this| the)?( article| story| post| page)?\\s*[:\\-–—]\\s*((${SOCIAL})[\\s,|·•/]*)+$`, 'i'), maxWords: 14 },
  { reason: 'social follow prompt', pattern: /^follow @[\w.]+( (on|for) [\w' ]{1,60})?\W*$/i, maxWords: 15 },
  // Case-sensitive on purpose: with the i flag \p{Lu} would match lower case too.
  { reason: 'credit line', pattern: new RegExp(String.raw`^\(?(([Aa]dditional )?[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Tt]ranslated( from ([Tt]he )?\p{Lu}\p{L}*)?) by ([Tt]he )?\p{Lu}[\p{L}'’.-]*( (and |& )?\p{Lu}[\p{L}'’.-]*)*([;,] ?(and )?(([Aa]dditional )?[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Tt]ranslated( from ([Tt]he )?\p{Lu}\p{L}*)?) by ([Tt]he )?\p{Lu}[\p{L}'’.-]*( (and |& )?\p{Lu}[\p{L}'’.-]*)*)*\)?\.?$`, 'u'), maxWords: 30 },
  // "Reporting by Ana Ferrer in Porto Salinas; editing by Tom Blake": names (and places) only, so
  // "Reporting by the Ledger revealed …" stays a sentence.
  { reason: 'credit line', pattern: creditLine(), maxWords: 45 },
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
  // A caption that ends in its picture's credit ("Students arrive at the school. (Photo: Dana Kirsch /
  // Marlow Courier)", "Maureen Pask outside her bakery. Photograph: Ben Adeyemi", "… along Bridge
  // Street. (Gil Tamsett/Ardmoor Post)"): the credit says the line describes a picture, not news.
  { reason: 'image caption', pattern: new RegExp(String.raw`[.!?)]\s+[\[(]?(?:[Pp]hoto|[Pp]hotograph|[Pp]icture|[Ii]mage|[Pp]ic|[Cc]redit|[Pp]hoto credit|[Ii]mage credit)s?\s*[:|]\s*${CREDIT}[\])]?\s*$`, 'u'), maxWords: 40, noReport: true },
  { reason: 'image caption', pattern: new RegExp(String.raw`[.!?]\s*\((?:[Pp]hoto|[Pp]hotograph|[Pp]icture|[Ii]mage)s? (?:by|courtesy of) ${CREDIT}\)\s*$|[.!?]\s*\([\p{L} .'’-]{0,40}\b[Ff]ile (?:photo|photograph|picture|image)\)\s*$|^(?:[Pp]hoto |[Ii]mage |[Pp]icture )?[Cc]aption\s*:\s*\S`, 'u'), maxWords: 45, noReport: true },
  // "(Gil Tamsett/Ardmoor Post)": a photographer by name, so not "(ONS/Reuters)" or "(Marston Council/Electoral Commission)".
  { reason: 'image caption', pattern: new RegExp(String.raw`[.!?]\s*\(\s*(\p{Lu}[\p{L}'’-]+)(?: \p{Lu}[\p{L}'’-]+){1,2}\s*\/\s*${ORG}\)\s*$`, 'u'), maxWords: 40, noReport: true, check: (m) => isGivenName(m[1]) },
  { reason: 'image credit', pattern: /^[\[(]?\s*(\w[\w .'-]{0,60}\/)?\s*(getty images|afp|reuters|ap photo|associated press|shutterstock|epa|anadolu agency)\s*[\])]?$/i, maxWords: 8 },
  // Social follow prompts.
  { reason: 'social follow prompt', pattern: /^(follow|like|join) us( on| at|:)\b/i, maxWords: 20 },
  { reason: 'social follow prompt', pattern: /^follow (the|our) [\p{L}'’ ]{1,40} on (social media|twitter|x|facebook|instagram|linkedin|threads|bluesky|tiktok|youtube)\b.{0,60}$/iu, maxWords: 20 },
  { reason: 'social follow prompt', pattern: /^follow @?[\w.]+ on (twitter|x|facebook|instagram|linkedin|threads|bluesky|tiktok|youtube)\W*$/i, maxWords: 8 },
  // Navigation and page chrome.
  { reason: 'navigation', pattern: /^(skip to (main )?(content|navigation|search|footer)|skip navigation|jump to (main )?(content|navigation)|back to top|scroll to top|go to top|top of page)\W*$/i, maxWords: 6 },
  { reason: 'navigation', pattern: /^(menu|main menu|search|close|home|log ?in|sign ?in|sign ?out|log ?out|my account|open menu|close menu|toggle navigation|navigation|breadcrumbs?|next article|previous article|next|previous|loading(\.\.\.|…)?)$/i, maxWords: 3 },
  { reason: 'navigation', pattern: /^(listen to (this )?(article|story)|listen|print( this)? (page|article)|download (our|the) app|get (our|the) app|open in app|view in app)\b.{0,40}$/i, maxWords: 10 },
  // Comment widgets.
  { reason: 'comments link', pattern: /^(\d+\s+)?(comments?|show comments|view comments|hide comments|leave a (comment|reply)|add (a )?comment|post a comment|join the (conversation|discussion)|load more comments|comments (on this (article|story|post|page) )?are closed( on this (article|story|post|page))?( for legal reasons)?\.?)\W*$/i, maxWords: 12 },
  // A byline line ("By Jo Tester · 25 March 2024"): 1–4 capitalised name words, then at most a
  // separator and a short date or role. "By Monday the council had voted" fails at "the".
  { reason: 'byline', pattern: /^[Bb]y\s+(\p{Lu}[\p{L}.'’-]*\s*){1,4}(([,·|•–—-]|\band\b)\s*[^.!?]{0,60})?$/u, maxWords: 14 },
  // Page footers. A wire's notice runs on: "Copyright 2024 X. All rights reserved. This material
  // may not be published, broadcast, rewritten or redistributed."
  { reason: 'copyright notice', pattern: /^((copyright\s*)?(©|\(c\))|copyright\s+\d{4}\b).{0,120}$/i, maxWords: 25 },
  { reason: 'copyright notice', pattern: /^(copyright\s+(©\s*)?|©\s*)\d{4}\b.{0,60}\ball rights reserved\b.{0,160}$/i, maxWords: 35 },
  { reason: 'copyright notice', pattern: /^this material may not be (published|reproduced|broadcast)\b.{0,100}$/i, maxWords: 20 },
  // An opinion piece's footer: the writer's one-line biography and the disclaimer, or the disclaimer alone.
  {
    reason: 'contributor note',
    pattern: /^((\p{Lu}[\p{L}'’.-]*\s){1,4}(is|was|teaches|runs|chairs|writes|works|lives|leads|heads|directs|has been)\b[^.!?]{0,200}[.!?]\s+)?(the )?(views|opinions) expressed( here| above| in this (article|column|piece|op-ed))? are (his|her|their|my|the (author|writer|columnist)['’]s) own\W*$/iu,
    maxWords: 50,
  },
  { reason: 'contributor note', pattern: /^(\p{Lu}[\p{L}'’.-]*\s){1,4}(and (\p{Lu}[\p{L}'’.-]*\s){1,4})?contributed (reporting|to this (report|story|article))\W*$/u, maxWords: 16 },
  // Publishers' notes about the piece itself.
  {
    reason: 'publisher note',
    pattern: /^this (article|story|interview|piece|feature|conversation) (was|is|has been) ((produced|published|paid for|funded|sponsored|supported|written) (in partnership with|in collaboration with|with (support|funding|a grant) from|by|as part of|under the)\b|edited( and condensed)? for (length|clarity|length and clarity)|condensed( and edited)?\b|part of [\p{L}\d ,'’-]{0,80}\b(series|project|coverage|collaboration|investigation|partnership)\b).{0,160}$/iu,
    maxWords: 35,
  },
  { reason: 'publisher note', pattern: /^this (article|story|piece) (appears|appeared|first appeared) in\b.{0,160}$/i, maxWords: 30 },
  // An update note: "This article was amended on 3 July to correct the year …".
  { reason: 'publisher note', pattern: /^this (article|story|piece) (was|has been) (amended|updated|corrected|changed) (on [^.]{1,40} )?(to (correct|include|add|reflect|clarify|remove|update|make clear)\b.{0,160}|with (a )?(comment|comments|response|statement|reaction)s? from [^.]{2,60}\.?|on [^.]{1,40}\.?( An earlier version [^.]{3,160}\.?)?)$/i, maxWords: 40, noReport: true },
  // A market-data footer: "Stock quotes delayed at least 15 minutes."
  { reason: 'market data note', pattern: /^((market data|quotes?|prices?)\b[^.]{0,60}\.\s*)?(stock |share |market )?(quotes|prices|data)( are)? delayed (by )?(at least |up to )?\d+ min(ute)?s\b\W*$/i, maxWords: 25 },
  // Reader prompts: tip lines, letters pages, live-page refreshes, app alerts, donations.
  { reason: 'reader prompt', pattern: /^(have|got) (a|any|an) (news )?(tip|story|question|view|comment)s?\b[^?]{0,80}\?\s*(email|e-mail|contact|call|write|send|tell|reach|get in touch|message)\b.{0,100}$/i, maxWords: 30 },
  // Only with a way to reach the paper: "Have your say: the consultation closes …" is a sentence.
  { reason: 'reader prompt', pattern: /^(have your say|get in touch|write to us)\s*[:\-–—]\s*.{0,160}(\S@\S|www\.|https?:|\b(email|e-mail|write to|send [\p{L} ]{1,30} to) (us|our (\w+ )?(team|desk|newsdesk|newsroom|editor)|the (editor|newsdesk|newsroom|letters page))\b)/iu, maxWords: 25 },
  { reason: 'reader prompt', pattern: /^letters\s*:\s*(\S+@|.{0,40}\b(the editor|we welcome|welcomes)\b).{0,160}$/i, maxWords: 25 },
  { reason: 'reader prompt', pattern: /^refresh( this page| the page)?( for( the)? (latest|updates|latest updates|more))?\W*(\s*[|·•]\s*share\W*)?$/i, maxWords: 8 },
  { reason: 'reader prompt', pattern: /^follow (our|the) (live )?(coverage|updates|blog)\b.{0,120}\b(app|alerts|notifications)\b.{0,80}$/i, maxWords: 30 },
  { reason: 'reader prompt', pattern: /^donate( now| today)?\s*(:\s*\S|at \S+\.\S|to [^,:]{1,60}:)[^,]{0,120}$/i, maxWords: 25 },
  { reason: 'newsletter prompt', pattern: /^([Nn]ewsletters?\s*:[^.!?]{0,120}|[Ss]ubscribe to \p{Lu}[^.!?]{0,60}\b(for|to get|to receive|and get)\b[^.!?]{0,60})$/u, maxWords: 20 },
  // A press release's own trailer ("Investor contact: …"). "About <Issuer>: Founded in …" is only
  // boilerplate where the text shows it is a press release (clean.ts, dropPressReleaseTrailer): as a
  // line it may be a subhead ("About Universal Credit: who is affected").
  { reason: 'press-release boilerplate', pattern: /^(\d+\.\s*)?(media|press|investor|investors) (contacts?|enquiries|inquiries|relations)\s*:\s*\S.{0,200}$/i, maxWords: 30 },
  { reason: 'press-release boilerplate', pattern: /^(\d+\.\s*)?notes? to editors?\s*(:\s*\S.{0,600})?$/i, maxWords: 120 },
  { reason: 'press-release boilerplate', pattern: /^(\d+\.\s*)?(high-resolution )?(images?|photos?|photographs?|pictures?|interviews?|b-roll|footage)\b[^,]{0,140}\b(are|is) available (on|upon) request\b[^,]{0,140}$/i, maxWords: 45 },
  { reason: 'press-release boilerplate', pattern: /^press release\s*([\-–—:|]\s*.{0,80})?$/i, maxWords: 10 },
  { reason: 'press-release boilerplate', pattern: /^source\s*:\s*\S.{0,80}$/i, maxWords: 8 },
  { reason: 'publisher note', pattern: /^our standards\s*:/i, maxWords: 8 },
  { reason: 'publisher note', pattern: /^editorials (represent|reflect|are) the (views|opinions?) of\b.{0,80}$/i, maxWords: 20 },
  { reason: 'press-release boilerplate', pattern: /^(\d+\.\s*)?for (interviews|media|press|further|more)( (enquiries|inquiries|information|details))?,?\s*(please )?(contact|call|email|e-mail|visit|see)\b.{0,150}$/i, maxWords: 30 },
  { reason: 'press-release boilerplate', pattern: /^forward-looking statements\W*$/i, maxWords: 3 },
  { reason: 'copyright notice', pattern: /^all rights reserved\W*$/i, maxWords: 4 },
  { reason: 'tags', pattern: /^(tags|topics|filed under|categories)\s*:\s*\S.{0,200}$/i, maxWords: 30 },
  // Calls to the reader: "Have you been affected by a GP closure?", "Got a business tip? Email
  // us …", "Text RAISE to 55512 to join the campaign.", "If you are a doctor affected by the issues in
  // this article, the support line is open 24 hours." A question to the reader counts only on its own
  // or followed by a way to get in touch ("Have you been hit by the rise in energy bills? Millions of
  // households can claim …" opens an explainer; "Do you have information about the attack? Police
  // urge …" is the police's appeal). The keyword of a text prompt is in capitals (case-sensitive).
  { reason: 'reader prompt', pattern: /^(have you (been )?(affected|impacted|hit) by|got a (news |story |business |local |sports )?(tip|story)|do you have (a story|a tip|information|something to share)|are you (affected|waiting for news)|do you live in)\b[^?]{0,120}\?(\s+[^.?!]{0,80}\b(e-?mail|contact us|get in touch|tell us|write to us|call us|message us|whatsapp|share your)\b[^]{0,160})?$/i, maxWords: 40 },
  // A question to the reader answered by a way to reach the newsroom: "Got a business tip? Reach the
  // business desk at …", "Are you in Carrow? Share your story with our newsdesk." The second part
  // must name the paper's contact (an address, a desk, "our newsroom"), not an agency's appeal.
  // The way in must be the paper's: "our newsdesk", "the business desk at business@…", an address after
  // "us"/"our" — not a police line, a promoter's refunds address or "the information desk" (2.17.0 reviews).
  { reason: 'reader prompt', pattern: /^(are you|do you|did you|have you|were you|got an?)\b[^?]{0,120}\?\s+(please )?(reach|contact|e-?mail|write to|message|send|share|get in touch with|drop|let us know)\b[^?]{0,60}(\bour (\w+ )?(desk|newsdesk|newsroom|reporters?|team)\b|\bthe (\w+ )?(desk|newsdesk|newsroom) at \S+@\S+\.\S+|\b(us|our)\b[^?]{0,40}\S+@\S+\.\S+|\b(news|newsdesk|tips|letters|editor|stories|desk|readers)@\S+\.\S+|\bshare your (story|stories|experience|pictures|photos|videos) with (us|our)\b)[^?]{0,120}$/i, maxWords: 45, noReport: true },
  { reason: 'reader prompt', pattern: /^if you (are|have been|were) ([^,.]{0,60} )?affected by (the |any of the )?(issues|anything|matters)( raised)? in this (article|story|report|piece|programme)\b[^]{0,160}$/i, maxWords: 40 },
  // Campaign and page footers: petitions, memberships, picture calls, letters pages, live-page shares.
  { reason: 'campaign prompt', pattern: new RegExp(String.raw`^(sign|add your name to) (the|our|this)( [A-Z][\w'’-]*){0,4} petition\b[^]{0,60}(\bat\b|:)\s*${WEB}\W*$|^(sign|add your name to) (the|our|this) petition\W*$`, 'i'), maxWords: 30, noReport: true },
  { reason: 'campaign prompt', pattern: new RegExp(String.raw`^join (the|our|us)\b[^.?!]{0,80}(\bmembership from\b[^]{0,40}|(\bat\b|:)\s*${WEB}\W*)$`, 'i'), maxWords: 30, noReport: true },
  { reason: 'reader prompt', pattern: new RegExp(String.raw`^send us your (photos|pictures|videos|stories|story|tips|questions|views)\b[^]{0,60}(\S+@\S+\.\S+|${WEB}|\b(whatsapp|our (news)?desk|newsroom)\b)[^]{0,60}$`, 'i'), maxWords: 25, noReport: true },
  { reason: 'reader prompt', pattern: new RegExp(String.raw`^letters to the editor\s*:\s*(\S+@\S+\.\S+|${WEB})[^]{0,60}$`, 'i'), maxWords: 20 },
  { reason: 'reader prompt', pattern: new RegExp(String.raw`^to (volunteer|donate|get involved|find out more|learn more|apply|book|register)\b[^,.]{0,80},\s*(please )?(visit|go to|see|call|email|e-mail)\b[^]{0,80}(${WEB}|\d{3}[ -]?\d{3,})(\s+or (call|visit|email) [^;]{3,40})?\W*$`, 'i'), maxWords: 30, noReport: true },
  { reason: 'reader prompt', pattern: new RegExp(String.raw`^for (more )?(information|details|answers|schedules|updates|help|advice|installation [\p{L}]+)\b[^,.]{0,100},\s*(please )?(visit|call|email|e-mail|see|go to)\b[^]{0,80}(${WEB}|\d{3}[ -]?\d{3,})[^]{0,60}$`, 'iu'), maxWords: 35, noReport: true },
  // "Sign up for Courier Sports Extra, delivered every weekday morning.", "Subscribe to Courier Business Daily":
  // a publication's product, named as one (not "Sign up for Universal Credit").
  { reason: 'newsletter prompt', pattern: /^([Ss]ign up (for|to)|[Ss]ubscribe to) (the )?\p{Lu}[\p{L}'’]*( \p{Lu}[\p{L}'’]*){0,3} (Daily|Weekly|Extra|Briefing|Bulletin|Newsletter|Digest|Update|Today|Morning|Evening|Edition|Alerts)(\W*$|, (delivered|sent|published|out) )/u, maxWords: 25 },
  { reason: 'newsletter prompt', pattern: /^follow our [\p{L} ]{1,30}coverage\s*:\s*(sign up|subscribe)\b.{0,80}$/iu, maxWords: 25 },
  { reason: 'share buttons', pattern: /^(share this (live blog|live page|live coverage|gallery)|gift this (article|story))\W*$/i, maxWords: 6 },
  { reason: 'copyright notice', pattern: /^(copyright|©)\s.{1,80}\ball rights reserved\W*$/i, maxWords: 16 },
  { reason: 'press contact', pattern: /^(contact|press|media|media contact|press contact|media enquiries|press enquiries|media inquiries|press inquiries)\s*:\s*.{0,160}(\S@\S|\d{3,5}[ -]?\d{3}[ -]?\d{3,4})[^]{0,60}$/i, maxWords: 30 },
  { reason: 'reader prompt', pattern: /^[Tt]ext [A-Z]{2,}\b[^]{0,20} to \d{3,}\b[^]{0,80}$/u, maxWords: 20 },
  { reason: 'credit line', pattern: /^[Tt]ranslated (from (the )?\p{Lu}[\p{L}-]*( by \p{Lu}[\p{L}'’.-]*( \p{Lu}[\p{L}'’.-]*){0,3})?|by \p{Lu}[\p{L}'’.-]*( \p{Lu}[\p{L}'’.-]*){0,3})\.?$/u, maxWords: 10 },
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
  const whole = wholeLineReason(text);
  if (whole) return whole;
  // A footer strip is several of these in one line: "Share on Facebook | Share on X | Email",
  // "Follow the Echo on social media for alerts. Sign up to our morning newsletter." Each part
  // must be debris on its own, so a real sentence is never lost to a separator.
  const parts = text.split(/\s+[|·•]\s+|(?<=[.!?])\s+(?=\p{Lu})/u).filter((p) => p.length > 0);
  if (parts.length < 2 || parts.length > 6) return undefined;
  const reasons = parts.map(wholeLineReason);
  return reasons.every((r) => r !== undefined) ? reasons[0] : undefined;
}

function wholeLineReason(text: string): string | undefined {
  const words = text.split(' ').length;
  // Tested once per line, and only when a rule that needs it gets that far.
  let reports: boolean | undefined;
  for (const rule of RULES) {
    if (words > rule.maxWords || (rule.noReport && (reports ??= REPORTING.test(text)))) continue;
    const m = rule.pattern.exec(text);
    if (m && (!rule.check || rule.check(m))) return rule.reason;
  }
  return undefined;
}

/**
 * The head of a press release's closing section: "About Ravensford University", "About FreshCart
 * Markets: Founded in 1965 …", "Notes to editors", "Forward-Looking Statements". Case-sensitive:
 * the issuer's name is capitalised.
 */
export function trailerHead(line: string): 'about' | 'notes' | undefined {
  const text = line.replace(/\s+/g, ' ').trim();
  if (/^(\d+\.\s*)?([Nn]otes? to [Ee]ditors?|NOTES TO EDITORS|[Ff]orward-[Ll]ooking [Ss]tatements)\b/u.test(text)) return 'notes';
  if (/^About (the )?\p{Lu}[\p{L}\d'’&.-]*( (\p{Lu}[\p{L}\d'’&.-]*|of|and|for|the|&)){0,7}(\s*:\s+\S.*)?$/u.test(text)) return 'about';
  return undefined;
}

/** "About FreshCart Markets: Founded in 1965 …": the issuer describing itself, as only a press release does. */
export function aboutDescribesIssuer(line: string): boolean {
  const m = /^About (?:the )?([^:]{2,80}):\s+(.*)$/u.exec(line.replace(/\s+/g, ' ').trim());
  if (!m) return false;
  const [, name, rest] = m;
  return /^(Founded|Established|Headquartered|Based|Since|Incorporated)\b/.test(rest) || rest.startsWith(`${name} `) || rest.startsWith(`The ${name} `);
}

export function isDebris(line: string): boolean {
  return debrisReason(line) !== undefined;
}
