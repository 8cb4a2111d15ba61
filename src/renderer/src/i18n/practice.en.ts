import { formatMessage, type MessageEntry } from './format';
/**
 * The Practice and Progress strings. A plain object so the i18n module can merge it into
 * its catalogue; `tp` is a local lookup with the same `{name}` placeholders and plural
 * objects as `t`, so the practice screens work before that merge happens.
 *
 * `practiceCoreTemplates` holds the wording of the practice core's messages (prompts,
 * fixed choices, the "why" sentences): the core only hands over keys and parameters.
 */
import { MESSAGES_EN, type MessageKey as CoreMessageKey } from '../../../core/practice/messages';

export const practiceStrings = {
  'practice.title': 'Practise',
  'practice.titleArticle': 'Practise: {title}',
  'practice.titleAssignment': 'Assignment: {title}',
  'practice.titleReview': 'Review',
  'practice.skillFilter': 'Exercise type',
  'practice.skillFilterAll': 'All types, mixed',
  'practice.preparing': 'Preparing exercises…',
  'practice.preparingProgress': 'Preparing exercises: {done} of {total} articles',
  'practice.preparingLabel': 'Articles prepared so far',
  'practice.preparingNext': 'Preparing the next exercise…',
  'practice.loadFailed': 'The exercises could not be prepared: {message}. Go back to the library and try again.',
  'practice.articleFailed': {
    one: '{count} article could not be analysed and was left out of this session.',
    other: '{count} articles could not be analysed and were left out of this session.',
  },
  'practice.empty.noArticles.title': 'No articles to practise on',
  'practice.empty.noArticles.body': 'Import an article (or paste its text), and every article becomes practice.',
  'practice.empty.noArticles.import': 'Import an article',
  'practice.empty.noItems.title': 'Nothing to practise here',
  'practice.empty.noItems.body': 'This article has no sentences the app can make exercises from. Try another article.',
  'practice.empty.noSkillItems.title': 'No “{skill}” exercises to do now',
  'practice.empty.noSkillItems.body':
    'These articles give no new or due exercises of this type. Choose another exercise type above, or all types.',
  'practice.empty.allDone.title': 'You’re up to date',
  'practice.empty.allDone.body':
    'You have practised every item here and none is due for review yet. Come back later for your reviews, or import another article.',
  'practice.empty.nothingDue.title': 'You’re up to date — practise something new',
  'practice.empty.nothingDue.body': 'No reviews are due today. A new session mixes items you have not seen yet.',
  'practice.empty.articleMissing': 'This article is no longer in the library.',
  'practice.startNew': 'Practise something new',

  'practice.progressLabel': 'Session progress',
  'practice.progressText': 'Item {current} of {total}',
  'practice.review': 'Review',
  'practice.new': 'New',
  'practice.fromArticle': 'From “{title}”',
  'practice.sentenceInContext': 'The sentence in its paragraph',
  'practice.sentenceMarker': 'The sentence this item is about',
  'practice.readArticle': 'Read the article again',
  'practice.articleOf': 'About the article “{title}”',

  'practice.check': 'Check',
  'practice.checkHint': 'Enter',
  'practice.continue': 'Continue',
  'practice.finish': 'See the summary',
  'practice.choose': 'Choose an answer first.',
  'practice.keysChoice': 'Keys: 1–{count} to choose, Enter to check.',
  'practice.keysWords': 'Keys: Tab to the words, ← → to move, Space to mark, 0 for “None”, Enter to check.',
  'practice.keysHedge': 'Keys: ← → to move between words, Space to pick one, then H (doubt) or C (certainty); N for “Neither”; Enter to check.',
  'practice.keysSource': 'Keys: 1–3 to choose; mark the source’s words if the sentence names it (← →, Space); Enter to check.',
  'practice.keysVoices': 'Keys: 1–{count} to tick or untick, Enter to check.',
  'practice.keysVoicesMany': 'Keys: 1–9 tick the first nine; ↑ ↓ move between all of them, Space ticks or unticks; Enter to check.',
  'practice.keysChoiceMany': 'Keys: 1–9 choose one of the first nine; ↑ ↓ move between all of them, Space chooses; Enter to check.',
  'practice.rewriteDiffHint': 'Highlighted: the words each version changes from the article’s sentence.',
  'practice.voices.notHeard': 'Talked about, never heard',
  'practice.voices.heard': 'Heard (quoted or paraphrased)',
  'practice.voices.ticked': 'you ticked it',
  'practice.voices.notTicked': 'you did not tick it',
  'practice.voices.empty': 'nobody',
  'practice.wordsLabel': 'Words of the sentence',
  'practice.wordName': '{word}, word {index} of {count}',
  'practice.none': 'None',
  'practice.noneHint': 'No word here carries a judgement',
  // The grader gives half the score for the kind and half for the words (grade.ts), below the pass mark without them.
  'practice.sourceWordsLabel': 'If the sentence names the source, mark its words: they are half the score',
  'practice.hedgePickWord': 'Pick the word first, then say what it signals.',
  'practice.hedgePicked': 'Picked: “{word}”',
  'practice.voicesNone': 'Tick every party that is talked about but never heard. If all are heard, check with none ticked.',

  'practice.verdict.right': 'Right',
  'practice.verdict.wrong': 'Not quite',
  'practice.verdict.partial': 'Partly right — {percent}',
  'practice.verdict.discuss': 'Not graded — the analyser isn’t sure; what do you think?',
  'practice.verdict.discussProvisional': 'Compared with the automatic answer you would have {percent}.',
  'practice.verdict.voiceRight': 'Right — this is the writer’s own statement (whether fact or framing is open)',
  'practice.verdict.voiceWrong': 'Not quite — this is the writer’s own statement, not someone else’s claim',
  'practice.voiceAnswer': 'Either “Reported fact” or “Framing” — the writer’s own statement',
  'practice.acceptedAnswer': 'Accepted',
  'practice.score': 'Score: {percent}',
  'practice.correctAnswer': 'The answer',
  'practice.expectedAnswer': 'The automatic answer',
  'practice.yourAnswer': 'Your answer',
  'practice.found': 'Found: {items}',
  'practice.missed': 'Missed: {items}',
  'practice.extra': 'Marked but not in the key: {items}',
  'practice.why': 'Why',
  'practice.cuesTitle': 'The cues in the sentence',
  'practice.leaveOut': '(leave it out)',
  'practice.teacherNote': 'Teacher’s note: {note}',
  'practice.source.key': 'Answer from a hand-made answer key',
  'practice.source.teacher': 'Answer checked by your teacher',
  'practice.source.analyser': 'Answer from the automatic analyser — it can be wrong',
  'practice.saveFailed': 'Your answer could not be saved: {message}. You can go on; this answer will not count.',

  'practice.mark.source': 'source',
  'practice.mark.reporting': 'reporting verb',
  'practice.mark.loaded': 'loaded word',
  'practice.mark.hedge': 'hedge',
  'practice.mark.certainty': 'certainty',
  'practice.mark.intensifier': 'intensifier',
  'practice.mark.mention': 'mentioned, not heard',
  'practice.mark.number': 'check-worthy number',
  'practice.mark.other': 'cue',
  'practice.mark.neutral': 'more neutral: {neutral}',
  'practice.mark.sourceVoice': 'the source’s word',

  'practice.dispute.open': 'I think this answer is wrong',
  'practice.dispute.title': 'What is wrong with this answer?',
  'practice.dispute.label': 'Your reason',
  'practice.dispute.placeholder': 'For example: “voiced concerns” is a reporting verb, so this is attributed.',
  'practice.dispute.save': 'Save my reason',
  'practice.dispute.cancel': 'Cancel',
  'practice.dispute.empty': 'Write a few words about why you think the answer is wrong.',
  'practice.dispute.saved':
    'Saved. Thank you — your reason is listed under Progress and shown in the reader. This answer no longer counts toward your mastery and is not asked again until you withdraw the dispute there.',
  'practice.dispute.failed': 'Your reason could not be saved: {message}. Try again.',

  'practice.summary.title': 'Session finished',
  'practice.summary.score': 'Score: {percent}',
  'practice.summary.noGraded': 'No graded items in this session.',
  'practice.summary.counts': '{right} right, {partial} partly right, {wrong} not quite, {discuss} to discuss',
  'practice.summary.perSkill': 'By exercise type',
  'practice.summary.skill': 'Exercise type',
  'practice.summary.items': 'Items',
  'practice.summary.skillScore': 'Score',
  'practice.summary.notGraded': 'not graded',
  'practice.summary.another': 'Another session',
  'practice.summary.mistakes': {
    one: 'Review my mistake ({count} item)',
    other: 'Review my mistakes ({count} items)',
  },
  'practice.summary.progress': 'See progress',
  'practice.summary.unsaved': {
    one: '{count} answer could not be saved.',
    other: '{count} answers could not be saved.',
  },

  'skill.classify': 'Fact, attributed or framing?',
  'skill.loaded-words': 'Spot the loaded words',
  'skill.who-says': 'Who says so?',
  'skill.hedge-certainty': 'Hedge or certainty?',
  'skill.source-check': 'Where is the source?',
  'skill.neutral-rewrite': 'Neutral rewrite',
  'skill.missing-voices': 'Missing voices',

  'progress.title': 'Progress',
  'progress.loading': 'Loading your progress…',
  'progress.loadFailed': 'Your progress could not be loaded: {message}. Reload the app to try again.',
  'progress.empty.title': 'Your progress starts with your first answers',
  'progress.empty.body':
    'Practise about ten short items on the articles in your library. Then this page shows how well you know each skill, which answers come back for review and when.',
  'progress.startPractice': 'Start practising',
  'progress.mastery.title': 'Mastery by exercise type',
  'progress.mastery.help':
    'Mastery weighs recent answers most and needs a few answers before it can reach 100%. Only graded items count; a sentence graded only on whether it is the writer’s own statement counts half.',
  'progress.mastery.attempts': {
    one: '{count} attempt',
    other: '{count} attempts',
  },
  'progress.mastery.meter': '{skill}: {percent} mastery, {attempts}',
  'progress.chart.title': 'Mastery over time',
  'progress.chart.desc': 'Line chart of mastery per exercise type, one point per day from {from} to {to}. The same numbers are in the table below.',
  'progress.chart.empty': 'The chart appears after your first answers.',
  'progress.chart.table': 'Show the numbers as a table',
  'progress.chart.day': 'Day',
  'progress.chart.toggle': 'Show {skill} in the chart',
  'progress.due.title': 'Reviews',
  'progress.due.count': {
    one: '{count} review due today',
    other: '{count} reviews due today',
  },
  'progress.due.none': 'No reviews due today — you’re up to date.',
  'progress.due.why':
    'Each answer you give comes back once for review: new answers later the same day, because a quick second look makes them stick; after that, every right answer waits longer — days, then weeks — and a wrong one comes back soon.',
  'progress.due.later': 'Next review: {when}',
  'progress.due.start': 'Start review',
  'progress.streak.title': 'Streak',
  'progress.streak.days': {
    one: '{count} day',
    other: '{count} days',
  },
  'progress.streak.longest': 'Longest: {days}',
  'progress.streak.today': 'You practised today.',
  'progress.streak.keep': 'Practise today to keep your streak.',
  'goal.title': 'Daily goal',
  'goal.choose': 'Daily goal',
  'goal.off': 'No goal',
  'goal.option': {
    one: '{count} item a day',
    other: '{count} items a day',
  },
  'goal.status': '{done} of {goal} today',
  'goal.statusLabel': 'Today’s answered items against your daily goal',
  'goal.met': 'Goal reached for today.',
  'goal.none': 'Set a goal to see how many items you answer each day.',
  'progress.articles.title': 'Articles',
  'progress.articles.help': 'Share of each article’s graded items you have answered correctly at least once.',
  'progress.articles.article': 'Article',
  'progress.articles.completion': 'Completed',
  'progress.articles.detail': '{correct} of {graded} items',
  'progress.articles.notStarted': 'not started',
  'progress.articles.computing': 'counting…',
  'progress.articles.open': 'Open “{title}” in the reader',
  'progress.articles.none': 'No articles in the library yet.',
  'progress.disputes.title': 'Answers you disputed',
  'progress.disputes.none': 'You have not disputed any answers.',
  'progress.disputes.effect':
    'While you dispute an answer, it does not count toward your mastery and its item is not asked or reviewed. Withdraw the dispute to count the answer again; if the answer key changes, the item comes back by itself.',
  'progress.disputes.left': {
    one: '{count} disputed answer is left out of your mastery.',
    other: '{count} disputed answers are left out of your mastery.',
  },
  'progress.disputes.withdraw': 'Withdraw dispute',
  'progress.disputes.withdrawLabel': 'Withdraw your dispute of the {skill} answer on “{title}”',
  'progress.disputes.withdrawn': 'Dispute withdrawn: the answer counts again and its item is back in your reviews.',
  'progress.disputes.withdrawFailed': 'The dispute could not be withdrawn: {message}.',
  'progress.disputes.article': 'Article',
  'progress.disputes.item': 'Item',
  'progress.disputes.reason': 'Your reason',
  'progress.disputes.date': 'Date',
  'progress.disputes.open': 'Open in the reader',
  'progress.disputes.openLabel': 'Open “{title}” in the reader',
  'progress.disputes.deleted': '(deleted article)',
  'progress.disputes.missing': '(article no longer in the library)',
  'progress.disputes.accepted': 'Your teacher accepted this dispute and is correcting the answer key.',
  'progress.disputes.rejected': 'Your teacher kept this answer.',
  'progress.disputes.rejectedNote': 'Your teacher kept this answer: “{note}”',
  'progress.keyChanged': {
    one: '{count} answer is marked “key changed”: your teacher changed that question’s answer after you gave it, so it no longer counts toward your mastery and the question comes back as new.',
    other: '{count} answers are marked “key changed”: your teacher changed those questions’ answers after you gave them, so they no longer count toward your mastery and the questions come back as new.',
  },
} as const;

/** The practice core's messages, in the learner's language (English: the core's reference wording). */
export const practiceCoreTemplates: Record<CoreMessageKey, string> = { ...MESSAGES_EN };


export type PracticeMessageKey = keyof typeof practiceStrings;
export type PracticeParams = Record<string, string | number>;

const percentFormat = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
const listFormat = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

export function tp(key: PracticeMessageKey, params?: PracticeParams): string {
  return formatMessage(practiceStrings[key] as MessageEntry | undefined, key, params);
}

/** 0.667 → "67%". */
export function percent(value: number): string {
  return percentFormat.format(value);
}

/** ["a", "b", "c"] → "a, b and c". */
export function joinList(items: readonly string[]): string {
  return listFormat.format(items);
}
