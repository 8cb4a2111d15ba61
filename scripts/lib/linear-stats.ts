/**
 * Small statistics shared by the training scripts of the logistic models (source-owed, loaded-word
 * tagger): standardising dense inputs and the rank AUC of out-of-fold scores.
 */

/** Mean and standard deviation (1 where it is 0) of each dense input over the rows. */
export function standardiser(rows: readonly { dense: readonly number[] }[], d = rows[0]?.dense.length ?? 0): { mean: number[]; scale: number[] } {
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const r of rows) for (let i = 0; i < d; i++) mean[i] += r.dense[i] / rows.length;
  for (const r of rows) for (let i = 0; i < d; i++) scale[i] += (r.dense[i] - mean[i]) ** 2 / rows.length;
  for (let i = 0; i < d; i++) scale[i] = Math.sqrt(scale[i]) || 1;
  return { mean, scale };
}

/** Area under the ROC curve from ranks (ties in score keep the rows' order). */
export function rankAuc(scores: readonly number[], ys: readonly boolean[]): number {
  const order = scores.map((p, i) => ({ p, y: ys[i] })).sort((a, b) => a.p - b.p);
  let rankSum = 0;
  let pos = 0;
  order.forEach((o, i) => {
    if (o.y) {
      rankSum += i + 1;
      pos++;
    }
  });
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * (order.length - pos));
}
