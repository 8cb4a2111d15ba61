/**
 * The models' inference is written for speed (interleaved weights, shared features): these tests
 * recompute each score the plain way from the model file and require the same number, bit for bit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyser } from '../../../src/core/analysis';
import { labelFeatureVector, loadLabelModel, softmax3, type LabelModelFile } from '../../../src/core/analysis/label-model';
import { decodeWeights } from '../../../src/core/analysis/subjectivity-model';

const analyser = createAnalyser();
const sample = readFileSync(join(process.cwd(), 'resources', 'samples', 'oped-wendmoor-four-day-week.txt'), 'utf8');

describe('label model inference', () => {
  it('gives exactly the per-class dot products of the model file', () => {
    const file = JSON.parse(readFileSync(join(process.cwd(), 'resources', 'models', 'labeller.json'), 'utf8')) as LabelModelFile;
    const W = file.weights.map((w, k) => decodeWeights(w, file.weightScale[k]));
    const model = loadLabelModel()!;
    const inputs = analyser.labelInputs(sample);
    expect(inputs.length).toBeGreaterThan(10);
    for (const { input } of inputs) {
      const x = labelFeatureVector(input, file.featureConfig, file.denseMean, file.denseStd);
      const z = W.map((w, k) => {
        let s = file.bias[k];
        for (let i = 0; i < x.indices.length; i++) s += w[x.indices[i]] * x.values[i];
        return s;
      });
      expect(model.predict(input)).toEqual(softmax3(z, file.temperature));
    }
  });
});
