/**
 * Words for the learner from the practice core's plain data: its messages (key + params,
 * lists joined in the learner's language), choice labels, and answers described in words
 * ("“purportedly” — Doubt (hedge)").
 */
import type {
  AnswerBySkill,
  Choice,
  Message,
  MessageKey,
  PracticeAnswer,
  PracticeItem,
  Skill,
  SourceCheckKind,
} from '../../../core/practice';
import type { SentenceLabel } from '../../../core/analysis/types';
import { joinList, practiceCoreTemplates, tp } from '../i18n/practice.en';

export function coreText(key: MessageKey): string {
  return practiceCoreTemplates[key];
}

export function renderMessage(message: Message): string {
  const template = practiceCoreTemplates[message.key] ?? message.key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = message.params?.[name];
    if (value === undefined) return whole;
    return Array.isArray(value) ? joinList(value) : String(value);
  });
}

export function skillName(skill: Skill | string): string {
  return tp(`skill.${skill}` as Parameters<typeof tp>[0]);
}

export function labelText(label: SentenceLabel): string {
  return coreText(`label.${label}`);
}

export function sourceKindText(kind: SourceCheckKind): string {
  return coreText(`choice.source.${kind}`);
}

export function choiceText(choice: Choice): string {
  return choice.message ? renderMessage(choice.message) : choice.label;
}

function quoted(text: string): string {
  return `“${text}”`;
}

/** The marked words of a token answer, adjacent words joined into one phrase. */
function tokenPhrases(item: { tokens: { index: number; text: string; start: number; end: number }[] }, indices: readonly number[], original?: string): string[] {
  const sorted = [...new Set(indices)].filter((i) => item.tokens[i]).sort((a, b) => a - b);
  const phrases: number[][] = [];
  for (const i of sorted) {
    const last = phrases[phrases.length - 1];
    if (last && last[last.length - 1] === i - 1) last.push(i);
    else phrases.push([i]);
  }
  return phrases.map((run) => {
    const first = item.tokens[run[0]];
    const end = item.tokens[run[run.length - 1]];
    return original ? original.slice(first.start, end.end) : run.map((i) => item.tokens[i].text).join(' ');
  });
}

/** An answer (the learner's or the expected one) in words. */
export function describeAnswer(item: PracticeItem, answer: PracticeAnswer | null | undefined): string {
  if (!answer) return '—';
  switch (item.skill) {
    case 'classify':
      return labelText((answer as AnswerBySkill['classify']).label);
    case 'loaded-words': {
      const tokens = (answer as AnswerBySkill['loaded-words']).tokens ?? [];
      return tokens.length ? joinList(tokenPhrases(item, tokens).map(quoted)) : coreText('choice.none');
    }
    case 'who-says':
    case 'neutral-rewrite': {
      const id = (answer as AnswerBySkill['who-says']).choiceId;
      const choice = item.choices.find((c) => c.id === id);
      return choice ? choiceText(choice) : '—';
    }
    case 'hedge-certainty': {
      const a = answer as AnswerBySkill['hedge-certainty'];
      if (a.kind === 'neither') return coreText('choice.neither');
      const word = item.tokens[a.tokenIndex]?.text ?? '?';
      return `${quoted(word)} — ${coreText(a.kind === 'hedge' ? 'choice.hedge' : 'choice.certainty')}`;
    }
    case 'source-check': {
      const a = answer as AnswerBySkill['source-check'];
      const words = a.tokens?.length ? tokenPhrases(item, a.tokens) : [];
      return words.length ? `${sourceKindText(a.kind)}: ${joinList(words.map(quoted))}` : sourceKindText(a.kind);
    }
    case 'missing-voices': {
      const ids = (answer as AnswerBySkill['missing-voices']).choiceIds ?? [];
      const labels = ids.map((id) => item.choices.find((c) => c.id === id)).filter((c): c is Choice => !!c).map(choiceText);
      return labels.length ? joinList(labels) : coreText('choice.none');
    }
  }
}

/**
 * The right answer in words, from the item's key (richer than the grader's `expected`:
 * a loaded phrase stays one phrase, a source outside the sentence is still named).
 */
export function describeKey(item: PracticeItem): string {
  switch (item.skill) {
    case 'loaded-words':
      return item.key.spans.length ? joinList(item.key.spans.map((s) => quoted(s.text))) : coreText('choice.none');
    case 'hedge-certainty':
      return item.key.markers.length
        ? joinList(item.key.markers.map((m) => `${quoted(m.text)} — ${coreText(m.kind === 'hedge' ? 'choice.hedge' : 'choice.certainty')}`))
        : coreText('choice.neither');
    case 'source-check':
      return item.key.source ? `${sourceKindText(item.key.kind)}: ${quoted(item.key.source.text)}` : sourceKindText(item.key.kind);
    case 'classify':
      return labelText(item.key.label);
    case 'who-says':
    case 'neutral-rewrite': {
      const choice = item.choices.find((c) => c.id === item.key.choiceId);
      return choice ? choiceText(choice) : '—';
    }
    case 'missing-voices':
      return describeAnswer(item, { choiceIds: item.key.notHeard });
  }
}

/** The first words of a long text, for lists. */
export function excerpt(text: string, max = 90): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The skill in a stored item id (`${hash12}:${skill}:${sentenceStart}`). */
export function skillOfItemId(itemId: string): string | null {
  const parts = itemId.split(':');
  return parts.length >= 3 ? parts[1] : null;
}
