import { describe, expect, it } from 'vitest';
import { halfOf } from '../../scripts/eval/split';

describe('DEV / TEST split of the evaluation sets', () => {
  it('is a pure function of the key', () => {
    expect(halfOf('12345')).toBe(halfOf('12345'));
    expect(halfOf('A sentence of some length.')).toBe(halfOf('A sentence of some length.'));
  });

  it('splits keys about evenly', () => {
    let dev = 0;
    for (let i = 0; i < 10000; i++) if (halfOf(String(i)) === 'dev') dev++;
    expect(dev).toBeGreaterThan(4700);
    expect(dev).toBeLessThan(5300);
  });
});
