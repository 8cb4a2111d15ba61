import { formatMessage, type MessageEntry } from './format';
/**
 * The reader's analysis strings (labels, cues, panels, notices). Kept as a plain object
 * so the i18n module can merge it into its catalogue; `ta` is a local lookup with the
 * same `{name}` placeholders and plural objects as `t`, so the analysis components work
 * before that merge happens.
 */
export const analysisStrings = {
  'analysis.toggle': 'Analysis',
  'analysis.toggleHint': 'Alt+A',
  'analysis.toggleDescription': 'Tint sentences by kind and mark loaded words, hedges and sources',

  'analysis.status.running': 'Analysing the article…',
  'analysis.status.error': 'The article could not be analysed: {message}. The text is shown without analysis; reopen the article to try again.',
  'analysis.status.ready': {
    one: 'Analysis ready: {count} sentence.',
    other: 'Analysis ready: {count} sentences.',
  },

  'analysis.notice.analyser':
    'These are automatic judgements by a heuristic analyser and can be wrong — check the cues.',
  'analysis.notice.key': 'This sample has a hand-made answer key: the labels and marks come from a teacher, not from the analyser.',
  'analysis.notice.teacher': 'Your teacher checked the answer key of this article: the labels and marks come from them, not from the analyser.',

  'analysis.label.fact': 'Reported fact',
  'analysis.label.attributed': 'Attributed claim',
  'analysis.label.framing': 'Framing',
  'analysis.tag.fact': 'F',
  'analysis.tag.attributed': 'A',
  'analysis.tag.framing': 'Fr',
  'analysis.labelHelp.fact': 'The writer reports something checkable, in their own voice.',
  'analysis.labelHelp.attributed': 'What a source said, claimed, believes or called for.',
  'analysis.labelHelp.framing': 'The writer’s own judgement, interpretation, motive reading, prediction or call to action.',

  'analysis.prob.veryLikely': 'very likely ({percent})',
  'analysis.prob.likely': 'likely ({percent})',
  'analysis.prob.uncertain': 'uncertain — discuss ({percent})',
  'analysis.prob.key': 'from the answer key',
  'analysis.sentenceName': '{label}, {probability}. Show why',

  'analysis.legend.title': 'Legend',
  'analysis.legend.loaded': 'Loaded word (wavy underline) — hover or open “why” for the reason',
  'analysis.legend.hedge': 'Hedge (dotted box) — softens or distances',
  'analysis.legend.certainty': 'Certainty marker (double underline) — presents as beyond doubt',
  'analysis.legend.intensifier': 'Intensifier (dotted underline)',
  'analysis.legend.source': 'Source (bold)',
  'analysis.legend.reporting': 'Reporting verb (italic)',
  'analysis.legend.uncertainTag': '{tag}?',
  'analysis.legend.uncertain':
    'Uncertain (dashed outline, tag with “?”, e.g. F? or Fr?) — the analyser is unsure of the label: discuss it (it may still be sure the writer says it, not someone else)',

  'analysis.filter.title': 'Show',
  'analysis.filter.all': 'All',
  'analysis.filter.fact': 'Only facts',
  'analysis.filter.attributed': 'Only attributed',
  'analysis.filter.framing': 'Only framing',
  'analysis.filter.status': '{filter}: {count} of {total} sentences keep their tint and tag; the others are drawn plain.',

  'analysis.mark.loaded': 'loaded word',
  'analysis.mark.hedge': 'hedge',
  'analysis.mark.certainty': 'certainty marker',
  'analysis.mark.intensifier': 'intensifier',
  'analysis.mark.source': 'source',
  'analysis.mark.reporting': 'reporting verb',
  'analysis.mark.mention': 'mention',
  'analysis.loadedTitle': 'Loaded word ({category}): {reason}',
  'analysis.loadedTitleNeutral': 'Loaded word ({category}): {reason}. More neutral: {neutral}',
  'analysis.loadedSourceVoice': 'These are a source’s words, not the writer’s.',
  'analysis.category.evaluative': 'evaluative',
  'analysis.category.emotive': 'emotive',
  'analysis.category.euphemism': 'euphemism',
  'analysis.category.dysphemism': 'dysphemism',
  'analysis.category.label': 'label',

  'analysis.why.title': 'Why this label',
  'analysis.why.close': 'Close why panel',
  'analysis.why.next': 'Next sentence',
  'analysis.why.previous': 'Previous sentence',
  'analysis.why.position': 'Sentence {index} of {total}',
  'analysis.why.label': '{label}: {probability}',
  'analysis.why.probabilities': 'All three: fact {fact}, attributed {attributed}, framing {framing}.',
  'analysis.why.cues': 'Cues',
  'analysis.why.noCues': 'No cue words were found; the label rests on the sentence as a whole.',
  'analysis.why.loaded': 'Loaded words',
  'analysis.why.neutral': 'More neutral: {neutral}',
  'analysis.why.noNeutral': 'No neutral alternative listed.',
  'analysis.why.writerVoice': 'the writer’s words',
  'analysis.why.sourceVoice': 'a source’s words',
  'analysis.why.attribution': 'Who says it',
  'analysis.why.attributionSource': 'Source: {source}',
  'analysis.why.attributionNoSource': 'No source named',
  'analysis.why.attributionCue': 'Reporting cue: {cue}',
  'analysis.why.direct': 'Direct quotation',
  'analysis.why.reported': 'Reported (indirect) speech',
  'analysis.why.resolved': 'probably {name}',
  'analysis.why.sourceKind.named': 'named',
  'analysis.why.sourceKind.group': 'a group',
  'analysis.why.sourceKind.vague': 'vague',
  'analysis.why.sourceKind.anonymous': 'anonymous',
  'analysis.why.sourceKind.pronoun': 'a pronoun',
  'analysis.why.claim': 'Claim to check',
  'analysis.why.claimAnchors': 'Check: {anchors}',
  'analysis.why.claimSource': 'Source the article gives: {source}',
  'analysis.why.noSource': 'No source given',
  'analysis.why.noSourceNeeded': 'No source named, which is usual for a public record or what the reporter saw',
  'analysis.why.teacherNote': 'Teacher’s note',
  'analysis.why.reason': 'In short',
  'analysis.why.empty': 'Choose a sentence (click it, or press ] and Enter) to see why it got its label.',
  'analysis.why.keyConfidence': 'Hand-marked in the sample’s answer key.',

  'analysis.cue.source': 'source',
  'analysis.cue.reporting-verb': 'reporting verb',
  'analysis.cue.quote': 'quotation',
  'analysis.cue.loaded': 'loaded word',
  'analysis.cue.hedge': 'hedge',
  'analysis.cue.certainty': 'certainty',
  'analysis.cue.intensifier': 'intensifier',
  'analysis.cue.interpretation': 'interpretation',
  'analysis.cue.motive': 'motive reading',
  'analysis.cue.prediction': 'prediction',
  'analysis.cue.call-to-action': 'call to action',
  'analysis.cue.number': 'number or date',
  'analysis.cue.first-person': 'first person',

  'analysis.voices.title': 'Voices',
  'analysis.voices.intro': 'Who speaks in the article, and who is only spoken about.',
  'analysis.voices.heard': 'Heard (quoted or paraphrased)',
  'analysis.voices.notHeard': 'Only spoken about',
  'analysis.voices.noneHeard': 'Nobody is quoted or paraphrased.',
  'analysis.voices.noneNotHeard': 'Everyone mentioned is also heard.',
  'analysis.voices.empty': 'No people or organisations were found.',
  'analysis.voices.mentions': {
    one: '{count} mention',
    other: '{count} mentions',
  },
  'analysis.voices.highlight': 'Highlight mentions of {name}',
  'analysis.voices.kind.person': 'person',
  'analysis.voices.kind.organisation': 'organisation',
  'analysis.voices.kind.place': 'place',
  'analysis.voices.kind.group': 'group',

  'analysis.claims.title': 'Claims to check',
  'analysis.claims.intro': 'Numbers, dates and events you could verify, with the source the article gives.',
  'analysis.claims.empty': 'No check-worthy claims were found.',
  'analysis.claims.anchors': 'Check',
  'analysis.claims.source': 'Source: {source}',
  'analysis.claims.noSource': 'No source given',
  'analysis.claims.noSourceNeeded': 'No source named (usual for a public record or what the reporter saw)',
  'analysis.claims.show': 'Show sentence {index} in the article',

  'analysis.dispute.flag': 'disputed',
  'analysis.dispute.flagName': {
    one: 'You disputed this answer: {reasons}. Show why',
    other: 'You disputed {count} answers here: {reasons}. Show why',
  },
  'analysis.dispute.tagSuffix': 'You disputed an answer here.',
  'analysis.dispute.summary': {
    one: 'You disputed {count} answer on this article. The ⚑ flag marks its sentence; open the sentence to read your reason.',
    other: 'You disputed {count} answers on this article. The ⚑ flag marks their sentences; open a sentence to read your reasons.',
  },
  'analysis.dispute.summaryOff': {
    one: 'You disputed {count} answer on this article. Turn the analysis on to see where.',
    other: 'You disputed {count} answers on this article. Turn the analysis on to see where.',
  },
  'analysis.dispute.articleTitle': 'Your disputes about the whole article',
  'analysis.dispute.whyTitle': 'Your disputes',
  'analysis.dispute.meta': '{skill} · {date}',
} as const;


export type AnalysisMessageKey = keyof typeof analysisStrings;
export type AnalysisParams = Record<string, string | number>;


export function ta(key: AnalysisMessageKey, params?: AnalysisParams): string {
  return formatMessage(analysisStrings[key] as MessageEntry | undefined, key, params);
}

const percentFormat = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });

export function formatPercent(probability: number): string {
  return percentFormat.format(probability);
}
