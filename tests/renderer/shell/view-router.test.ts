// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { navSection, useViewRouter } from '../../../src/renderer/src/shell/view-router';

describe('the view router', () => {
  it('opens an article and, going back, asks the library to focus its row', () => {
    const { result } = renderHook(() => useViewRouter());
    expect(result.current.view).toEqual({ name: 'library' });
    act(() => result.current.openArticle(7));
    expect(result.current.view).toEqual({ name: 'reader', articleId: 7 });
    expect(navSection(result.current.view)).toBe('library');
    act(() => result.current.backToLibrary());
    expect(result.current.view).toEqual({ name: 'library' });
    expect(result.current.focusId).toBe(7);
  });

  it('opens the key editor of an article under the library section; back goes to the article, the library focuses its row', () => {
    const { result } = renderHook(() => useViewRouter());
    act(() => result.current.openKeyEditor(7));
    expect(result.current.view).toEqual({ name: 'keyEditor', articleId: 7 });
    expect(navSection(result.current.view)).toBe('library');
    act(() => result.current.backToLibrary());
    expect(result.current.focusId).toBe(7);
    act(() => result.current.openKeyEditor(8));
    act(() => result.current.leaveArticle(8, 3));
    expect(result.current.view).toEqual({ name: 'library' });
    expect(result.current.focusId).toBe(3);
  });

  it('opens the key editor at an offset of the text (a disputed sentence, from the class view)', () => {
    const { result } = renderHook(() => useViewRouter({ name: 'class' }));
    act(() => result.current.openKeyEditor(8, 120));
    expect(result.current.view).toEqual({ name: 'keyEditor', articleId: 8, at: 120 });
    expect(navSection(result.current.view)).toBe('library');
    act(() => result.current.openKeyEditor(8, 0));
    expect(result.current.view).toEqual({ name: 'keyEditor', articleId: 8, at: 0 });
    act(() => result.current.openKeyEditor(8));
    expect(result.current.view).toEqual({ name: 'keyEditor', articleId: 8 });
  });

  it('starts a new practice run on every call, so the same view remounts a fresh session', () => {
    const { result } = renderHook(() => useViewRouter());
    act(() => result.current.startPractice({ articleId: 3 }));
    const first = result.current.view;
    act(() => result.current.startPractice({ articleId: 3 }));
    const second = result.current.view;
    expect(first).toMatchObject({ name: 'practice', articleId: 3 });
    expect(second).toMatchObject({ name: 'practice', articleId: 3 });
    expect(first.name === 'practice' && second.name === 'practice' && second.run).toBeGreaterThan(first.name === 'practice' ? first.run : 0);
  });

  it('leaves the reader of a deleted article for the library, focusing the neighbour; other views stay', () => {
    const { result } = renderHook(() => useViewRouter());
    act(() => result.current.openArticle(4));
    act(() => result.current.leaveArticle(9, 5));
    expect(result.current.view).toEqual({ name: 'reader', articleId: 4 });
    act(() => result.current.leaveArticle(4, 5));
    expect(result.current.view).toEqual({ name: 'library' });
    expect(result.current.focusId).toBe(5);
    act(() => result.current.openArticle(6));
    act(() => result.current.showLibrary());
    expect(result.current.view).toEqual({ name: 'library' });
    expect(result.current.focusId).toBe(5);
    act(() => result.current.showSettings('learners'));
    expect(result.current.view).toEqual({ name: 'settings', section: 'learners' });
    act(() => result.current.showProgress());
    expect(navSection(result.current.view)).toBe('progress');
  });

  it('shows Class results in its own nav section, and opens an article at an offset from there', () => {
    const { result } = renderHook(() => useViewRouter());
    act(() => result.current.showClass());
    expect(result.current.view).toEqual({ name: 'class' });
    expect(navSection(result.current.view)).toBe('class');
    act(() => result.current.openArticle(8, 120));
    expect(result.current.view).toEqual({ name: 'reader', articleId: 8, at: 120 });
    act(() => result.current.startPractice({ assignment: { title: 'Week 1', articleIds: [8], skills: ['classify'], items: 5 } }));
    expect(result.current.view).toMatchObject({ name: 'practice', assignment: { skills: ['classify'], items: 5 } });
  });
});
