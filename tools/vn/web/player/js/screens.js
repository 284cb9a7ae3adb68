/* The title and the game menu's screens: history, save/load, preferences, about, help;
 * notices and confirmations. */
import { applyVolumes, syncAudio } from './audio.js';
import { el, h, setState } from './dom.js';
import { endingsScreen } from './endings.js';
import { tr, ui } from './i18n.js';
import { applyPrefs, savePrefs, setLanguage } from './prefs.js';
import { endGame, newState, restore, run } from './runner.js';
import { deleteSlot, doLoad, doSave, readSlot } from './saves.js';
import { afterLineShown } from './say.js';
import { setAuto, setSkipping, stopTimers } from './skip.js';
import { synth } from './speech.js';
import { body, COLOR_RE, doc, hasOwn, PAGES, SLOTS_PER_PAGE, state, TEXT_SIZES } from './state.js';
import { interpolate, renderText } from './text.js';

export function anyOverlay() {
  return !el.menu.hidden || !el.confirm.hidden || !el.error.hidden || !el.title.hidden;
}

export function notify(message) {
  el.notice.textContent = message;
  el.notice.hidden = false;
  clearTimeout(state.timers.notice);
  state.timers.notice = setTimeout(() => { el.notice.hidden = true; }, 4000);
}

function confirmBox(message) {
  return new Promise((resolve) => {
    el['confirm-text'].textContent = message;
    el.confirm.hidden = false;
    const done = (v) => {
      el.confirm.hidden = true;
      el['confirm-yes'].onclick = null;
      el['confirm-no'].onclick = null;
      resolve(v);
    };
    el['confirm-yes'].onclick = () => done(true);
    el['confirm-no'].onclick = () => done(false);
    el['confirm-no'].focus();
  });
}

export function translateUi() {
  for (const e of doc.querySelectorAll('[data-ui]')) e.textContent = ui(e.dataset.ui);
  for (const e of doc.querySelectorAll('[data-ui-label]')) e.setAttribute('aria-label', ui(e.dataset.uiLabel));
  if (!el.menu.hidden && body.dataset.vnScreen) openMenu(body.dataset.vnScreen);
}

export function showTitle() {
  setState('title');
  state.lastScene = '';
  if (synth) synth.cancel();
  syncAudio(1);
  body.dataset.vnScreen = '';
  el.menu.hidden = true;
  el.title.hidden = false;
  el.quick.hidden = true;
  el.window.hidden = true;
  el.choices.hidden = true;
  el.layer.replaceChildren();
  el.side.replaceChildren();
}

export function hideTitle() {
  el.title.hidden = true;
}

export async function startGame() {
  closeMenu();
  hideTitle();
  setSkipping(false);
  setAuto(false);
  state.rollback = [];
  newState();
  setState('busy');
  syncAudio(1);
  el.layer.replaceChildren();
  el.window.hidden = true;
  await run();
}

let menuReturnFocus = null;
const MENU_SCREENS = ['history', 'save', 'load', 'preferences', 'about', 'help', 'endings'];

export function openMenu(name) {
  if (!MENU_SCREENS.includes(name)) name = 'preferences';
  if (state.transitionDone) state.transitionDone();
  stopTimers();
  setSkipping(false);
  el.menu.hidden = false;
  body.dataset.vnScreen = name;
  const inGame = el.title.hidden;
  el.menu.classList.toggle('from-title', !inGame);
  el['menu-nav'].replaceChildren(...navButtons(inGame, name));
  const titles = { history: 'History', save: 'Save', load: 'Load', preferences: 'Preferences', about: 'About', help: 'Help',
    endings: 'Endings' };
  el['menu-title'].textContent = ui(titles[name]);
  const content = { history: historyScreen, save: () => slotsScreen('save'), load: () => slotsScreen('load'),
    preferences: prefsScreen, about: aboutScreen, help: helpScreen, endings: endingsScreen }[name]();
  el['menu-body'].replaceChildren(content);
  el['menu-body'].scrollTop = name === 'history' ? el['menu-body'].scrollHeight : 0;
  // A screen reader hears the screen's name; closing the screen gives the focus back.
  if (!el.menu.contains(doc.activeElement)) {
    // (not a quick-menu button the mouse pressed: Enter must go on advancing the story)
    const from = doc.activeElement;
    menuReturnFocus = from && from.closest && from.closest('#quick') && !from.matches(':focus-visible') ? null : from;
    el['menu-title'].focus({ preventScroll: true });
  } else if (!doc.activeElement.isConnected || doc.activeElement === doc.body) {
    el['menu-title'].focus({ preventScroll: true });
  }
}

