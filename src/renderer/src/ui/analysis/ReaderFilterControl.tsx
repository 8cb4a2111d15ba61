/** "Show: All · Only facts · Only attributed · Only framing" — native radios, so arrow keys move the choice. */
import { useId } from 'react';
import { ta } from '../../i18n/analysis.en';
import { READER_FILTERS, type ReaderFilter } from './reader-filter';
import './analysis.css';

export interface ReaderFilterControlProps {
  value: ReaderFilter;
  onChange(next: ReaderFilter): void;
}

export function ReaderFilterControl({ value, onChange }: ReaderFilterControlProps) {
  const name = useId();
  return (
    <fieldset className="fw-an-filter">
      <legend className="fw-an-filter__title">{ta('analysis.filter.title')}</legend>
      {READER_FILTERS.map((filter) => (
        <label key={filter} className={`fw-an-filter__choice${filter === value ? ' fw-an-filter__choice--on' : ''}`}>
          <input type="radio" name={name} value={filter} checked={filter === value} onChange={() => onChange(filter)} />
          {ta(`analysis.filter.${filter}`)}
        </label>
      ))}
    </fieldset>
  );
}
