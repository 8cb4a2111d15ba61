// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPack, writePack, type PackImportPlan } from '../../../../src/core/pack';
import { fromBrowserFiles } from '../../../../src/renderer/src/platform';
import { PackPreviewDialog, packSummary } from '../../../../src/renderer/src/ui/pack/PackPreviewDialog';
import { packBytes, packFileName, splitPacks } from '../../../../src/renderer/src/ui/pack/pack-files';
import { packErrorMessage } from '../../../../src/renderer/src/ui/pack/use-class-pack';
import { PackError } from '../../../../src/core/pack';
import { keyedSample } from '../../../fixtures/keyed-sample';

afterEach(cleanup);

async function preview() {
  const { article, key } = await keyedSample();
  const pack = await readPack(
    await writePack({ articles: [{ article, key: { answerKey: key, checkedAt: 1 } }], assignment: { title: 'Floods week', due: '2027-03-12', teacher: 'Ms Ortiz' } }),
  );
  const plan: PackImportPlan = {
    articles: [{ index: 0, title: article.title, hash: article.hash, action: 'present', existingId: 4, key: 'take' }],
    total: { articles: 1, keys: 1 },
    added: 0,
    alreadyPresent: 1,
    keysTaken: 1,
    keysKept: 0,
  };
  return { name: 'floods.framewise-pack', pack, plan, importing: false };
}

describe('class pack files', () => {
  it('splits packs from articles among incoming files, by extension', () => {
    const file = (name: string) => ({ name, size: 1, data: new Uint8Array(1) });
    const { packs, rest } = splitPacks({ files: [file('a.txt'), file('Week 3.FRAMEWISE-PACK'), file('b.pdf')], refused: [{ name: 'c.exe', reason: 'not-a-file' }] });
    expect(packs.map((f) => f.name)).toEqual(['Week 3.FRAMEWISE-PACK']);
    expect(rest.files.map((f) => f.name)).toEqual(['a.txt', 'b.pdf']);
    expect(rest.refused).toHaveLength(1);
  });

  it('refuses an oversized pack from its size, without reading it', async () => {
    const arrayBuffer = vi.fn();
    await expect(packBytes({ name: 'big.framewise-pack', size: 65 * 1024 * 1024, arrayBuffer })).rejects.toMatchObject({ code: 'too-large' });
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it('lets a pack above the article size cap through to the pack reader, which has its own cap', () => {
    const big = (name: string) => new File([new Uint8Array(11 * 1024 * 1024)], name);
    const incoming = fromBrowserFiles([big('week.framewise-pack'), big('huge.txt')]);
    expect(incoming.files.map((f) => f.name)).toEqual(['week.framewise-pack']);
    expect(incoming.refused).toEqual([{ name: 'huge.txt', reason: 'too-large' }]);
  });

  it('names the file after the article, without characters file systems refuse', () => {
    expect(packFileName('Floods: what "the council" said?')).toBe('Floods what the council said.framewise-pack');
    expect(packFileName('???')).toBe('Class pack.framewise-pack');
  });

  it('maps every refusal to its catalogue message with the file name', () => {
    expect(packErrorMessage(new PackError('newer-version', 'v2'), 'week.framewise-pack')).toMatch(/^"week\.framewise-pack" was made by a newer version/);
    expect(packErrorMessage(new PackError('hash-mismatch', 'x'), 'w')).toMatch(/Nothing was changed\.$/);
  });
});

describe('PackPreviewDialog', () => {
  it('summarises articles, keys and the due date, lists what happens to each article, and writes only on Import', async () => {
    const p = await preview();
    expect(packSummary(p)).toBe('1 article, 1 checked key, assignment due Mar 12, 2027');
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    render(<PackPreviewDialog preview={p} onConfirm={onConfirm} onCancel={onCancel} />);
    const dialog = screen.getByTestId('pack-preview');
    expect(within(dialog).getByRole('heading').textContent).toBe('Class pack: floods.framewise-pack');
    expect(within(dialog).getByText(/from Ms Ortiz/)).toBeTruthy();
    expect(within(dialog).getByRole('list', { name: 'Articles in this pack' }).textContent).toMatch(/Already in your library: your answers are kept; checked key/);
    expect(document.activeElement?.textContent).toBe('Cancel');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
