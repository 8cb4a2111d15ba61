import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../../resources/lexicons/', import.meta.url);

describe('lexicon files', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  it('exist', () => {
    expect(files).toEqual(expect.arrayContaining(['loaded.json', 'markers.json', 'reporting-verbs.json', 'framing-cues.json', 'sources.json', 'organisations.json', 'claims.json']));
  });
  for (const f of files) {
    it(`${f} has a provenance header`, () => {
      const j = JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
      expect(j.header.source).toBeTruthy();
      expect(j.header.licence).toBeTruthy();
      expect(j.header.notes).toBeTruthy();
    });
  }
  it('loaded.json entries are complete and unique', () => {
    const j = JSON.parse(readFileSync(new URL('loaded.json', dir), 'utf8'));
    expect(j.entries.length).toBeGreaterThan(300);
    const seen = new Set<string>();
    for (const e of j.entries) {
      expect(['evaluative', 'emotive', 'euphemism', 'dysphemism', 'label']).toContain(e.category);
      expect(e.reason.length).toBeGreaterThan(5);
      expect(Array.isArray(e.neutral)).toBe(true);
      expect(seen.has(e.term.toLowerCase())).toBe(false);
      seen.add(e.term.toLowerCase());
    }
  });
});
