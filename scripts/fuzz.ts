/**
 * `npm run fuzz` — seeded fuzzing of every importer that runs in Node (txt, md, html,
 * docx, pdf) and of the backup reader. Prints, per target, how many generated inputs
 * were imported, refused with a documented ImportError/BackupError, imported broken
 * ('invalid'), crashed (any other exception) or took over 5 s ('hang'), and the peak
 * memory. Exit code 1 when anything crashed, was invalid or hung.
 *
 *   npm run fuzz                         300 cases per target, seed 9
 *   npm run fuzz -- --runs 50 --seed 7   fewer cases, another seed
 *   npm run fuzz -- --only docx,pdf      some targets only
 *   npm run fuzz -- --verbose            name each case before it runs (to find a hang)
 */
import { runTarget, TARGETS } from './fuzz/targets';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

async function main(): Promise<void> {
  const runs = Number(option('runs', '300'));
  const seed = Number(option('seed', '9'));
  const only = option('only', '').split(',').filter(Boolean);
  const verbose = process.argv.includes('--verbose');
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
    console.error('usage: npm run fuzz -- [--runs N] [--seed S] [--only txt,md,html,docx,pdf,backup]');
    process.exit(2);
  }
  const baseRss = Math.round(process.memoryUsage().rss / (1024 * 1024));
  console.log(`fuzz: seed ${seed}, ${runs} cases per target; Node ${process.version}; resident memory at start ${baseRss} MB`);
  let bad = 0;
  const rows: string[] = [];
  for (const target of TARGETS.filter((t) => only.length === 0 || only.includes(t.name))) {
    const started = performance.now();
    const r = await runTarget(
      target,
      seed,
      runs,
      (line) => console.log(line),
      verbose ? (input) => console.log(`  ${target.name}: ${input.name} (${input.data.byteLength} bytes)`) : undefined,
    );
    bad += r.crashes + r.invalid + r.hangs + r.memoryOverruns;
    rows.push(
      `${r.target.padEnd(7)} cases ${String(r.cases).padStart(5)}  ok ${String(r.ok).padStart(5)}  refused ${String(r.refused).padStart(5)}  ` +
        `invalid ${r.invalid}  crashes ${r.crashes}  hangs>5s ${r.hangs}  slowest ${r.slowestMs} ms  ` +
        `largest input ${Math.round(r.largestInputBytes / 1024)} KB  memory: most per case +${r.maxGrowthMb} MB, over 10×input+200 MB ${r.memoryOverruns}, ` +
        `peak RSS ${r.peakRssMb} MB  unhandled rejections ${r.unhandledRejections}  ${Math.round((performance.now() - started) / 1000)} s`,
    );
    console.log(rows[rows.length - 1]);
    for (const example of r.examples) console.log(`  ${example}`);
  }
  console.log(`\nfuzz: ${bad === 0 ? 'no crashes, invalid imports or hangs' : `${bad} crashes, invalid imports, hangs or memory overruns`}`);
  process.exit(bad === 0 ? 0 : 1);
}

void main();
