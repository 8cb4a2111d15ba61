import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron'));

import { locateApp } from '../../src/main/app-location';
import { mainWindowOptions } from '../../src/main/window';

describe('main window size', () => {
  it('can be as narrow as half a 1366 px laptop screen (683 px), where the renderer has its menu navigation', () => {
    const location = locateApp({ mainDir: join('/opt', 'framewise', 'out', 'main'), isPackaged: true, resourcesPath: '/opt/framewise/res' });
    const options = mainWindowOptions(location);
    expect(options.minWidth).toBeLessThanOrEqual(683);
    // Not so narrow that the toolbar's buttons stop fitting (the e2e tests cover 360 px in a browser).
    expect(options.minWidth).toBeGreaterThanOrEqual(360);
  });
});
