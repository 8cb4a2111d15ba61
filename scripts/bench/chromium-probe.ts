/**
 * In-page JavaScript shared by the Chromium benches' probes (bench-library-chromium.ts,
 * bench-longdoc-chromium.ts). Plain JavaScript in strings, spliced into each bench's probe: tsx
 * would wrap named functions in a helper the page lacks. Both expect a `probe` object in scope
 * with a `tasks` array and a `lastClick` number.
 */

/** A probe method: the longest main-thread task overlapping [from, to]. */
export const LONGEST_TASK_METHOD = `longest(from, to) {
      return probe.tasks.filter(([start, duration]) => start < to && start + duration > from).reduce((max, [, duration]) => Math.max(max, duration), 0);
    },`;

/** Records every long task in probe.tasks, and the time of the last click in probe.lastClick. */
export const OBSERVE_TASKS_AND_CLICKS = `new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('click', (event) => { probe.lastClick = event.timeStamp; }, true);`;
