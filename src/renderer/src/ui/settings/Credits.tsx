import { useId } from 'react';
import { ts } from '../../i18n/settings.en';
import { EVALUATION_ONLY_DATASETS, LIBRARY_CREDITS } from './credits';
import './settings.css';

/** Settings → Credits and licences: the app, the training data, evaluation-only data, libraries, articles. */
export function Credits() {
  const tableId = useId();
  return (
    <div className="fw-set-credits">
      <h3>{ts('credits.app')}</h3>
      <p>{ts('credits.appText')}</p>

      <h3>{ts('credits.datasetsTitle')}</h3>
      <p>{ts('credits.newssd')}</p>
      <p className="muted fw-set-citation">{ts('credits.newssdCitation')}</p>
      <p>{ts('credits.wordVectors')}</p>
      <p>{ts('credits.ownData')}</p>

      <h3>{ts('credits.evalTitle')}</h3>
      <p>{ts('credits.evalText')}</p>
      <ul className="fw-set-credits__list">
        {EVALUATION_ONLY_DATASETS.map((dataset) => (
          <li key={dataset.name}>
            <strong>{dataset.name}</strong> ({dataset.licence}) — {ts(dataset.about)}
          </li>
        ))}
      </ul>

      <h3 id={tableId}>{ts('credits.librariesTitle')}</h3>
      <p>{ts('credits.librariesText')}</p>
      <table className="fw-set-table" aria-labelledby={tableId}>
        <thead>
          <tr>
            <th scope="col">{ts('credits.colName')}</th>
            <th scope="col">{ts('credits.colUse')}</th>
            <th scope="col">{ts('credits.colLicence')}</th>
          </tr>
        </thead>
        <tbody>
          {LIBRARY_CREDITS.map((library) => (
            <tr key={library.pkg}>
              <th scope="row">{library.name}</th>
              <td>{ts(library.use)}</td>
              <td>{library.licence}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{ts('credits.samplesTitle')}</h3>
      <p>{ts('credits.samples')}</p>
    </div>
  );
}
