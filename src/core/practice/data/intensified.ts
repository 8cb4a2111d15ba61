/**
 * Stronger (more loaded) replacements for loaded words, used only to build the "intensified"
 * distractor of neutral-rewrite items. Written by hand for Framewise (no external source);
 * keys are lower-case loaded words or phrases, values keep the same part of speech so the
 * sentence stays grammatical. A value may add an intensifier ("cynical politicization").
 */
export const INTENSIFIED: Readonly<Record<string, string>> = {
  significant: 'historic',
  important: 'momentous',
  urgent: 'desperate',
  urgency: 'desperate urgency',
  relentless: 'merciless',
  aggression: 'onslaught',
  tragic: 'horrific',
  tragedy: 'catastrophe',
  crisis: 'catastrophe',
  escalating: 'spiralling',
  resistance: 'struggle for liberation',
  hostilities: 'savagery',
  atrocities: 'barbaric atrocities',
  disproportionate: 'grotesquely disproportionate',
  vital: 'absolutely vital',
  spotlighting: 'exposing',
  politicization: 'cynical politicization',
  genocide: 'outright genocide',
  inaction: 'shameful inaction',
  offensive: 'onslaught',
  slammed: 'savaged',
  blasted: 'savaged',
  criticized: 'slammed',
  criticised: 'slammed',
  controversial: 'scandalous',
  radical: 'extremist',
  extremist: 'fanatical',
  regime: 'brutal regime',
  terrorists: 'savage terrorists',
  militants: 'terrorists',
  chaos: 'utter chaos',
  disaster: 'catastrophe',
  failed: 'disastrous',
  failure: 'fiasco',
  reckless: 'insane',
  shocking: 'appalling',
  outrageous: 'scandalous',
  devastating: 'apocalyptic',
  massive: 'colossal',
  huge: 'colossal',
  soaring: 'skyrocketing',
  plummeting: 'collapsing',
  slashed: 'gutted',
  scheme: 'racket',
  scandal: 'disgrace',
  brutal: 'barbaric',
  violent: 'savage',
  attack: 'assault',
  thugs: 'savages',
  mob: 'rabid mob',
  propaganda: 'shameless propaganda',
  lies: 'shameless lies',
  corrupt: 'rotten',
  elite: 'out-of-touch elite',
  landmark: 'historic',
  bold: 'heroic',
  courageous: 'heroic',
  dangerous: 'deadly',
  threat: 'grave threat',
  surge: 'flood',
  flood: 'invasion',
  crackdown: 'brutal crackdown',
  occupation: 'brutal occupation',
  heroic: 'legendary',
  clearly: 'undeniably',
  undoubtedly: 'beyond any doubt',
  purportedly: 'supposedly',
  gridlock: 'paralysis',
  lifeline: 'only lifeline',
  blow: 'crushing blow',
  'latest blow': 'latest crushing blow',
  setback: 'humiliation',
  fuss: 'hysteria',
  remarkable: 'astonishing',
  punishes: 'cruelly punishes',
  threatens: 'menaces',
  defiance: 'fierce defiance',
  wasteland: 'toxic wasteland',
  'industrial wasteland': 'toxic wasteland',
  draining: 'bleeding dry',
  milestone: 'historic milestone',
  cements: 'triumphantly cements',
  heartbeat: 'very lifeblood',
  poor: 'abysmal',
  debacle: 'catastrophe',
  fiasco: 'catastrophe',
  slams: 'savages',
  blasts: 'savages',
  hits: 'hammers',
  plunge: 'freefall',
  spike: 'explosion',
  ban: 'crackdown',
  victims: 'helpless victims',
  innocent: 'utterly innocent',
  'desperately needs': 'is crying out for',
  'breaks my heart': 'devastates me',
  'quietly decides': 'secretly decides',
  'dressed up as': 'cynically dressed up as',
  'embarrassing blow': 'humiliating blow',
};

/** A stronger version of a loaded word or phrase: the whole phrase, else its first mapped word. */
export function intensify(text: string): string | null {
  const whole = INTENSIFIED[text.toLowerCase()];
  if (whole) return matchInitialCase(text, whole);
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const hit = INTENSIFIED[m[0].toLowerCase()];
    if (!hit) continue;
    const at = m.index ?? 0;
    return text.slice(0, at) + matchInitialCase(m[0], hit) + text.slice(at + m[0].length);
  }
  return null;
}

function matchInitialCase(model: string, word: string): string {
  return /^\p{Lu}/u.test(model) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
