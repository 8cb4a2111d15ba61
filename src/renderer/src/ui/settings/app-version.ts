// Only the version field is bundled (Vite tree-shakes named JSON imports).
import { version } from '../../../../../package.json';

/** The version this renderer was built from; Electron's appInfo() reports the same number. */
export const BUILD_VERSION: string = version;
