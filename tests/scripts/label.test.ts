import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'framewise-label-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function label(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'scripts/label.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function write(name: string, content: string): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('label --sentences', () => {
  it('writes one JSON object per row, in order, with offsets into the text', () => {
    const tsv = write(
      'rows.tsv',
      'text\tid\textra\r\n' +
        'The minister said the relentless shelling had reportedly killed 40 people.\ta1\tx\r\n' +
        '"Quoted\ttext with a tab"\tb2\ty\n' +
        'The bridge reopened on Tuesday.\tc3\tz\n',
    );
    const r = label('--sentences', tsv);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((x) => x.id)).toEqual(['a1', 'b2', 'c3']);
    const texts = [
      'The minister said the relentless shelling had reportedly killed 40 people.',
      'Quoted\ttext with a tab',
      'The bridge reopened on Tuesday.',
    ];
    rows.forEach((row, i) => {
      expect(Object.keys(row).sort()).toEqual(['check_worthy', 'cue', 'hedges', 'id', 'label', 'loaded', 'p_subjective', 'source', 'subjective'].sort());
      expect(['fact', 'attributed', 'framing']).toContain(row.label);
      expect(typeof row.subjective).toBe('boolean');
      expect(row.p_subjective).toBeGreaterThanOrEqual(0);
      expect(row.p_subjective).toBeLessThanOrEqual(1);
      expect(typeof row.check_worthy).toBe('boolean');
      for (const s of [...row.loaded, ...row.hedges]) expect(texts[i].slice(s.start, s.end)).toBe(s.text);
    });
    expect(rows[0].label).toBe('attributed');
    expect(rows[0].source).toBe('The minister');
    expect(rows[0].cue).toBe('said');
    expect(rows[0].loaded.map((l: { text: string }) => l.text)).toContain('relentless');
    expect(rows[0].hedges.map((l: { text: string }) => l.text)).toContain('reportedly');
    expect(rows[0].check_worthy).toBe(true);
    expect(rows[2].source).toBeNull();
    expect(rows[2].cue).toBeNull();
  });

  it('fails with a one-line message on wrong columns, empty text, a missing file or no arguments', () => {
    const bad = [
      label('--sentences', write('cols.tsv', 'id\tsentence\n1\tHello.\n')),
      label('--sentences', write('empty.tsv', 'id\ttext\n1\t \n')),
      label('--sentences', join(dir, 'missing.tsv')),
      label(),
    ];
    for (const r of bad) {
      expect(r.code).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(bad[0].stderr).toMatch(/"id" and "text"/);
    expect(bad[1].stderr).toMatch(/row 2 has empty text/);
    expect(bad[2].stderr).toMatch(/not found/);
  });
});

describe('label --article', () => {
  it('writes one JSON line per file with offsets into the file text', () => {
    const seedPath = join(root, 'resources/samples/iran-pij-gaza-exchange.txt');
    const other = write('other.txt', '\uFEFFOfficials said 12 homes were damaged.\n\nThe storm was relentless.\n');
    const r = label('--article', seedPath, other);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    const texts = [readFileSync(seedPath, 'utf8'), readFileSync(other, 'utf8')];
    lines.forEach((out, i) => {
      expect(Object.keys(out).sort()).toEqual(['attributions', 'hedges', 'loaded', 'sentences']);
      for (const s of out.sentences) {
        expect(['fact', 'attributed', 'framing']).toContain(s.label);
        expect(Object.keys(s).sort()).toEqual(['check_worthy', 'end', 'label', 'p_subjective', 'start', 'subjective']);
      }
      for (const s of [...out.loaded, ...out.hedges]) expect(texts[i].slice(s.start, s.end)).toBe(s.text);
      for (const a of out.attributions) {
        expect(texts[i].slice(a.cue.start, a.cue.end)).toBe(a.cue.text);
        if (a.source) expect(texts[i].slice(a.source.start, a.source.end)).toBe(a.source.text);
      }
    });
    expect(lines[0].sentences).toHaveLength(13);
    // The BOM is kept as offset 0 of the decoded text, so the first sentence starts at 1.
    expect(lines[1].sentences[0].start).toBe(1);
    expect(texts[1].slice(lines[1].sentences[0].start, lines[1].sentences[0].end)).toBe('Officials said 12 homes were damaged.');
  });

  it('fails on a missing or empty file without partial output', () => {
    const ok = join(root, 'resources/samples/iran-pij-gaza-exchange.txt');
    for (const r of [label('--article', ok, join(dir, 'nope.txt')), label('--article', write('blank.txt', '  \n')), label('--article')]) {
      expect(r.code).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('label and subjective agree', () => {
  it('never prints a framing label that is not subjective, or a subjective fact', () => {
    const lines = [
      'Yet again, the ministry has picked the easy option over the right one.',
      'This is not reform; it is retreat.',
      'The council met on Monday and approved the budget by seven votes to two.',
      'Critics argue that the tax will hurt small businesses.',
      'Anybody who has sat in a ward at night understands what the nurses are asking for.',
    ];
    const tsv = write('agree.tsv', 'id\ttext\n' + lines.map((l, i) => `${i}\t${l}`).join('\n') + '\n');
    const r = label('--sentences', tsv);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(lines.length);
    for (const row of rows) expect(row.subjective).toBe(row.label === 'framing');
  });
});
