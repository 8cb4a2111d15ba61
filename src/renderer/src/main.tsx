import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createAppServices } from './ui/create-services';
import { ServicesProvider } from './ui/services-context';
import { applyTheme, readThemeChoice } from './ui/theme';
import { createSettingsStore } from './ui/settings';
import { getDatabase } from './db/database';
import { requestPersistentStorageOnce } from './platform/persistent-storage';
import { completeCarryOver, type CarryOverNoticeKind } from './platform/carry-over';
import { CarryOverNotice, CarryOverProgress } from './ui/CarryOverNotice';
import './styles/app.css';

// Before the first render, so a dark-theme learner never sees a white flash.
applyTheme(readThemeChoice());
// Browser mode: ask that the learner's data is never evicted (a no-op in Electron).
void requestPersistentStorageOnce();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
const root = createRoot(container);

/** Only a carry-over that takes a moment shows its progress line; the usual answer is immediate. */
const PROGRESS_DELAY_MS = 300;

function renderApp(notice: CarryOverNoticeKind | null): void {
  root.render(
    <StrictMode>
      <ServicesProvider services={services}>
        {notice && <CarryOverNotice kind={notice} onDismiss={() => renderApp(null)} />}
        <App settingsStore={settingsStore} />
      </ServicesProvider>
    </StrictMode>,
  );
}

const services = createAppServices();
const settingsStore = createSettingsStore(getDatabase());
// A library kept by an earlier build under file:// is imported before the library shows.
const progress = setTimeout(() => root.render(<CarryOverProgress />), PROGRESS_DELAY_MS);
void completeCarryOver(window.framewise, getDatabase())
  .catch(() => null)
  .then((notice) => {
    clearTimeout(progress);
    renderApp(notice);
  });
