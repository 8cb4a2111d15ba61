/**
 * Third-person pronoun sources ("she said", "it found") resolved to an earlier person, body or
 * group, with gender and number agreement. Walking the article in order, the analyser adds each
 * sentence's referents (people and bodies mentioned outside quotation marks, and the sources of
 * its attributions) and asks for the referent of each pronoun source:
 * - "he"/"she" → a person whose gender agrees or is unknown; gender comes from a title (Mrs, Sir),
 *   a gendered role word in the name or its apposition ("Denise Price, a mother of three"), a
 *   list of given names that are usually one gender, or an earlier pronoun resolved to that person;
 * - "it" → a body or document (never a person, never a plural group);
 * - "they" → a plural group or a body (British papers write "the council said they").
 * Among the candidates that agree, the nearest wins, with speakers and sentence subjects
 * preferred over people only mentioned in passing ("…, she told Whitlow's lawyer").
 */
import { FEMALE, MALE } from './given-names';
import type { Span } from './types';

export type Gender = 'female' | 'male';
export type ReferentKind = 'person' | 'body' | 'plural';
export type ThirdPerson = 'he' | 'she' | 'it' | 'they';

export interface Referent {
  span: Span;
  kind: ReferentKind;
  sentenceIndex: number;
  /** A speaker (an attribution's source) or the subject opening its sentence. */
  salient: boolean;
  /** Text right after the name up to the next comma or end ("a mother of three"), for gender. */
  apposition?: string;
  /** Some sign that a name is a person's: a speaker, an age or role beside it, a title. */
  evidence?: boolean;
  /** A name that is the source of one of its sentence's attributions (not merely the sentence's subject). */
  speaker?: boolean;
  /** A title written before the name but outside it ("Ms" of "Ms Marsh"), for gender. */
  title?: string;
  /** The paragraph it was mentioned in: a quotation's speaker is nearly always in its own paragraph. */
  paragraph?: number;
}

const FEMALE_TITLES = /\b(?:Mrs|Ms|Miss|Madam|Dame|Lady|Sister|Queen|Princess|Baroness|Duchess|Countess)\b/;
const MALE_TITLES = /\b(?:Mr|Sir|Lord|Father|King|Prince|Baron|Duke|Count|Brother)\b/;
const FEMALE_ROLES = /\b(?:woman|mother|grandmother|grandma|mum|mom|wife|widow|daughter|sister|aunt|niece|girl|(?:council|chair|spokes|business|congress|police|sales|fisher|country)woman|actress|waitress|headmistress|stepmother|granddaughter|girlfriend|bride|matriarch|nun)\b/i;
const MALE_ROLES = /\b(?:man|father|grandfather|grandpa|dad|husband|widower|son|brother|uncle|nephew|boy|(?:council|chair|spokes|business|congress|police|sales|fisher|country)man|headmaster|stepfather|grandson|boyfriend|groom|patriarch|monk)\b/i;
/** Words before a name that are not its given name ("retired nurse Pauline Esterhuizen"). */
const LOWER_START = /^\p{Ll}/u;
/** "who gave only his first name", "who asked that her surname not be used": the speaker's own name. */
const OWN_NAME = /\b(his|her) (?:first |full |real |last |sur)?name\b/i;

