import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LESSON_EXAMPLES, LESSON_IDEAS, lessonExample } from '../../../../src/renderer/src/ui/lesson/lesson-examples';

const SAMPLES = resolve(import.meta.dirname, '../../../../resources/samples');

describe('the first-run lesson examples', () => {
  it('quote each idea with a sentence of a bundled sample that its key labels with that idea', () => {
    for (const idea of LESSON_IDEAS) {
      const example = lessonExample(idea);
      expect(example, idea).toBeDefined();
      expect(example!.sentence.label).toBe(idea);
      const { sampleId } = LESSON_EXAMPLES[idea];
      const text = readFileSync(resolve(SAMPLES, `${sampleId}.txt`), 'utf8');
      expect(text).toContain(example!.sentence.text);
      const index = JSON.parse(readFileSync(resolve(SAMPLES, 'index.json'), 'utf8')) as { id: string; title: string }[];
      expect(example!.title).toBe(index.find((entry) => entry.id === sampleId)?.title);
    }
  });

  it('explain the attributed example by its source and reporting verb, and the framing one by a loaded word', () => {
    expect(lessonExample('attributed')!.sentence).toMatchObject({ source: expect.any(String), cue: expect.any(String) });
    expect(lessonExample('framing')!.sentence.loaded?.some((word) => word.neutral && word.voice !== 'source')).toBe(true);
  });
});
