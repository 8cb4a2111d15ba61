/**
 * What the Practice and Progress views need besides props: storage, the item source and a
 * clock. The app gets the real ones by default; tests (and the lead, if the app ever needs
 * several databases) hand theirs in with <PracticeDepsProvider> or as view props.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { getItemSource, type ItemSource } from '../../practice/item-source';
import { getPracticeStore, type PracticeStore } from '../../practice/store';
import type { DayKeyFn } from '../../../../core/practice';
import { localDayKey } from '../../practice/progress-data';

export interface PracticeDeps {
  store: PracticeStore;
  items: ItemSource;
  now(): number;
  dayKey: DayKeyFn;
}

const PracticeDepsContext = createContext<Partial<PracticeDeps> | null>(null);

export function PracticeDepsProvider({ deps, children }: { deps: Partial<PracticeDeps>; children: ReactNode }) {
  return <PracticeDepsContext.Provider value={deps}>{children}</PracticeDepsContext.Provider>;
}

let defaultDayKey: DayKeyFn | undefined;

/** Props win over the provider, the provider over the app-wide defaults. */
export function usePracticeDeps(overrides: Partial<PracticeDeps> = {}): PracticeDeps {
  const provided = useContext(PracticeDepsContext) ?? {};
  return {
    store: overrides.store ?? provided.store ?? getPracticeStore(),
    items: overrides.items ?? provided.items ?? getItemSource(),
    now: overrides.now ?? provided.now ?? Date.now,
    dayKey: overrides.dayKey ?? provided.dayKey ?? (defaultDayKey ??= localDayKey()),
  };
}
