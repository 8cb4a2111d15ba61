/**
 * Multinomial (softmax) logistic regression on sparse vectors, L2-regularised, trained by
 * full-batch L-BFGS with a backtracking line search. Deterministic (no randomness), so a
 * retrain reproduces the shipped weights exactly. Used by scripts/train-labeller.ts.
 */
import type { SparseVector } from '../../src/core/analysis/subjectivity-model';

export interface SoftmaxOptions {
  /** L2 on the hashed (sparse) weights. */
  l2: number;
  /** L2 on the dense block (index >= denseFrom). */
  l2Dense: number;
  /** Weight each class by n / (K * count) so the rarer labels count as much. */
  balanced: boolean;
  maxIter: number;
}

export interface SoftmaxModel {
  /** K weight vectors of length dim. */
  weights: Float64Array[];
  bias: number[];
}

function logSumExp(z: number[]): number {
  const m = Math.max(...z);
  let s = 0;
  for (const v of z) s += Math.exp(v - m);
  return m + Math.log(s);
}

/** Minimise f with L-BFGS (memory 8). lossGrad fills grad and returns the loss. */
export function minimiseLbfgs(lossGrad: (theta: Float64Array, grad: Float64Array) => number, P: number, maxIter: number): Float64Array {
  const m = 8;
  const S: Float64Array[] = [];
  const Yh: Float64Array[] = [];
  const rho: number[] = [];
  let theta = new Float64Array(P);
  let grad = new Float64Array(P);
  let loss = lossGrad(theta, grad);
  const dir = new Float64Array(P);
  const alpha = new Array<number>(m).fill(0);
  for (let iter = 0; iter < maxIter; iter++) {
    for (let j = 0; j < P; j++) dir[j] = -grad[j];
    for (let k = S.length - 1; k >= 0; k--) {
      let a = 0;
      for (let j = 0; j < P; j++) a += S[k][j] * dir[j];
      a *= rho[k];
      alpha[k] = a;
      for (let j = 0; j < P; j++) dir[j] -= a * Yh[k][j];
    }
    if (S.length > 0) {
      const k = S.length - 1;
      let sy = 0;
      let yy = 0;
      for (let j = 0; j < P; j++) {
        sy += S[k][j] * Yh[k][j];
        yy += Yh[k][j] * Yh[k][j];
      }
      const gamma = sy / yy;
      for (let j = 0; j < P; j++) dir[j] *= gamma;
    } else {
      let gn = 0;
      for (let j = 0; j < P; j++) gn += grad[j] * grad[j];
      const s = 1 / Math.max(Math.sqrt(gn), 1e-12);
      for (let j = 0; j < P; j++) dir[j] *= s;
    }
    for (let k = 0; k < S.length; k++) {
      let b = 0;
      for (let j = 0; j < P; j++) b += Yh[k][j] * dir[j];
      b *= rho[k];
      for (let j = 0; j < P; j++) dir[j] += S[k][j] * (alpha[k] - b);
    }
    let gd = 0;
    for (let j = 0; j < P; j++) gd += grad[j] * dir[j];
    if (gd >= 0) {
      gd = 0;
      for (let j = 0; j < P; j++) {
        dir[j] = -grad[j];
        gd -= grad[j] * grad[j];
      }
      S.length = 0;
      Yh.length = 0;
      rho.length = 0;
    }
    let step = 1;
    const next = new Float64Array(P);
    const nextGrad = new Float64Array(P);
    let nextLoss = Infinity;
    for (let ls = 0; ls < 40; ls++) {
      for (let j = 0; j < P; j++) next[j] = theta[j] + step * dir[j];
      nextLoss = lossGrad(next, nextGrad);
      if (nextLoss <= loss + 1e-4 * step * gd) break;
      step *= 0.5;
    }
    const s = new Float64Array(P);
    const yv = new Float64Array(P);
    let sy = 0;
    for (let j = 0; j < P; j++) {
      s[j] = next[j] - theta[j];
      yv[j] = nextGrad[j] - grad[j];
      sy += s[j] * yv[j];
    }
    const improvement = loss - nextLoss;
    theta = next;
    grad = nextGrad;
    loss = nextLoss;
    if (sy > 1e-12) {
      S.push(s);
      Yh.push(yv);
      rho.push(1 / sy);
      if (S.length > m) {
        S.shift();
        Yh.shift();
        rho.shift();
      }
    }
    let gmax = 0;
    for (let j = 0; j < P; j++) gmax = Math.max(gmax, Math.abs(grad[j]));
    if (gmax < 1e-7 || Math.abs(improvement) < 1e-12) break;
  }
  return theta;
}

