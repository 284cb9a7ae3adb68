/* Skip, auto-forward, and the seen set (what skipping unseen text asks). */
import { el } from './dom.js';
import { afterLineShown } from './say.js';
import { doc, state } from './state.js';

export function stopTimers() {
  clearTimeout(state.timers.auto);
  clearTimeout(state.timers.skip);
  clearTimeout(state.timers.pause);
}

export function setSkipping(on) {
  state.skipping = !!on;
  el['skip-indicator'].hidden = !state.skipping;
  const b = doc.querySelector('[data-vn=skip]');
  if (b) b.setAttribute('aria-pressed', String(state.skipping));
  if (state.skipping && state.waiting && state.waiting.ready && state.waiting.kind === 'say') afterLineShown();
  if (!state.skipping) clearTimeout(state.timers.skip);
}

export function setAuto(on) {
  state.autoForward = !!on;
  const b = doc.querySelector('[data-vn=auto]');
  if (b) b.setAttribute('aria-pressed', String(state.autoForward));
  clearTimeout(state.timers.auto);
  if (state.autoForward && state.waiting && state.waiting.kind === 'say' && !state.typing) afterLineShown();
}

function seenKey() { return `${state.gameKey}/seen/${state.S.hash}`; }

export function loadSeen() {
  state.seen = new Set();
  try {
    const raw = localStorage.getItem(seenKey());
    if (raw) for (const n of JSON.parse(raw)) if (Number.isInteger(n)) state.seen.add(n);
  } catch (e) { /* unreadable: start afresh */ }
}

let seenTimer = 0;
export function markSeen(pc) {
  if (state.seen.has(pc)) return;
  state.seen.add(pc);
  clearTimeout(seenTimer);
  seenTimer = setTimeout(() => {
    try { localStorage.setItem(seenKey(), JSON.stringify([...state.seen])); } catch (e) { /* full */ }
  }, 500);
}
