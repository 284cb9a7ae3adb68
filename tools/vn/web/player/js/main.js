/* Smile Protocol web player: plays the story data `vn web build` compiles from
 * Ren'Py's own parse of the game (story.json), in any modern browser.
 *
 * Safety: story text is never HTML. Text tags become DOM nodes built with
 * createElement/textContent; the story's Python arrives as JSON expression
 * trees that interp.js interprets (no eval, no Function; the page's CSP forbids both).
 *
 * Test hooks (a stable contract):
 *   [data-vn=what]     the line's text; data-who = speaker id (Ren'Py's who),
 *                      data-raw = the line after [var] substitution, tags kept
 *   [data-vn=who]      the speaker's name
 *   [data-vn=transcript] the scene's earlier lines (shown in the phone layout only)
 *   [data-vn=choice]   one button per menu choice (disabled ones: disabled)
 *   [data-vn=advance]  click to advance; Enter and Space advance too
 *   body.dataset.vnLabel  the last label entered
 *   body.dataset.vnState  loading | title | say | menu | busy | error
 *   body.dataset.vnScreen the open menu screen (save, load, preferences, ...) or ""
 *   body.dataset.vnSeq    counts interactions; a "vn:interact" event fires on
 *                         document each time a line or menu is ready
 *
 * Native ES modules, no build step: this one boots the player; each job is a module
 * beside it, and state.js holds the state they share.
 */
import { unlockAudio, wireInterfaceSounds } from './audio.js';
import { bindElements, el } from './dom.js';
import { ui } from './i18n.js';
import { onKey, onKeyUp } from './input.js';
import { loadPrefs, setLanguage } from './prefs.js';
import { advance, doRollback, endGame, fatal } from './runner.js';
import { doLoad, doSave, readSlot } from './saves.js';
import { notify, openMenu, showTitle, startGame, translateUi } from './screens.js';
import { loadSeen, setAuto, setSkipping } from './skip.js';
import { indexImages } from './stage.js';
import { doc, metrics, PORTRAIT, state } from './state.js';

function applyTheme() {
  doc.title = state.S.window_title || state.S.title;
  const endings = doc.querySelector('[data-vn=title-endings]');
  if (endings) endings.hidden = !(state.S.gallery && state.S.gallery.length);
  el['title-version'].textContent = state.S.game_version || '';
}

/* In the phone layout the dialogue window scrolls (the scene's transcript above the line):
 * a keyboard user can then tab to it and scroll it (WCAG: a scrollable region is focusable). */
function syncWindowFocus() {
  if (PORTRAIT.matches) el.window.tabIndex = 0;
  else el.window.removeAttribute('tabindex');
}

function wire() {
  syncWindowFocus();
  PORTRAIT.addEventListener('change', syncWindowFocus);
  el.advance.addEventListener('click', (e) => { e.preventDefault(); advance(); });
  el.advance.addEventListener('contextmenu', (e) => { e.preventDefault(); if (el.title.hidden) openMenu('save'); });
  el.stage.addEventListener('wheel', (e) => { if (e.deltaY < 0) doRollback(); }, { passive: true });
  el.advance.addEventListener('wheel', (e) => { if (e.deltaY < 0) doRollback(); }, { passive: true });
  doc.addEventListener('keydown', onKey);
  // The first touch, click or key lets the page make sound (browsers' autoplay rule).
  for (const ev of ['pointerdown', 'keydown']) doc.addEventListener(ev, unlockAudio, { capture: true });
  wireInterfaceSounds();
  doc.addEventListener('keyup', onKeyUp);
  window.addEventListener('blur', () => { state.ctrlSkip = false; });
  const q = (vn, fn) => { const b = doc.querySelector(`[data-vn=${vn}]`); if (b) b.addEventListener('click', fn); };
  q('start', () => startGame());
  q('title-load', () => openMenu('load'));
  q('title-preferences', () => openMenu('preferences'));
  q('title-about', () => openMenu('about'));
  q('title-help', () => openMenu('help'));
  q('title-endings', () => openMenu('endings'));
  q('back', () => doRollback());
  q('history', () => openMenu('history'));
  q('skip', () => setSkipping(!state.skipping));
  q('auto', () => setAuto(!state.autoForward));
  q('save', () => openMenu('save'));
  q('quick-save', () => { if (doSave('quick')) notify(ui('Quick save complete.')); });
  q('quick-load', () => { const r = readSlot('quick'); if (!r.empty) doLoad('quick'); });
  q('prefs', () => openMenu('preferences'));
  q('error-title', () => { el.error.hidden = true; endGame(); });
  // A mouse click on a quick-menu button must not leave the keyboard focus on it
  // (Enter would press it again instead of advancing).
  for (const b of el.quick.querySelectorAll('button')) {
    b.addEventListener('click', (e) => { if (e.detail > 0) b.blur(); });
  }
  el.error.hidden = true;
}

async function boot() {
  if (location.protocol === 'file:') return;   // file.js has said why it cannot run
  bindElements();
  wire();
  try {
    const res = await fetch('story.json');
    if (!res.ok) throw new Error(`story.json: HTTP ${res.status}`);
    state.S = await res.json();
    if (state.S.format !== 'vn-web-story' || state.S.version !== 1) throw new Error('story.json: not a story this player can run');
    state.gameKey = 'vn-web/' + (state.S.save_key || state.S.title || 'game');
    indexImages();
    loadPrefs();
    loadSeen();
    applyTheme();
    if (state.prefs.lang) {
      try { await setLanguage(state.prefs.lang); } catch (e) { state.prefs.lang = null; state.TL = null; }
    } else translateUi();
    el.loading.hidden = true;
    showTitle();
    metrics.titleReady = performance.now();
  } catch (err) {
    el.loading.hidden = true;
    fatal(err);
  }
}

boot();
