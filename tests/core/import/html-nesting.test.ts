import { describe, expect, it } from 'vitest';
import { htmlNestsDeeperThan, MAX_HTML_NESTING } from '../../../src/core/import/html-nesting';

describe('htmlNestsDeeperThan', () => {
  it('counts nested elements that stay open', () => {
    expect(htmlNestsDeeperThan('<div>'.repeat(11), 10)).toBe(true);
    expect(htmlNestsDeeperThan('<div>'.repeat(10), 10)).toBe(false);
    expect(htmlNestsDeeperThan('<div></div>'.repeat(50), 10)).toBe(false);
  });

  it('does not count void elements, implied end tags, self-closed foreign elements or closed ones', () => {
    const page = `<html><body>${'<p>One paragraph never closed. <br><img src=x>'.repeat(3_000)}${'<li>item'.repeat(3_000)}${'<path d="M0"/>'.repeat(3_000)}</body></html>`;
    expect(htmlNestsDeeperThan(page)).toBe(false);
  });

  it('takes a table opened right inside a table for its sibling, as the HTML parser does', () => {
    expect(htmlNestsDeeperThan('<table>'.repeat(3_000), 10)).toBe(false);
    expect(htmlNestsDeeperThan('<table><tr><td>'.repeat(20), 10)).toBe(true);
  });

  it('skips comments and the contents of raw-text elements', () => {
    const inScript = `<script>${'<div>'.repeat(50)}</SCRIPT><!-- ${'<div>'.repeat(50)} --><p>x</p>`;
    expect(htmlNestsDeeperThan(inScript, 10)).toBe(false);
    expect(htmlNestsDeeperThan(`<textarea>${'<div>'.repeat(50)}`, 10)).toBe(false);
  });

  it('is linear: a 10 MB page of tags is scanned quickly', () => {
    const page = '<span>a</span><b>'.repeat(600_000).slice(0, 10_000_000);
    const started = performance.now();
    expect(htmlNestsDeeperThan(page)).toBe(true);
    expect(htmlNestsDeeperThan('<a></a>'.repeat(1_400_000))).toBe(false);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('leaves room for real pages (a few dozen levels) far below the limit', () => {
    expect(MAX_HTML_NESTING).toBeGreaterThanOrEqual(512);
  });
});
