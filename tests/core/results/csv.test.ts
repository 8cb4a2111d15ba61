import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { classCsv, readResults, summariseClass, writeResults, type CsvHeadings } from '../../../src/core/results';
import { sampleInput } from './sample';

const headings: CsvHeadings = {
  learner: 'Learner',
  skill: (s) => `Skill ${s}`,
  answers: 'Answers',
  score: 'Score %',
  minutes: 'Minutes',
  disputes: 'Disputes',
};

async function classOf(...names: string[]) {
  return summariseClass(await Promise.all(names.map(async (name) => readResults(await writeResults(await sampleInput({ learner: { name } }))))));
}

describe('class CSV', () => {
  it('one header row and one row per learner, scores as percentages', async () => {
    const csv = classCsv(await classOf('Ada'), headings);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Learner,Skill classify,Skill loaded-words,Skill neutral-rewrite,Answers,Score %,Minutes,Disputes');
    expect(lines[1]).toBe('Ada,100,50,,3,75,1,1');
    expect(lines).toHaveLength(2);
  });

  it('quotes commas, quotes and line breaks so a spreadsheet reads the same cells back', async () => {
    const name = 'Lovelace, "Ada"\nthe first';
    const csv = classCsv(await classOf(name), headings);
    const parsed = Papa.parse<string[]>(csv, { newline: '\r\n' }).data;
    expect(parsed[1][0]).toBe(name);
  });

  it('never lets a cell start a formula (CSV injection)', async () => {
    const csv = classCsv(await classOf('=HYPERLINK("http://evil","x")', '+1+2', '@SUM(A1)', '-3'), headings);
    const cells = Papa.parse<string[]>(csv, { newline: '\r\n' }).data.slice(1).map((row) => row[0]);
    expect(cells.sort()).toEqual(["'+1+2", "'-3", '\'=HYPERLINK("http://evil","x")', "'@SUM(A1)"].sort());
    for (const cell of cells) expect(cell).toMatch(/^'/);
  });
});
