/**
 * The three ideas Framewise teaches (reported fact, attributed claim, framing), one short
 * screen each with one example sentence from the samples. Used by the first run and by
 * "What is this skill?" on every exercise, so both explain the same way.
 */
import { useEffect, useId, useRef } from 'react';
import { t } from '../../i18n';
import { LESSON_IDEAS, lessonExample, type LessonExample, type LessonIdea } from './lesson-examples';

const TITLE = { fact: 'lesson.fact.title', attributed: 'lesson.attributed.title', framing: 'lesson.framing.title' } as const;
const BODY = { fact: 'lesson.fact.body', attributed: 'lesson.attributed.body', framing: 'lesson.framing.body' } as const;

function why(example: LessonExample): string {
  const { sentence } = example;
  if (example.idea === 'attributed' && sentence.source && sentence.cue) {
    return t('lesson.attributed.why', { source: sentence.source, cue: sentence.cue });
  }
  const loaded = sentence.loaded?.find((word) => word.voice !== 'source' && word.neutral);
  if (example.idea === 'framing' && loaded?.neutral) return t('lesson.framing.why', { word: loaded.text, neutral: loaded.neutral });
  return t('lesson.fact.why');
}

export interface LessonIdeaScreenProps {
  idea: LessonIdea;
  /** Focus the idea's heading when it appears (moving between screens), so screen readers follow. */
  focusHeading?: boolean;
}

export function LessonIdeaScreen({ idea, focusHeading }: LessonIdeaScreenProps) {
  const example = lessonExample(idea);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) headingRef.current?.focus();
  }, [idea, focusHeading]);
  return (
    <section className="lesson__idea" aria-labelledby={headingId} data-idea={idea}>
      <p className="lesson__step muted">
        {t('lesson.progress', { n: LESSON_IDEAS.indexOf(idea) + 1, total: LESSON_IDEAS.length })}
      </p>
      <h3 id={headingId} className="lesson__idea-title" tabIndex={-1} ref={headingRef}>
        {t(TITLE[idea])}
      </h3>
      <p>{t(BODY[idea])}</p>
      {example && (
        <figure className="lesson__example">
          <blockquote className="lesson__quote" lang="en">
            {example.sentence.text}
          </blockquote>
          <figcaption className="muted">{t('lesson.example', { title: example.title })}</figcaption>
          <p className="lesson__why">{why(example)}</p>
        </figure>
      )}
    </section>
  );
}
