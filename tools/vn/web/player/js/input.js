/* Keyboard input. */
import { el } from './dom.js';
import { advance, doRollback } from './runner.js';
import { afterLineShown } from './say.js';
import { closeMenu, openMenu } from './screens.js';
import { setSkipping } from './skip.js';
import { doc, state } from './state.js';

export function choiceButtons() { return [...el.choices.querySelectorAll('[data-vn=choice]')]; }

export function onKey(e) {
  if (e.target && e.target.tagName === 'INPUT' && e.key !== 'Escape') return;
  if (!el.error.hidden) return;
  if (!el.confirm.hidden) {
    if (e.key === 'Escape') { e.preventDefault(); el['confirm-no'].click(); }
    return;
  }
  if (!el.menu.hidden) {
    if (e.key === 'Escape') { e.preventDefault(); closeMenu(); }
    return;
  }
  if (!el.title.hidden) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {    // arrows walk the title's buttons
      e.preventDefault();
      const btns = [...el['title-nav'].querySelectorAll('button')];
      let i = btns.indexOf(doc.activeElement);
      i = i < 0 ? 0 : (i + (e.key === 'ArrowDown' ? 1 : -1) + btns.length) % btns.length;
      btns[i].focus();
    }
    return;
  }
  const key = e.key;
  // No key trap: Shift+Tab goes (natively) into the quick menu, Tab and Shift+Tab move
  // within it and through a menu's choices, Escape there goes back to the story.
  const inQuick = !!(e.target && e.target.closest && e.target.closest('#quick'));
  if (inQuick && key === 'Escape') { e.preventDefault(); el.advance.focus({ preventScroll: true }); return; }
  if (key === 'Tab' && (e.shiftKey || inQuick || (state.waiting && state.waiting.kind === 'menu'))) return;
  if (key === 'Control') { if (!e.repeat) { state.ctrlSkip = true; if (state.waiting && state.waiting.kind === 'say' && !state.typing) afterLineShown(); } return; }
  if (key === 'Escape') { e.preventDefault(); openMenu('save'); return; }
  if (key === 'PageUp') { e.preventDefault(); doRollback(); return; }
  if (key === 'Tab') { e.preventDefault(); setSkipping(!state.skipping); return; }
  if (state.waiting && state.waiting.kind === 'menu') {
    const btns = choiceButtons();
    const enabled = btns.filter((b) => !b.disabled);
    if (/^[1-9]$/.test(key)) {
      const b = btns[Number(key) - 1];
      e.preventDefault();
      if (b && !b.disabled) b.click();
      return;
    }
    if (key === 'ArrowDown' || key === 'ArrowUp') {
      e.preventDefault();
      if (!enabled.length) return;
      let i = enabled.indexOf(doc.activeElement);
      i = i < 0 ? (key === 'ArrowDown' ? 0 : enabled.length - 1) : (i + (key === 'ArrowDown' ? 1 : -1) + enabled.length) % enabled.length;
      enabled[i].focus();
      return;
    }
    if (key === ' ') { e.preventDefault(); return; }
    if (key === 'Enter') {
      if (!enabled.includes(doc.activeElement)) e.preventDefault();
      return;
    }
    return;
  }
  if (key === 'Enter' || key === ' ' || key === 'PageDown') {
    if (e.target && e.target.closest && e.target.closest('#quick')) return;
    e.preventDefault();
    if (!e.repeat || key !== ' ') advance();
  }
}

export function onKeyUp(e) {
  if (e.key === 'Control') state.ctrlSkip = false;
  if (e.key === ' ' && state.waiting && e.target && e.target.closest && !e.target.closest('#quick, #menu, #confirm')) e.preventDefault();
}
