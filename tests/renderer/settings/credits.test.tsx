// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Credits } from '../../../src/renderer/src/ui/settings/Credits';
import { EVALUATION_ONLY_DATASETS, LIBRARY_CREDITS } from '../../../src/renderer/src/ui/settings/credits';

afterEach(cleanup);

// The tests run from the project root (vitest's root).
const root = process.cwd();
const projectPackage = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  license: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};

describe('credits', () => {
  it('states each library licence exactly as its package.json in node_modules does', () => {
    for (const library of LIBRARY_CREDITS) {
      const manifest = JSON.parse(readFileSync(resolve(root, 'node_modules', library.pkg, 'package.json'), 'utf8')) as { license?: string };
      expect({ pkg: library.pkg, licence: manifest.license }).toEqual({ pkg: library.pkg, licence: library.licence });
      expect({ ...projectPackage.dependencies, ...projectPackage.devDependencies }).toHaveProperty([library.pkg]);
    }
  });

  it('shows the app licence, the training data attribution, evaluation-only data and libraries', () => {
    render(<Credits />);
    expect(projectPackage.license).toBe('MIT');
    expect(screen.getByText('Framewise is free software under the MIT licence.')).toBeTruthy();
    expect(screen.getByText(/trained on NewsSD-ENG by Antici et al\. \(LREC-COLING 2024\), used under CC BY 4\.0/)).toBeTruthy();
    const evalList = screen.getByText(/used only to measure how accurate the analyser is/).nextElementSibling as HTMLElement;
    expect(screen.getByText(/are not included in the app/)).toBeTruthy();
    for (const dataset of EVALUATION_ONLY_DATASETS) {
      expect(within(evalList).getByText(dataset.name).parentElement?.textContent).toContain(`(${dataset.licence})`);
    }
    const table = screen.getByRole('table', { name: 'Libraries' });
    for (const library of LIBRARY_CREDITS) {
      const row = within(table).getByRole('rowheader', { name: library.name }).closest('tr') as HTMLElement;
      expect(row.textContent).toContain(library.licence);
    }
    expect(screen.getByText(/The sample articles were written by the Framewise team/)).toBeTruthy();
  });
});
