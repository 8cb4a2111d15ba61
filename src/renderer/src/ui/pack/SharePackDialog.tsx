/**
 * "Share as class pack…" from the library: choose several articles and, optionally, an
 * assignment (title, skills, number of items, due date, teacher's name). The assignment's
 * fields follow the pack format's rules (docs/PACK-FORMAT.md), so the pack always reads back.
 */
import { useId, useRef, useState, type RefObject } from 'react';
import { MAX_ASSIGNMENT_ITEMS, MAX_NAME_CHARS, MAX_TITLE_CHARS, type PackAssignment } from '../../../../core/pack/format';
import { SKILLS, type Skill } from '../../../../core/practice/types';
import { t } from '../../i18n';
import { skillName } from '../../practice/format';
import { FieldError } from '../FieldError';
import type { ArticleSummary } from '../../db/articles';
import { useModalDialog } from '../use-modal-dialog';
import { DialogActions } from '../DialogActions';

export interface SharePackDialogProps {
  open: boolean;
  articles: readonly ArticleSummary[];
  onShare(articleIds: number[], assignment: PackAssignment | undefined): void;
  onCancel(): void;
}

export function SharePackDialog({ open, articles, onShare, onCancel }: SharePackDialogProps) {
  const firstRef = useRef<HTMLInputElement>(null);
  const dialogRef = useModalDialog(open, firstRef);
  const titleId = useId();
  // The form (one checkbox per article) exists only while the dialog is open: a closed picker
  // kept in the page would re-render a row per article on every library listing, which held
  // the main thread for seconds at 10,000 articles (docs/EVALUATION.md, "Library scale").
  // Mounting it on open also starts every choice afresh.
  return (
    <dialog ref={dialogRef} className="dialog share-pack" aria-labelledby={titleId} onClose={() => open && onCancel()}>
      {open && <SharePackForm titleId={titleId} firstRef={firstRef} articles={articles} onShare={onShare} onCancel={onCancel} />}
    </dialog>
  );
}

interface SharePackFormProps extends Omit<SharePackDialogProps, 'open'> {
  titleId: string;
  /** The first article's checkbox, focused when the dialog opens. */
  firstRef: RefObject<HTMLInputElement | null>;
}

function SharePackForm({ titleId, firstRef, articles, onShare, onCancel }: SharePackFormProps) {
  const ids = { articles: useId(), articlesError: useId(), assignment: useId(), titleField: useId(), titleError: useId(), items: useId(), due: useId(), teacher: useId() };
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [withAssignment, setWithAssignment] = useState(false);
  const [title, setTitle] = useState('');
  const [skills, setSkills] = useState<Set<Skill>>(new Set());
  const [items, setItems] = useState('');
  const [due, setDue] = useState('');
  const [teacher, setTeacher] = useState('');
  const [errors, setErrors] = useState<{ articles?: boolean; title?: boolean }>({});

  const toggle = <T,>(set: Set<T>, value: T): Set<T> => {
    const next = new Set(set);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    return next;
  };

  const submit = () => {
    const problems = { articles: chosen.size === 0, title: withAssignment && title.trim() === '' };
    setErrors(problems);
    if (problems.articles || problems.title) return;
    let assignment: PackAssignment | undefined;
    if (withAssignment) {
      const count = Number.parseInt(items, 10);
      assignment = {
        title: title.trim(),
        ...(skills.size > 0 ? { skills: SKILLS.filter((s) => skills.has(s)) } : {}),
        ...(Number.isInteger(count) && count >= 1 ? { items: Math.min(count, MAX_ASSIGNMENT_ITEMS) } : {}),
        ...(/^\d{4}-\d{2}-\d{2}$/.test(due) ? { due } : {}),
        ...(teacher.trim() ? { teacher: teacher.trim() } : {}),
      };
    }
    onShare(articles.filter((a) => chosen.has(a.id)).map((a) => a.id), assignment);
  };

  return (
    <form
      className="dialog__form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h2 id={titleId}>{t('sharePicker.title')}</h2>
      <fieldset className="share-pack__articles" aria-describedby={errors.articles ? ids.articlesError : undefined}>
        <legend>
          {t('sharePicker.articles')} <span className="muted">({t('sharePicker.articleCount', { count: chosen.size })})</span>
        </legend>
        <ul className="share-pack__list">
          {articles.map((article, index) => (
            <li key={article.id}>
              <label className="share-pack__choice">
                <input
                  ref={index === 0 ? firstRef : undefined}
                  type="checkbox"
                  checked={chosen.has(article.id)}
                  onChange={() => setChosen((set) => toggle(set, article.id))}
                />{' '}
                {article.title}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <FieldError id={ids.articlesError} message={errors.articles ? t('sharePicker.noneChosen') : null} />
      <label className="share-pack__choice">
        <input type="checkbox" checked={withAssignment} onChange={(event) => setWithAssignment(event.currentTarget.checked)} /> {t('sharePicker.withAssignment')}
      </label>
      {withAssignment && (
        <fieldset className="share-pack__assignment">
          <legend className="visually-hidden">{t('sharePicker.withAssignment')}</legend>
          <label className="field">
            <span className="field__label">{t('sharePicker.assignmentTitle')}</span>
            <input
              className="input"
              value={title}
              maxLength={MAX_TITLE_CHARS}
              aria-invalid={errors.title || undefined}
              aria-describedby={errors.title ? ids.titleError : undefined}
              onChange={(event) => setTitle(event.currentTarget.value)}
            />
          </label>
          <FieldError id={ids.titleError} message={errors.title ? t('sharePicker.titleMissing') : null} />
          <fieldset className="share-pack__skills">
            <legend>{t('sharePicker.skills')}</legend>
            {SKILLS.map((skill) => (
              <label key={skill} className="share-pack__choice">
                <input type="checkbox" checked={skills.has(skill)} onChange={() => setSkills((set) => toggle(set, skill))} /> {skillName(skill)}
              </label>
            ))}
          </fieldset>
          <label className="field">
            <span className="field__label">{t('sharePicker.items')}</span>
            <input className="input" type="number" min={1} max={MAX_ASSIGNMENT_ITEMS} inputMode="numeric" value={items} onChange={(event) => setItems(event.currentTarget.value)} />
          </label>
          <label className="field">
            <span className="field__label">{t('sharePicker.due')}</span>
            <input className="input" type="date" value={due} onChange={(event) => setDue(event.currentTarget.value)} />
          </label>
          <label className="field">
            <span className="field__label">{t('sharePicker.teacher')}</span>
            <input className="input" value={teacher} maxLength={MAX_NAME_CHARS} autoComplete="name" onChange={(event) => setTeacher(event.currentTarget.value)} />
          </label>
        </fieldset>
      )}
      <DialogActions cancelLabel={t('sharePicker.cancel')} submitLabel={t('sharePicker.save')} onCancel={onCancel} />
    </form>
  );
}
