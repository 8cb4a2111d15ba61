/**
 * Every learner-facing sentence the practice core produces, as a key plus parameters.
 * The core never builds display strings itself: items carry `Message`s and the renderer's
 * i18n layer renders them. The English templates here are the reference wording (and what
 * `formatMessage` uses in tests and scripts); list parameters are joined by the UI with
 * Intl.ListFormat in the learner's language.
 */

export type MessageParam = string | number | string[];

export interface Message {
  key: MessageKey;
  params?: Record<string, MessageParam>;
}

export const MESSAGES_EN = {
  'prompt.classify': 'Is this sentence a reported fact, an attributed claim, or the writer’s framing?',
  'prompt.loaded-words': 'Click the words that carry a judgement. If there are none, answer “None”.',
  'prompt.who-says': 'Whose claim is this?',
  'prompt.hedge-certainty':
    'Find the word that signals doubt or certainty and say which it is, or answer “Neither”.',
  'prompt.source-check': 'What source does the article give for this claim?',
  'prompt.neutral-rewrite': 'Which version is the most neutral and still keeps the facts?',
  'prompt.missing-voices': 'Which of these parties does the article talk about without letting them speak?',

  'label.fact': 'Reported fact',
  'label.attributed': 'Attributed claim',
  'label.framing': 'Framing',
  'choice.writer': 'The writer',
  'choice.no-source': 'No source given',
  'choice.none': 'None',
  'choice.neither': 'Neither',
  'choice.hedge': 'Doubt (hedge)',
  'choice.certainty': 'Certainty',
  'choice.source.named': 'A named source',
  'choice.source.vague': 'A vague source',
  'choice.source.none': 'No source',

  'why.classify.fact': 'The writer states something checkable in their own voice, without judging it.',
  'why.classify.attributed':
    'The writer reports what {source} said (“{cue}”): the reporting is a fact, the content is their view.',
  'why.classify.attributed-no-source':
    'The writer reports a claim (“{cue}”) rather than stating it: the content is someone’s view.',
  'why.classify.framing': 'This is the writer’s own judgement, not a checkable report: {cues}.',
  'why.classify.framing-generic': 'This is the writer’s own evaluation or interpretation, not a checkable report.',
  'why.classify.voice':
    'The app is confident this is the writer’s own statement: no one else is quoted or reported as saying it, so it is not an attributed claim.',

  'why.loaded.some': 'These words judge rather than describe: {words}.',
  'why.loaded.alternatives': 'More neutral: {pairs}.',
  'why.loaded.source-voice': 'Some of them are the source’s words, not the writer’s: {words}.',
  'why.loaded.none': 'No word here carries a judgement: the sentence describes without evaluating.',

  'why.who-says.voice': 'The claim comes from {source}; the reporting cue is “{cue}”.',
  'why.who-says.writer': 'Nobody is quoted: this is the writer’s own reading ({cues}).',
  'why.who-says.writer-generic': 'Nobody is quoted or paraphrased: the judgement is the writer’s own.',
  'why.who-says.none': 'The sentence reports a claim (“{cue}”) but does not say who made it.',

  'why.hedge.hedge': '“{word}” signals doubt: the claim is presented as uncertain.',
  'why.hedge.certainty': '“{word}” signals certainty: the claim is presented as beyond doubt.',
  'why.hedge.neither': 'No word here signals doubt or certainty: the sentence states its content plainly.',

  'why.source.named': 'The article names its source for {anchors}: {source}.',
  'why.source.vague': 'The source for {anchors} is vague: “{source}” does not say exactly who.',
  'why.source.none': 'The article gives no source for {anchors}, so a reader cannot check where it comes from.',
  'why.source.generic-anchor': 'this claim',

  'why.rewrite.neutral': 'The neutral version replaces the loaded words ({pairs}) and keeps the facts.',
  'why.rewrite.fact-changed': 'One version sounds neutral but changes a fact: “{from}” became “{to}”.',
  'why.rewrite.others': 'The other versions keep or add loaded words.',

  'why.voices.not-heard': 'The article talks about {notHeard} but never lets them speak.',
  'why.voices.heard': 'Heard (quoted or paraphrased): {heard}.',
  'why.voices.all-heard': 'Every party the article talks about is also heard.',

  'why.discuss':
    'This is an automatic judgement the app is not sure about: discuss it rather than take it as the answer.',
  'why.discuss-fact-framing':
    'Reported fact or the writer’s framing? The app leans to “{label}” but is not sure, so that part was not graded: discuss which it is.',
} as const;

export type MessageKey = keyof typeof MESSAGES_EN;

export function msg(key: MessageKey, params?: Record<string, MessageParam>): Message {
  return params ? { key, params } : { key };
}

/** Renders a message with the English templates (reference wording; the UI localises). */
export function formatMessage(message: Message, templates: Record<MessageKey, string> = MESSAGES_EN): string {
  const template = templates[message.key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = message.params?.[name];
    if (value === undefined) return whole;
    return Array.isArray(value) ? value.join(', ') : String(value);
  });
}
