/**
 * "What is this skill?": a link on every exercise that opens the first run's explanation
 * (the three ideas, one example each) in a modal dialog. The native <dialog> keeps focus
 * inside, closes on Esc and gives focus back to the link.
 */
import { useId, useRef, useState } from 'react';
import { t } from '../../i18n';
import { LESSON_IDEAS } from './lesson-examples';
import { LessonIdeaScreen } from './LessonIdeas';
import './lesson.css';

export function SkillHelp() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();

  const show = () => {
    setOpen(true);
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
  };
  const close = () => {
    const dialog = dialogRef.current;
    if (dialog?.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
    setOpen(false);
  };

  return (
    <>
      <button type="button" className="link lesson__skill-link" aria-haspopup="dialog" onClick={show}>
        {t('lesson.skillLink')}
      </button>
      <dialog ref={dialogRef} className="dialog lesson__dialog" aria-labelledby={titleId} onClose={() => setOpen(false)}>
        <div className="dialog__form">
          <h2 id={titleId}>{t('lesson.skillTitle')}</h2>
          <p>{t('lesson.intro')}</p>
          {open && LESSON_IDEAS.map((idea) => <LessonIdeaScreen key={idea} idea={idea} />)}
          <div className="dialog__actions">
            <button type="button" className="button button--primary" onClick={close}>
              {t('lesson.close')}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