export function trainSoftmax(X: SparseVector[], y: number[], K: number, dim: number, opts: SoftmaxOptions, denseFrom = dim): SoftmaxModel {
  const n = X.length;
  const counts = new Array<number>(K).fill(0);
  for (const c of y) counts[c]++;
  const cw = y.map((c) => (opts.balanced ? n / (K * Math.max(1, counts[c])) : 1));
  const total = cw.reduce((a, b) => a + b, 0);
  const D = dim + 1; // weights then bias, per class
  const P = K * D;
  const lossGrad = (theta: Float64Array, grad: Float64Array): number => {
    grad.fill(0);
    let loss = 0;
    const z = new Array<number>(K);
    for (let i = 0; i < n; i++) {
      const x = X[i];
      for (let k = 0; k < K; k++) {
        const off = k * D;
        let s = theta[off + dim];
        for (let t = 0; t < x.indices.length; t++) s += theta[off + x.indices[t]] * x.values[t];
        z[k] = s;
      }
      const lse = logSumExp(z);
      loss += (cw[i] * (lse - z[y[i]])) / total;
      for (let k = 0; k < K; k++) {
        const g = (cw[i] * (Math.exp(z[k] - lse) - (k === y[i] ? 1 : 0))) / total;
        const off = k * D;
        for (let t = 0; t < x.indices.length; t++) grad[off + x.indices[t]] += g * x.values[t];
        grad[off + dim] += g;
      }
    }
    for (let k = 0; k < K; k++) {
      const off = k * D;
      for (let j = 0; j < dim; j++) {
        const w = theta[off + j];
        if (w !== 0) {
          const r = j >= denseFrom ? opts.l2Dense : opts.l2;
          loss += 0.5 * r * w * w;
          grad[off + j] += r * w;
        }
      }
    }
    return loss;
  };
  const theta = minimiseLbfgs(lossGrad, P, opts.maxIter);
  const weights: Float64Array[] = [];
  const bias: number[] = [];
  for (let k = 0; k < K; k++) {
    weights.push(theta.slice(k * D, k * D + dim));
    bias.push(theta[k * D + dim]);
  }
  return { weights, bias };
}

export function softmaxScores(model: SoftmaxModel, x: SparseVector): number[] {
  return model.weights.map((w, k) => {
    let s = model.bias[k];
    for (let t = 0; t < x.indices.length; t++) s += w[x.indices[t]] * x.values[t];
    return s;
  });
}

/** Temperature T minimising the log loss of softmax(z / T) (golden-section search on log T). */
export function fitTemperature(scores: number[][], y: number[]): number {
  const nll = (T: number): number => {
    let s = 0;
    for (let i = 0; i < scores.length; i++) {
      const z = scores[i].map((v) => v / T);
      s += logSumExp(z) - z[y[i]];
    }
    return s / Math.max(1, scores.length);
  };
  let a = Math.log(0.2);
  let b = Math.log(5);
  const g = (Math.sqrt(5) - 1) / 2;
  for (let it = 0; it < 60; it++) {
    const c = b - g * (b - a);
    const d = a + g * (b - a);
    if (nll(Math.exp(c)) < nll(Math.exp(d))) b = d;
    else a = c;
  }
  return Math.exp((a + b) / 2);
}
