/**
 * The shortcut sheet ("?"): every shortcut of the app, grouped by where it works, read
 * from the same registry the key handlers use. A native modal <dialog>: focus stays
 * inside, Esc closes it and focus returns to where it was.
 */
import { useId, useRef } from 'react';
import { useModalDialog } from './use-modal-dialog';
import { t } from '../i18n';
import { comboText, SHORTCUT_GROUPS, SHORTCUTS, type Shortcut } from '../keyboard/shortcuts';

export interface ShortcutSheetProps {
  open: boolean;
  onClose(): void;
}

const GROUP_TITLE = {
  app: 'shortcuts.group.app',
  library: 'shortcuts.group.library',
  reader: 'shortcuts.group.reader',
  editor: 'shortcuts.group.editor',
  practice: 'shortcuts.group.practice',
} as const;

function Keys({ shortcut }: { shortcut: Shortcut }) {
  if (shortcut.keysText) return <kbd>{t(shortcut.keysText)}</kbd>;
  return (
    <>
      {shortcut.combos.map((combo, index) => (
        <span key={index}>
          {index > 0 && <span className="shortcuts__or"> {t('shortcuts.or')} </span>}
          <kbd>{comboText(combo, t)}</kbd>
        </span>
      ))}
    </>
  );
}

export function ShortcutSheet({ open, onClose }: ShortcutSheetProps) {
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);

  // Start at the top of the list, not at the Close button below it.
  const dialogRef = useModalDialog(open, titleRef);

  return (
    <dialog ref={dialogRef} className="dialog shortcuts" aria-labelledby={titleId} onClose={onClose}>
      <div className="dialog__form">
        <h2 id={titleId} ref={titleRef} tabIndex={-1} className="shortcuts__title">
          {t('shortcuts.title')}
        </h2>
        <p className="muted">{t('shortcuts.intro')}</p>
        {open &&
          SHORTCUT_GROUPS.map((group) => (
            <table key={group} className="shortcuts__table">
              <caption>{t(GROUP_TITLE[group])}</caption>
              <thead className="visually-hidden">
                <tr>
                  <th scope="col">{t('shortcuts.keys')}</th>
                  <th scope="col">{t('shortcuts.action')}</th>
                </tr>
              </thead>
              <tbody>
                {SHORTCUTS.filter((shortcut) => shortcut.group === group).map((shortcut) => (
                  <tr key={shortcut.id} data-shortcut={shortcut.id}>
                    <td className="shortcuts__keys">
                      <Keys shortcut={shortcut} />
                    </td>
                    <td>{t(shortcut.label)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        <div className="dialog__actions">
          <button type="button" className="button button--primary" onClick={onClose}>
            {t('shortcuts.close')}
          </button>
        </div>
      </div>
    </dialog>
  );
}
