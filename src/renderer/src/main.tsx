import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createAppServices } from './ui/create-services';
import { ServicesProvider } from './ui/services-context';
import { applyTheme, readThemeChoice } from './ui/theme';
import { createSettingsStore } from './ui/settings';
import { getDatabase } from './db/database';
import { requestPersistentStorageOnce } from './platform/persistent-storage';
import './styles/app.css';

// Before the first render, so a dark-theme learner never sees a white flash.
applyTheme(readThemeChoice());
// Browser mode: ask that the learner's data is never evicted (a no-op in Electron).
void requestPersistentStorageOnce();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

createRoot(container).render(
  <StrictMode>
    <ServicesProvider services={createAppServices()}>
      <App settingsStore={createSettingsStore(getDatabase())} />
    </ServicesProvider>
  </StrictMode>,
);
