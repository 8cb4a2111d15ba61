/**
 * How deeply a page's markup nests, estimated from the markup itself before any parser
 * builds a tree. A hostile page of thousands of nested elements made jsdom's parser (the
 * CLI and the fuzz suite) take 3–8 s; Chromium flattens past 512 levels on its own, but
 * Readability and our text walk still meet hundreds of levels. Real news pages nest a few
 * dozen levels, so a page estimated past MAX_HTML_NESTING is refused up front.
 *
 * The estimate is linear in the markup's length and follows the parser's habits that
 * matter for depth: void elements (`<br>`, `<img>`) and `/>`-closed foreign elements never
 * open a level; elements whose end tag is implied (`<p>`, `<li>`, `<td>`…) are not counted,
 * so a page of unclosed paragraphs is not mistaken for a deep one; a `<table>` (or `<a>`,
 * a heading…) opened right inside the same element is its sibling; comments and the
 * contents of raw-text elements (`<script>`, `<style>`…) are skipped.
 */

/** Far deeper than any real page; past Chromium's own flattening depth (512). */
export const MAX_HTML_NESTING = 1_000;

const VOID = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
const IMPLIED_END = new Set([
  'html', 'head', 'body', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'caption', 'colgroup', 'option', 'optgroup', 'rb', 'rt', 'rp', 'rtc',
]);
/** Opening one of these while the same element is the innermost open one closes it first (`<table><table>` are siblings). */
const NO_DIRECT_NESTING = new Set(['table', 'a', 'form', 'button', 'nobr', 'select', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)/y;
const rawTextEnds = new Map<string, RegExp>();

function rawTextEnd(name: string): RegExp {
  let re = rawTextEnds.get(name);
  if (!re) {
    re = new RegExp(`</${name}`, 'gi');
    rawTextEnds.set(name, re);
  }
  return re;
}

/** Whether the markup nests deeper than `limit` by the estimate above. */
export function htmlNestsDeeperThan(html: string, limit = MAX_HTML_NESTING): boolean {
  // The names of the counted open elements, innermost last (popped once per end tag, like the count).
  const open: string[] = [];
  // The previous start tag, counted or not: `<table><tr><td><table>` nests, `<table><table>` does not.
  let previousStart = '';
  let i = 0;
  while ((i = html.indexOf('<', i)) !== -1) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end < 0) return false;
      i = end + 3;
      continue;
    }
    TAG.lastIndex = i;
    const m = TAG.exec(html);
    if (!m) {
      i++;
      continue;
    }
    const name = m[2].toLowerCase();
    const close = html.indexOf('>', TAG.lastIndex);
    if (close < 0) return false;
    i = close + 1;
    if (m[1]) {
      if (!VOID.has(name) && !IMPLIED_END.has(name)) open.pop();
      continue;
    }
    // Everything after <plaintext> is text.
    if (name === 'plaintext') return false;
    if (RAW_TEXT.has(name)) {
      const end = rawTextEnd(name);
      end.lastIndex = i;
      if (!end.exec(html)) return false;
      i = end.lastIndex;
      continue;
    }
    const sibling = NO_DIRECT_NESTING.has(name) && previousStart === name && open[open.length - 1] === name;
    previousStart = name;
    if (VOID.has(name) || IMPLIED_END.has(name) || html[close - 1] === '/' || sibling) continue;
    open.push(name);
    if (open.length > limit) return true;
  }
  return false;
}
