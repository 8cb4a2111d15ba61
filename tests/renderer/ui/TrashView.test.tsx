// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NoticeData } from '../../../src/renderer/src/ui/Notice';
import { ServicesProvider } from '../../../src/renderer/src/ui/services-context';
import { TrashView } from '../../../src/renderer/src/ui/TrashView';
import { articleRecord, fakeServices } from './fakes';

afterEach(cleanup);

function setup() {
  const services = fakeServices([
    articleRecord({ id: 1, title: 'Floods close the valley road', deletedAt: 2_000 }),
    articleRecord({ id: 2, title: 'Tram strike ends', deletedAt: 1_000 }),
    articleRecord({ id: 3, title: 'Still in the library' }),
  ]);
  const notices: NoticeData[] = [];
  const onRestored = vi.fn();
  render(
    <ServicesProvider services={services}>
      <TrashView onRestored={onRestored} showNotice={(notice) => notices.push(notice)} />
    </ServicesProvider>,
  );
  return { services, notices, onRestored };
}

const table = () => screen.findByRole('table', { name: 'Deleted articles' });
const confirmDialog = () => document.querySelector('dialog') as HTMLDialogElement;

describe('the trash', () => {
  it('lists deleted articles, most recent first, and restores one to the library', async () => {
    const { services, notices, onRestored } = setup();
    const rows = within(await table()).getAllByRole('row').slice(1);
    expect(rows.map((row) => (row as HTMLTableRowElement).cells[0].textContent)).toEqual(['Floods close the valley road', 'Tram strike ends']);
    fireEvent.click(screen.getByRole('button', { name: 'Restore “Tram strike ends”' }));
    await waitFor(() => expect(onRestored).toHaveBeenCalled());
    expect(services.records.get(2)?.deletedAt).toBeNull();
    expect(notices.at(-1)?.text).toBe('Restored “Tram strike ends” to your library.');
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2));
  });

  it('deletes one for good only after confirming; Keep changes nothing', async () => {
    const { services } = setup();
    await table();
    fireEvent.click(screen.getByRole('button', { name: 'Delete “Floods close the valley road” for good' }));
    await waitFor(() => expect(confirmDialog().open).toBe(true));
    expect(within(confirmDialog()).getByRole('heading').textContent).toBe('Delete “Floods close the valley road” for good?');
    expect(document.activeElement).toBe(within(confirmDialog()).getByRole('button', { name: 'Keep' }));
    fireEvent.click(within(confirmDialog()).getByRole('button', { name: 'Keep' }));
    expect(services.records.has(1)).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Delete “Floods close the valley road” for good' }));
    fireEvent.click(within(confirmDialog()).getByRole('button', { name: 'Delete for good' }));
    await waitFor(() => expect(services.records.has(1)).toBe(false));
    expect(services.records.has(2)).toBe(true);
  });

  it('empties the trash after confirming how many go, then shows the empty state', async () => {
    const { services, notices } = setup();
    await table();
    fireEvent.click(screen.getByRole('button', { name: 'Empty the trash' }));
    expect(within(confirmDialog()).getByRole('heading').textContent).toBe('Delete 2 articles for good?');
    fireEvent.click(within(confirmDialog()).getByRole('button', { name: 'Delete for good' }));
    expect(await screen.findByText('The trash is empty')).toBeDefined();
    expect([...services.records.keys()]).toEqual([3]);
    expect(notices.at(-1)?.text).toBe('Deleted 2 articles for good.');
  });
});
