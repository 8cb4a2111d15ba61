/**
 * The class table as CSV for a spreadsheet. Papa Parse's `unparse` does the quoting (commas,
 * quotes, line breaks) and, with `escapeFormulae`, prefixes a cell starting with = + - @ tab or
 * carriage return with an apostrophe, so a learner named "=HYPERLINK(…)" is shown as text and
 * never run as a formula (CSV injection). A maintained library rather than hand-written
 * escaping, because the edge cases are exactly where hand-written CSV goes wrong.
 */
import Papa from 'papaparse';
import type { Skill } from '../practice/types';
import type { ClassSummary } from './class';

export interface CsvHeadings {
  learner: string;
  skill(skill: Skill): string;
  answers: string;
  score: string;
  minutes: string;
  disputes: string;
}

/** Scores as whole percentages, empty where there is none; time in whole minutes. */
export function classCsv(summary: ClassSummary, headings: CsvHeadings): string {
  const percent = (score: number | null | undefined) => (score == null ? '' : String(Math.round(score * 100)));
  const rows = summary.learners.map((l) => [
    l.name,
    ...summary.skills.map((s) => percent(l.skills[s])),
    String(l.answers),
    percent(l.score),
    String(Math.round(l.timeSpentMs / 60_000)),
    String(l.disputes),
  ]);
  const header = [headings.learner, ...summary.skills.map((s) => headings.skill(s)), headings.answers, headings.score, headings.minutes, headings.disputes];
  // CRLF (RFC 4180) and a byte-order mark are left to the caller: the BOM only matters to Excel on save.
  return Papa.unparse([header, ...rows], { escapeFormulae: true, newline: '\r\n' });
}
