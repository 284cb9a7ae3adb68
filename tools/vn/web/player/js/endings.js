/* The endings gallery (game/gallery.rpy's rule) and the endings' illustrations. */
import { el, h } from './dom.js';
import { tr, ui } from './i18n.js';
import { state } from './state.js';

// game/gallery.rpy's rule: entering ENDING.title_card (the ending's title card) marks
// ENDING reached; the set lives in browser storage beside the saves and preferences.

function endingsKey() { return `${state.gameKey}/endings`; }

function reachedEndings() {
  try {
    const v = JSON.parse(localStorage.getItem(endingsKey()) || '[]');
    return new Set(Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
  } catch (e) {
    return new Set();
  }
}

export function markEndingReached(label) {
  const [ending, local] = String(label).split('.');
  if (local !== 'title_card' || !ending.startsWith('ending_')) return;
  const got = reachedEndings();
  if (got.has(ending)) return;
  got.add(ending);
  try { localStorage.setItem(endingsKey(), JSON.stringify([...got].sort())); } catch (e) { /* full */ }
}

export function endingsScreen() {
  const got = reachedEndings();
  const entries = state.S.gallery || [];
  const count = entries.filter((g) => got.has(g.label)).length;
  const wrap = h('div', { class: 'vn-endings', 'data-vn': 'endings' },
    h('p', { class: 'vn-endings-count' },
      ui('[reached] of [total] endings reached').replace('[reached]', count).replace('[total]', entries.length)));
  const list = h('ul', { class: 'vn-endings-list' });
  for (const g of entries) {
    const family = tr(g.family_name);
    const picture = h('img', { class: 'vn-endings-picture', src: state.S.images[g.image].f, alt: '', draggable: 'false' });
    let card;
    if (got.has(g.label)) {
      const name = `${tr(g.name)} \u2014 ${tr(g.variant)}`;
      card = h('button', { type: 'button', class: 'vn-endings-card', 'data-vn': 'ending-reached', 'data-ending': g.label,
        on: { click: (e) => showIllustration(g, name, e.currentTarget) } },
      picture, h('span', { class: 'vn-endings-name' }, name), h('span', { class: 'vn-endings-family' }, family));
    } else {
      card = h('div', { class: 'vn-endings-card vn-endings-locked', 'data-vn': 'ending-locked', 'data-ending': g.label },
        picture, h('span', { class: 'vn-endings-name' }, ui('Not reached yet')),
        h('span', { class: 'vn-endings-family' }, family));
    }
    list.append(h('li', {}, card));
  }
  wrap.append(list);
  return wrap;
}

/* The reached ending's closing illustration over the whole game; Escape, a click or
 * Return closes it and gives the focus back to its card. */
function showIllustration(g, name, from) {
  const close = () => { viewer.remove(); if (from && from.isConnected) from.focus({ preventScroll: true }); };
  const back = h('button', { type: 'button', class: 'vn-viewer-close', 'data-vn': 'viewer-close', on: { click: close } }, ui('Return'));
  const viewer = h('div', { class: 'vn-viewer', 'data-vn': 'viewer', role: 'dialog', 'aria-modal': 'true', 'aria-label': name,
    on: { click: (e) => { if (e.target === viewer || e.target.tagName === 'IMG') close(); },
      keydown: (e) => { if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); close(); } } } },
  h('img', { src: state.S.images[g.image].f, alt: tr(state.S.images[g.image].alt || '') || name, draggable: 'false' }), back);
  el.game.append(viewer);
  back.focus({ preventScroll: true });
}