export function closeMenu() {
  const hadFocus = el.menu.contains(doc.activeElement) || doc.activeElement === doc.body;
  el.menu.hidden = true;
  body.dataset.vnScreen = '';
  if (hadFocus && menuReturnFocus && menuReturnFocus.isConnected && menuReturnFocus !== doc.body) {
    menuReturnFocus.focus({ preventScroll: true });
  }
  menuReturnFocus = null;
  if (el.title.hidden && state.waiting && state.waiting.kind === 'say' && (state.autoForward || state.skipping) && !state.typing) {
    afterLineShown();
  }
}

function navButtons(inGame, current) {
  const b = (label, vn, fn) => h('button', { type: 'button', class: 'vn-nav-button', 'data-vn': vn,
    'aria-current': vn === 'nav-' + current ? 'page' : null, on: { click: fn } }, ui(label));
  const rv = [];
  if (!inGame) rv.push(b('Start', 'nav-start', () => startGame()));
  else { rv.push(b('History', 'nav-history', () => openMenu('history'))); rv.push(b('Save', 'nav-save', () => openMenu('save'))); }
  rv.push(b('Load', 'nav-load', () => openMenu('load')));
  rv.push(b('Preferences', 'nav-preferences', () => openMenu('preferences')));
  if (inGame) rv.push(b('Main Menu', 'nav-main-menu', async () => {
    if (await confirmBox(ui('Are you sure you want to return to the main menu?\nThis will lose unsaved progress.'))) {
      closeMenu(); endGame();
    }
  }));
  if (!inGame && state.S.gallery && state.S.gallery.length) rv.push(b('Endings', 'nav-endings', () => openMenu('endings')));
  rv.push(b('About', 'nav-about', () => openMenu('about')));
  rv.push(b('Help', 'nav-help', () => openMenu('help')));
  rv.push(h('span', { class: 'vn-nav-gap' }));
  rv.push(b('Return', 'return', () => closeMenu()));
  return rv;
}

function historyScreen() {
  const list = h('div', { class: 'vn-history', 'data-vn': 'history', role: 'log' });
  const entries = state.st && el.title.hidden ? state.st.hist : [];
  if (!entries.length) list.append(h('p', { class: 'vn-history-empty' }, ui('The dialogue history is empty.')));
  for (const e of entries) list.append(historyEntry(e));
  return list;
}

/* One st.hist entry as the history screen and the phone's transcript show it. */
export function historyEntry(e) {
  const who = h('div', { class: 'vn-history-who' }, e.n || '');
  if (e.c && COLOR_RE.test(e.c)) who.style.color = e.c;
  const what = h('div', { class: 'vn-history-what' });
  renderText(what, e.t);
  if (e.wc && COLOR_RE.test(e.wc)) what.style.color = e.wc;
  if (e.wi) what.style.fontStyle = 'italic';
  return h('div', { class: 'vn-history-entry' + (e.n ? '' : ' is-narration') }, who, what);
}

let slotPage = '1';

