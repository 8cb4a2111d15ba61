/**
 * The V8 sampling profiler around one step of a Chromium bench (`--profile`): shared by
 * bench-library-chromium.ts and bench-longdoc-chromium.ts.
 */
import type { Page } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Runs `work` under the profiler when `options.enabled` (otherwise just runs it), writes the profile
 * to `options.dir/<name>.cpuprofile` (open it in DevTools, Performance panel) and returns the
 * `options.top` functions with the most self time.
 */
export async function profiled<T>(
  page: Page,
  name: string,
  options: { enabled: boolean; dir: string; top: number },
  work: () => Promise<T>,
): Promise<{ result: T; top: string[] }> {
  if (!options.enabled) return { result: await work(), top: [] };
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  await cdp.detach();
  await mkdir(options.dir, { recursive: true });
  await writeFile(join(options.dir, `${name}.cpuprofile`), JSON.stringify(profile));
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byNode.get(id)!.callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, options.top).map(([key, ms]) => `${ms.toFixed(1).padStart(7)} ms  ${key}`);
  return { result, top };
}
