/**
 * Lexicon spans inside one sentence: loaded words, hedges / certainty / intensifiers, and the
 * writer's framing cues (motive readings, predictions, calls to action, first person).
 */
import type { Token } from './nlp';
import type { FramingKind, Lexicons, LoadedEntry, MarkerKind } from './lexicons';

export interface TokenMatch<T> {
  from: number;
  to: number;
  entry: T;
}

/** Token i belongs to a capitalised multi-word name ("United Nations", "Islamic Jihad"). */
function inCapitalisedName(toks: Token[], i: number): boolean {
  const t = toks[i];
  if (!t.cap) return false;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  const capNeighbour = (x: Token | undefined): boolean => !!x && x.cap && (x.pos === 'PROPN' || x.pos === 'NOUN' || x.pos === 'ADJ');
  if (i > 0 && (t.pos === 'PROPN' || capNeighbour(prev) || capNeighbour(next))) return true;
  // Sentence-initial: only part of a name when the next word is capitalised too.
  return i === 0 && capNeighbour(next) && next!.pos === 'PROPN';
}

export function findLoaded(toks: Token[], lex: Lexicons): TokenMatch<LoadedEntry>[] {
  return lex.loaded.findAll(toks, 0, toks.length, (m) => {
    const e = m.entry;
    if (e.pos && m.to - m.from === 1 && toks[m.from].pos !== e.pos) return false;
    if (e.category !== 'label' || e.term === e.term.toLowerCase()) {
      for (let i = m.from; i < m.to; i++) if (inCapitalisedName(toks, i)) return false;
    }
    return true;
  });
}

export function findMarkers(toks: Token[], lex: Lexicons): TokenMatch<{ kind: MarkerKind; term: string }>[] {
  return lex.markers.findAll(toks, 0, toks.length, (m) => {
    const t = toks[m.from];
    if (t.norm === 'may' && m.to - m.from === 1) {
      // "May 5", "in May", "Theresa May": the month or a name, not the modal.
      if (t.text === 'May' && m.from > 0) return false;
      const next = toks[m.from + 1];
      if (next && (next.pos === 'NUM' || next.text === ',' || next.text === '.')) return false;
      const prev = toks[m.from - 1];
      if (prev && ['in', 'of', 'since', 'until', 'by', 'early', 'late', 'mid', 'last', 'next', 'this'].includes(prev.norm)) return false;
    }
    if (t.norm === 'might' && t.pos === 'NOUN') return false;
    if (t.norm === 'most' && t.pos !== 'ADV') return false;
    if ((t.norm === 'potential' || t.norm === 'possible') && t.pos === 'NOUN') return false;
    if (t.norm === 'indeed' && m.from > 0 && toks[m.from - 1].norm === 'very') return false;
    return true;
  });
}

export interface FramingMatch {
  from: number;
  to: number;
  kind: FramingKind | 'firstPerson';
  term: string;
}

export function findFramingCues(toks: Token[], lex: Lexicons): FramingMatch[] {
  const out: FramingMatch[] = [];
  for (const m of lex.framing.findAll(toks)) {
    if (m.entry.kind === 'interpretation') continue; // handled with attribution (depends on the subject)
    const t = toks[m.from];
    // Modal call-to-action words must be modals, not nouns ("a must").
    if ((t.norm === 'must' || t.norm === 'should') && t.pos !== 'AUX' && t.pos !== 'VERB') continue;
    if (m.entry.kind === 'callToAction' && (t.norm === 'demand' || t.norm === 'urge') && t.pos !== 'VERB') continue;
    out.push({ from: m.from, to: m.to, kind: m.entry.kind, term: m.entry.term });
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.pos === 'PRON' || t.pos === 'DET') {
      if (lex.firstPerson.has(t.norm) && !(t.text === 'US')) out.push({ from: i, to: i + 1, kind: 'firstPerson', term: t.norm });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}
