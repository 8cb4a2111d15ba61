/**
 * Testing Library waits at most 1 s for findBy* and waitFor by default. Views here load from
 * fake-indexeddb first, which on a busy 2-core CI machine can take longer than that, so the
 * async queries wait up to 10 s (they still resolve as soon as the element appears).
 */
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 10_000 });