/** The gender a name's own words or its apposition show, or null. */
export function genderOfName(name: string, apposition = ''): Gender | null {
  if (FEMALE_TITLES.test(name)) return 'female';
  if (MALE_TITLES.test(name)) return 'male';
  // A relative clause speaks of others: "Amira Toleva, whose brother Saban …", "Aisha Merrow, who rents a
  // flat with her partner and son" say nothing of her own gender.
  const roleText = /^(?:who|whose|which|that)\b/i.test(apposition.trim()) ? name : `${name} ${apposition}`;
  const f = FEMALE_ROLES.test(roleText);
  const m = MALE_ROLES.test(roleText);
  if (f !== m) return f ? 'female' : 'male';
  // The first capitalised word that is a listed given name ("Dr Ruth Anand", "nurse Pauline Esterhuizen").
  for (const word of name.split(/[\s,]+/)) {
    if (!word || LOWER_START.test(word)) continue;
    const w = word.replace(/[.'’]s?$/, '').toLowerCase();
    if (FEMALE.has(w)) return 'female';
    if (MALE.has(w)) return 'male';
  }
  const own = OWN_NAME.exec(apposition);
  if (own) return own[1].toLowerCase() === 'her' ? 'female' : 'male';
  return null;
}

/** The key under which a person's learned gender is kept: the last word of the name (the surname). */
function personKey(name: string): string {
  const words = wholeKey(name).split(' ');
  return words[words.length - 1];
}

/** A name as a whole: lower case, single-spaced, without a possessive ending. */
function wholeKey(name: string): string {
  return name.replace(/[’']s$/, '').split(/[\s,]+/).filter(Boolean).join(' ').toLowerCase();
}

/** Ordinary nouns for a person a story has already named ("the retired teacher said"). */
const PERSON_NOUNS = 'teacher|miner|mother|father|grandmother|grandfather|woman|man|pensioner|nurse|doctor|scientist|baker|farmer|fisherman|barrister|inspector|widow|widower|volunteer|driver|resident|tenant|landlord|landlady|owner|shopkeeper|publican|chef|student|teenager|boy|girl|mum|dad|mom|veteran|worker|builder|engineer|economist|researcher|lawyer|solicitor|surgeon|paramedic|firefighter|midwife|carer|vet|musician|singer|artist|writer|author|historian|campaigner|activist|businessman|businesswoman|entrepreneur|conductor|organist|coach|player|skipper|captain|trader|grocer|butcher|plumber|electrician|pilot|soldier|officer|headteacher|principal|professor|academic|lecturer|consultant|analyst|architect|photographer|journalist|priest|vicar|imam|rabbi';
const DESCRIPTION = new RegExp(`^the ((?:(?:former|retired|young|elder|younger|older|veteran|lifelong|longtime|long-serving|part-time|self-employed|\\w+-born) )*)(?:(\\d{1,3})-year-old|(${PERSON_NOUNS})(?: of (?:one|two|three|four|five|six|\\d))?)$`, 'i');

export interface Description {
  /** The noun ("teacher"), or undefined for an age ("the 71-year-old"). */
  noun?: string;
  age?: string;
  /** The words as written, lower case ("retired teacher", "mother of three"). */
  words: string;
  gender: Gender | null;
}

/** "the spokesperson", "the official": someone unnamed, unless the article named them with that role. */
export function describedRole(source: string): Description | null {
  const m = /^the (spokesperson|spokesman|spokeswoman|official)$/i.exec(source.trim());
  if (!m) return null;
  const noun = m[1].toLowerCase();
  return { noun, words: noun, gender: noun === 'spokeswoman' ? 'female' : noun === 'spokesman' ? 'male' : null };
}

/** "the retired teacher", "the 71-year-old", "the mother of three": a named person described, or null. */
export function describedPerson(source: string): Description | null {
  const m = DESCRIPTION.exec(source.trim());
  if (!m) return null;
  const words = source.trim().replace(/^the\s+/i, '').toLowerCase();
  const gender = FEMALE_ROLES.test(words) ? 'female' : MALE_ROLES.test(words) ? 'male' : null;
  return { noun: m[3]?.toLowerCase(), age: m[2], words, gender };
}

function titled(r: Referent): string {
  return r.title ? `${r.title} ${r.span.text}` : r.span.text;
}

/** How many sentences back a description ("the retired teacher said") may find its person. */
const DESCRIPTION_REACH = 40;

export class Coreference {
  /**
   * Referents by what a pronoun may point to, each list in the order added: he/she look only at
   * people, "it" only at bodies, "they" only at the rest, so a pronoun never scans the others.
   */
  private readonly people_: Referent[] = [];
  private readonly bodies: Referent[] = [];
  private readonly nonPeople: Referent[] = [];
  /** Referents were added in sentence order, so a scan from the latest can stop early (resolve). */
  private inOrder = true;
  private lastSentence = -Infinity;
  /** Genders learned from names and earlier pronouns, by surname. */
  private readonly learned = new Map<string, Gender>();
  /** The same, by whole name: "Leo Varnava" is male and his mother "Daria Varnava" need not be. */
  private readonly learnedWhole = new Map<string, Gender>();
  /** The whole names seen for each surname, to know when a surname is shared. */
  private readonly wholeNames = new Map<string, Set<string>>();
  /** Surnames of names shown to be people. */
  private readonly people = new Set<string>();

  add(r: Referent): void {
    if (r.kind === 'person') this.people_.push(r);
    else {
      this.nonPeople.push(r);
      if (r.kind === 'body') this.bodies.push(r);
    }
    if (r.sentenceIndex < this.lastSentence) this.inOrder = false;
    this.lastSentence = r.sentenceIndex;
    if (r.kind === 'person' && r.evidence) this.people.add(personKey(r.span.text));
    // "Ted Carraway" tells the gender of a later "Carraway".
    if (r.kind === 'person') {
      const key = personKey(r.span.text);
      const whole = wholeKey(r.span.text);
      if (whole !== key) {
        const names = this.wholeNames.get(key) ?? new Set<string>();
        names.add(whole);
        this.wholeNames.set(key, names);
      }
      const g = genderOfName(titled(r), r.apposition);
      if (g) this.learn(r, g);
    }
  }

  private learn(r: Referent, g: Gender): void {
    this.learned.set(personKey(r.span.text), g);
    this.learnedWhole.set(wholeKey(r.span.text), g);
  }

  /**
   * The named person a description stands for ("…," the retired teacher said): one whose earlier
   * description matches ("Pryce, 71," for "the 71-year-old"; "Mrs Keel, a mother of three" for "the
   * mother of three"), or else the person just speaking or spoken of in the same paragraph, within
   * three sentences. Never someone of the other gender, never an unnamed referent. Null when no one
   * fits: the description then speaks as itself.
   */
  resolveDescription(d: Description, position: number, sentenceIndex: number, paragraph?: number, requireMatch = false): Span | null {
    let best: { r: Referent; score: number } | null = null;
    const nounAt = d.noun ? new RegExp(`\\b${d.noun}\\b`) : null;
    const ageAt = d.age ? new RegExp(`^${d.age}\\b`) : null;
    for (let k = this.people_.length - 1; k >= 0; k--) {
      const r = this.people_[k];
      // A description points back a short way: the scan stops DESCRIPTION_REACH sentences back, so
      // a long document costs what the sentences near each description hold.
      if (this.inOrder && sentenceIndex - r.sentenceIndex > DESCRIPTION_REACH) break;
      if (r.span.start >= position || r.sentenceIndex > sentenceIndex) continue;
      if (!r.evidence || !/\p{Lu}/u.test(r.span.text)) continue;
      const app = (r.apposition ?? '').toLowerCase().trim();
      const own = `${app} ${r.span.text.toLowerCase()}`;
      const matches = ageAt ? ageAt.test(app) : own.includes(d.words) || (!!nounAt && nounAt.test(own));
      const samePara = paragraph !== undefined && r.paragraph === paragraph;
      if (!matches && (requireMatch || !samePara || !r.salient || sentenceIndex - r.sentenceIndex > 3)) continue;
      // A named person: not a description ("the retired teacher"), not someone unnamed ("A spokesperson for the trust").
      if (describedPerson(r.span.text) || /^(?:a|an|one|another|some|several)\s/i.test(r.span.text)) continue;
      const g = this.genderOf(r);
      if (d.gender && g && g !== d.gender) continue;
      // (Without a matching description, only someone known to be a man or a woman: "Black Tide",
      // a group that spoke, is no "worker".)
      if (!matches && g === null) continue;
      const score = sentenceIndex - r.sentenceIndex + (matches ? 0 : 1) + (r.salient ? 0 : 1.5) + (samePara ? 0 : 1);
      if (!best || score < best.score) best = { r, score };
    }
    return best?.r.span ?? null;
  }

  /** True when a name's surname belongs to someone already shown to be a person ("Delgado"). */
  knowsPerson(name: string): boolean {
    return this.people.has(personKey(name));
  }

  private genderOf(r: Referent): Gender | null {
    const named = genderOfName(titled(r), r.apposition);
    if (named) return named;
    const key = personKey(r.span.text);
    const whole = wholeKey(r.span.text);
    // A whole name takes what was learned of the surname only while one person bears it.
    if (whole !== key && (this.wholeNames.get(key)?.size ?? 0) > 1) return this.learnedWhole.get(whole) ?? null;
    return this.learnedWhole.get(whole) ?? this.learned.get(key) ?? null;
  }

  /**
   * The referent of a pronoun at `position` in sentence `sentenceIndex` (of `paragraph`, when
   * known), or null. `mention` false: a pronoun that only keeps someone in view (the writer's "he
   * shrugs"), which teaches no gender — "Kerry Ashby said he was a loving son" is about the son.
   */
  resolve(pronoun: ThirdPerson, position: number, sentenceIndex: number, paragraph?: number, mention = true): Span | null {
    const wanted: Gender | null = pronoun === 'she' ? 'female' : pronoun === 'he' ? 'male' : null;
    let best: { r: Referent; score: number } | null = null;
    const candidates = wanted ? this.people_ : pronoun === 'it' ? this.bodies : this.nonPeople;
    // From the latest referent back. Every score is at least the sentence distance, so once that
    // distance exceeds the best score no earlier referent can win or tie: the scan stops, and a
    // pronoun costs what the sentences near it hold, not the whole document so far. Among equal
    // scores the later mention wins, and among equal starts the one added first (as a forward
    // scan would pick), hence ">=" below.
    for (let k = candidates.length - 1; k >= 0; k--) {
      const r = candidates[k];
      if (this.inOrder && best && sentenceIndex - r.sentenceIndex > best.score) break;
      if (r.span.start >= position || r.sentenceIndex > sentenceIndex) continue;
      let score = sentenceIndex - r.sentenceIndex;
      if (wanted) {
        if (r.kind !== 'person') continue;
        const g = this.genderOf(r);
        if (g && g !== wanted) continue;
        // A known gender that agrees beats a nearer name of unknown gender, which may be no person
        // at all ("Porto Salinas", "Kestrel W4"); a single unknown word even more so.
        // A named speaker of unknown gender is only missing from the name list: the "she said" after
        // "Renée Castellano … said …" is hers far more often than an earlier woman's, so the
        // current quotation's speaker keeps most of its lead.
        if (!g) score += r.speaker && r.evidence ? 0.5 : /\s/.test(r.span.text.trim()) ? 2 : 3;
        // A capitalised name with nothing to show it is a person ("Ostreland", "Election Day").
        if (!g && !r.evidence && !this.people.has(personKey(r.span.text))) score += 2;
      } else if (pronoun === 'it') {
        if (r.kind !== 'body') continue;
      } else {
        if (r.kind === 'person') continue;
        if (r.kind === 'body') score += 0.5;
      }
      if (!r.salient) score += 1.5;
      // A new paragraph that names someone and quotes them: "Her neighbour, Anna Brill, has farmed
      // there since 1990. 'Without the scheme we all go under,' she said." The quotation is hers,
      // not that of the woman quoted (and referred to) in the paragraph before.
      if (paragraph !== undefined && r.paragraph !== undefined && r.paragraph < paragraph) score += 1;
      // Ties go to the later mention.
      if (!best || score < best.score || (score === best.score && r.span.start >= best.r.span.start)) best = { r, score };
    }
    if (!best) return null;
    if (mention && wanted && best.r.kind === 'person' && !this.genderOf(best.r)) this.learn(best.r, wanted);
    // Each pronoun is another mention of its referent: the person an interview keeps calling "he"
    // stays nearer than a name dropped in passing two sentences ago.
    // (People only: "it" and "they" say too little to keep a body in view.)
    if (wanted && sentenceIndex > best.r.sentenceIndex) this.add({ ...best.r, sentenceIndex, salient: true, ...(paragraph === undefined ? {} : { paragraph }) });
    return best.r.span;
  }
}