function formatTime(t) {
  try {
    return new Date(t).toLocaleString(doc.documentElement.lang || undefined,
      { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  } catch (e) { return new Date(t).toISOString(); }
}

function slotsScreen(mode) {
  const wrap = h('div', { class: 'vn-slots-screen' });
  const grid = h('div', { class: 'vn-slots', role: 'list' });
  const pages = h('div', { class: 'vn-pages', role: 'tablist' });
  const pageNames = [...Array(PAGES).keys()].map((i) => String(i + 1));
  if (mode === 'load') pageNames.push('q');
  if (!pageNames.includes(slotPage)) slotPage = '1';
  for (const p of pageNames) {
    pages.append(h('button', { type: 'button', class: 'vn-page', role: 'tab', 'data-vn': 'page', 'data-page': p,
      'aria-selected': String(p === slotPage), title: p === 'q' ? ui('Quick saves') : null,
      on: { click: () => { slotPage = p; openMenu(mode); } } }, p === 'q' ? 'Q' : p));
  }
  const slots = slotPage === 'q' ? ['quick'] : [...Array(SLOTS_PER_PAGE).keys()].map((i) => `${slotPage}-${i + 1}`);
  const inGame = el.title.hidden && !!state.st;
  for (const slot of slots) {
    const info = readSlot(slot);
    const cell = h('div', { class: 'vn-slot-cell', role: 'listitem' });
    const btn = h('button', { type: 'button', class: 'vn-slot', 'data-vn': 'slot', 'data-slot': slot,
      disabled: (mode === 'load' && info.empty) || (mode === 'save' && !inGame) });
    const thumb = h('div', { class: 'vn-slot-thumb' });
    if (info.ok && info.rec.thumb && hasOwn(state.S.images, info.rec.thumb) && state.S.images[info.rec.thumb].f) {
      thumb.append(h('img', { src: state.S.images[info.rec.thumb].f, alt: '', draggable: 'false', loading: null }));
    }
    let label;
    if (info.empty) label = ui('empty slot');
    else if (info.bad) { label = info.bad; btn.classList.add('is-bad'); }
    else label = formatTime(info.rec.time);
    const preview = info.ok ? String(info.rec.preview || '').replace(/\{[^}]*\}/g, '').slice(0, 90) : '';
    btn.append(thumb, h('span', { class: 'vn-slot-time' }, label), h('span', { class: 'vn-slot-preview' }, preview));
    btn.addEventListener('click', async () => {
      if (mode === 'save') {
        if (!info.empty && !(await confirmBox(ui('Are you sure you want to overwrite your save?')))) return;
        if (doSave(slot)) openMenu('save');
      } else {
        if (info.bad) { notify(info.bad); return; }
        if (inGame && !(await confirmBox(ui('Loading will lose unsaved progress.\nAre you sure you want to do this?')))) return;
        await doLoad(slot);
      }
    });
    cell.append(btn);
    if (!info.empty) {
      cell.append(h('button', { type: 'button', class: 'vn-slot-delete', 'data-vn': 'slot-delete', 'data-slot': slot,
        'aria-label': ui('Delete'), title: ui('Delete'), on: { click: async () => {
          if (await confirmBox(ui('Are you sure you want to delete this save?'))) { deleteSlot(slot); openMenu(mode); }
        } } }, '\u00d7'));
    }
    grid.append(cell);
  }
  wrap.append(grid, pages);
  return wrap;
}

function prefsScreen() {
  const wrap = h('div', { class: 'vn-prefs' });
  const group = (title, ...kids) => h('section', { class: 'vn-pref-group' }, h('h3', {}, ui(title)), ...kids);
  const toggle = (label, vn, get, set) => {
    const b = h('button', { type: 'button', class: 'vn-toggle', 'data-vn': vn, 'aria-pressed': String(!!get()) }, ui(label));
    b.addEventListener('click', () => { set(!get()); savePrefs(); b.setAttribute('aria-pressed', String(!!get())); });
    return b;
  };
  wrap.append(group('Skip',
    toggle('Unseen Text', 'pref-skip-unseen', () => state.prefs.skipUnseen, (v) => { state.prefs.skipUnseen = v; }),
    toggle('After Choices', 'pref-skip-after-choices', () => state.prefs.skipAfterChoices, (v) => { state.prefs.skipAfterChoices = v; }),
    toggle('Transitions', 'pref-transitions', () => state.prefs.skipTransitions, (v) => { state.prefs.skipTransitions = v; })));
  const langs = Object.keys(state.S.languages);
  if (langs.length) {
    const btns = [h('button', { type: 'button', class: 'vn-toggle', 'data-vn': 'lang', 'data-lang': '',
      'aria-pressed': String(state.prefs.lang === null), lang: state.S.lang_code || 'en' }, state.S.lang_name || 'English')];
    for (const l of langs) {
      btns.push(h('button', { type: 'button', class: 'vn-toggle', 'data-vn': 'lang', 'data-lang': l,
        'aria-pressed': String(state.prefs.lang === l), lang: state.S.language_codes[l] || null }, state.S.languages[l]));
    }
    for (const b of btns) {
      b.addEventListener('click', async () => {
        try { await setLanguage(b.dataset.lang || null); } catch (e) { notify(String(e.message || e)); return; }
        if (state.waiting && el.title.hidden) rerunCurrent();
        openMenu('preferences');
      });
    }
    wrap.append(group('Language', ...btns));
  }
  const slider = (label, vn, min, max, step, get, set, shown) => {
    const id = 'pref-' + vn;
    const input = h('input', { type: 'range', id, min, max, step, value: get(), 'data-vn': vn });
    const out = h('span', { class: 'vn-slider-value' }, shown(get()));
    input.addEventListener('input', () => { set(Number(input.value)); out.textContent = shown(get()); savePrefs(); });
    return h('div', { class: 'vn-slider' }, h('label', { for: id }, ui(label)), input, out);
  };
  // Text speed: the right end is instant (cps 0), as in Ren'Py.
  wrap.append(group('Text Speed', slider('Text Speed', 'pref-text-speed', 0, 100, 1,
    () => (state.prefs.cps === 0 ? 100 : Math.min(99, state.prefs.cps)), (v) => { state.prefs.cps = v >= 100 ? 0 : Math.max(1, v); },
    (v) => (v >= 100 ? '\u221e' : `${v} cps`))));
  wrap.append(group('Auto-Forward Time', slider('Auto-Forward Time', 'pref-afm', 1, 40, 1,
    () => state.prefs.afm, (v) => { state.prefs.afm = v; }, (v) => String(v))));
  // Three sliders under one heading: each shows its name, as Ren'Py's Preferences does.
  const vol = (label, vn, key) => {
    const s = slider(label, vn, 0, 100, 1, () => state.prefs[key], (v) => { state.prefs[key] = v; applyVolumes(); }, (v) => `${v}%`);
    s.classList.add('vn-slider-named');
    return s;
  };
  wrap.append(accessibilityGroup(group, toggle, slider));
  wrap.append(group('Volume', vol('Music Volume', 'music-volume', 'volMusic'),
    vol('Sound Volume', 'sound-volume', 'volSound'), vol('Ambience Volume', 'ambience-volume', 'volAmbience'),
    toggle('Mute All', 'pref-mute', () => state.prefs.mute, (v) => { state.prefs.mute = v; applyVolumes(); })));
  return wrap;
}

/* Text size, contrast, font, motion and self-voicing; Ren'Py's own accessibility menu
 * (Shift+A) names, so a game's translation of Ren'Py's strings covers most of them. */
function accessibilityGroup(group, toggle, slider) {
  const choice = (vn, options, get, set) => options.map(([value, label]) => {
    const b = h('button', { type: 'button', class: 'vn-toggle', 'data-vn': vn, 'data-value': String(value),
      'aria-pressed': String(get() === value) }, label);
    b.addEventListener('click', () => {
      set(value); applyPrefs(); savePrefs();
      for (const o of b.parentNode.querySelectorAll(`[data-vn=${vn}]`)) o.setAttribute('aria-pressed', String(o === b));
    });
    return b;
  });
  const row = (label, ...kids) => h('div', { class: 'vn-pref-row', role: 'group', 'aria-label': ui(label) },
    h('span', { class: 'vn-pref-label', 'aria-hidden': 'true' }, ui(label)), ...kids);
  const applied = (set) => (v) => { set(v); applyPrefs(); };
  const kids = [
    row('Text Size Scaling', ...choice('pref-text-size', TEXT_SIZES.map((p, i) => [i, `${p}%`]),
      () => state.prefs.textSize, (v) => { state.prefs.textSize = v; })),
    toggle('High Contrast Text', 'pref-contrast', () => state.prefs.contrast, applied((v) => { state.prefs.contrast = v; })),
  ];
  if (state.S.dyslexic_font) {
    kids.push(row('Font Override', ...choice('pref-font', [[false, ui('Default')], [true, 'OpenDyslexic']],
      () => state.prefs.dyslexic, (v) => { state.prefs.dyslexic = v; })));
  }
  kids.push(toggle('Reduce Motion', 'pref-motion', () => state.prefs.reduceMotion, applied((v) => { state.prefs.reduceMotion = v; })));
  if (synth) {
    kids.push(toggle('Self-Voicing', 'pref-voice', () => state.prefs.voice, (v) => { state.prefs.voice = v; if (!v) synth.cancel(); }));
    kids.push(slider('Voice Rate', 'pref-voice-rate', 5, 20, 1, () => Math.round(state.prefs.voiceRate * 10),
      (v) => { state.prefs.voiceRate = v / 10; }, (v) => `${(v / 10).toFixed(1)}\u00d7`));
  }
  return group('Accessibility', ...kids);
}

function rerunCurrent() {
  const snap = state.rollback.pop();
  if (!snap) return;
  restore(snap);
  state.st.tsub = 0;
  run();
}

function aboutScreen() {
  const wrap = h('div', { class: 'vn-about' });
  wrap.append(h('h2', {}, tr(state.S.title)));
  if (state.S.game_version) wrap.append(h('p', {}, state.S.game_version));
  if (state.S.about) {
    const p = h('div', { class: 'vn-about-text' });
    renderText(p, interpolateSafe(tr(state.S.about)));
    wrap.append(p);
  }
  wrap.append(h('p', { class: 'vn-about-small' }, `Web player built from Ren'Py ${state.S.renpy || ''} story export.`));
  return wrap;
}

export function interpolateSafe(t) {
  try { return interpolate(t); } catch (e) { return t; }
}

function helpScreen() {
  const rows = [
    ['Enter', 'Advances dialogue and activates the interface.'],
    ['Space', 'Advances dialogue without selecting choices.'],
    ['Arrow Keys', 'Navigate the interface.'],
    ['1 \u2013 9', 'Picks the menu choice with that number.'],
    ['Escape', 'Accesses the game menu.'],
    ['Ctrl', 'Skips dialogue while held down.'],
    ['Tab', 'Toggles dialogue skipping.'],
    ['Shift+Tab', 'Moves to the quick menu (Tab moves on, Escape returns to the story).'],
    ['Page Up', 'Rolls back to earlier dialogue.'],
    ['Left Click', 'Advances dialogue and activates the interface.'],
    ['Right Click', 'Accesses the game menu.'],
    ['Mouse Wheel Up', 'Rolls back to earlier dialogue.'],
  ];
  const table = h('dl', { class: 'vn-help' });
  const say = (t) => (/^\d/.test(t) ? t : ui(t));
  for (const [k, v] of rows) table.append(h('dt', {}, say(k)), h('dd', {}, say(v)));
  return table;
}
