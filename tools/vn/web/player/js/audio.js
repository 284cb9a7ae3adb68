/* Music, ambience and sounds of the story; the interface's button sounds. */
import { h } from './dom.js';
import { body, doc, state } from './state.js';

/* Music and ambience are part of the game state (st.audio: what should be playing, so a
 * load or a rollback brings back the right track); sounds are one-shots, played only as
 * the story passes them. Browsers refuse to start audio before the player has touched
 * the page, so nothing starts until the first click or key; where audio cannot play at
 * all, the story runs on in silence. */
const LOOPED = ['music', 'ambience'];
const audioCh = {};      // channel -> { el, key, fade }
let audioUnlocked = false;
let audioSeq = 0;

function volumeOf(ch) {
  if (state.prefs.mute) return 0;
  const v = ch === 'music' ? state.prefs.volMusic : ch === 'ambience' ? state.prefs.volAmbience : state.prefs.volSound;
  return Math.max(0, Math.min(100, v)) / 100;
}

function channel(ch) {
  if (!audioCh[ch]) {
    const a = h('audio', { 'data-vn': 'audio-' + ch, preload: 'none' });
    a.hidden = true;
    doc.body.append(a);
    audioCh[ch] = { el: a, key: null, fade: 0, list: [], at: 0, gain: 1 };
    a.addEventListener('ended', () => nextInList(ch));
  }
  return audioCh[ch];
}

function setGain(c, ch, g) { c.gain = g; c.el.volume = Math.max(0, Math.min(1, g * volumeOf(ch))); }

/* Ramp the channel's gain to `to` over `secs`; then call `done`. */
function fadeTo(ch, to, secs, done) {
  const c = channel(ch);
  clearInterval(c.fade);
  if (!(secs > 0) || state.skipping) { setGain(c, ch, to); if (done) done(); return; }
  const from = c.gain, t0 = performance.now();
  c.fade = setInterval(() => {
    const k = Math.min(1, (performance.now() - t0) / (secs * 1000));
    setGain(c, ch, from + (to - from) * k);
    if (k >= 1) { clearInterval(c.fade); c.fade = 0; if (done) done(); }
  }, 40);
}

function startFile(ch, file) {
  const c = channel(ch);
  c.el.src = file;
  const p = c.el.play();
  if (p && p.catch) p.catch(() => { /* blocked or undecodable: stay silent */ });
}

function nextInList(ch) {
  const c = channel(ch);
  if (!c.list.length) return;
  if (c.at + 1 < c.list.length) c.at += 1;
  else if (c.loop) c.at = 0;
  else { c.key = LOOPED.includes(ch) ? c.key : null; return; }
  startFile(ch, c.list[c.at]);
}

/* What the looped channels should be playing now: the title's music on the main menu. */
function wanted(ch) {
  if (body.dataset.vnState === 'title') {
    return ch === 'music' && state.S.main_menu_music ? { fs: [state.S.main_menu_music], lp: true, n: 0, fi: 1 } : null;
  }
  return state.st && state.st.audio ? state.st.audio[ch] : null;
}

export function syncAudio(fadeOut) {
  if (!state.S || !state.prefs) return;
  for (const ch of LOOPED) {
    const want = audioUnlocked ? wanted(ch) : null;
    const key = want ? want.fs.join('|') + '#' + want.n : null;
    const c = channel(ch);
    if (key === c.key) continue;
    c.key = key;
    const begin = () => {
      if (!want || c.key !== key) return;
      c.list = want.fs.slice(); c.at = 0; c.loop = want.lp !== false;
      c.el.loop = c.loop && c.list.length === 1;
      setGain(c, ch, want.fi ? 0 : 1);
      startFile(ch, c.list[0]);
      if (want.fi) fadeTo(ch, 1, want.fi);
    };
    if (!c.el.paused && c.el.src) {
      fadeTo(ch, 0, fadeOut === undefined ? 0.5 : fadeOut, () => { c.el.pause(); begin(); });
    } else begin();
  }
}

export function audioStatement(s) {
  const looped = LOOPED.includes(s.ch);
  if (looped) {
    const cur = state.st.audio[s.ch];
    if (s.op === 'stop') state.st.audio[s.ch] = null;
    else if (s.op === 'queue' && cur) state.st.audio[s.ch] = Object.assign({}, cur, { fs: cur.fs.concat(s.fs) });
    else if (!(s.ic && cur && cur.fs.join('|') === s.fs.join('|'))) {
      state.st.audio[s.ch] = { fs: s.fs.slice(), lp: s.lp !== undefined ? s.lp : state.S.audio_loop[s.ch], n: ++audioSeq, fi: s.fi || 0 };
    }
    syncAudio(s.fo);
    return;
  }
  const c = channel(s.ch);
  if (s.op === 'stop') { fadeTo(s.ch, 0, s.fo || 0, () => c.el.pause()); return; }
  if (!audioUnlocked || state.skipping) return;   // an effect belongs to its moment
  if (s.op === 'queue' && !c.el.paused && !c.el.ended) { c.list = c.list.concat(s.fs); return; }
  c.list = s.fs.slice(); c.at = 0; c.loop = !!s.lp; c.el.loop = false;
  setGain(c, s.ch, 1);
  startFile(s.ch, c.list[0]);
}

export function applyVolumes() {
  for (const [ch, c] of Object.entries(audioCh)) setGain(c, ch, c.gain);
}

export function unlockAudio() {
  if (audioUnlocked) return;
  audioUnlocked = true;
  body.dataset.vnAudio = 'on';
  syncAudio(0);
}

// ---------------------------------------------------------------- interface sounds

/* The game's button sounds (its `style button` hover_sound and activate_sound, story.json
 * `ui_sounds`), on the actions Ren'Py plays them on: a tick when the pointer or the keyboard
 * focus comes to a button, a click when one is pressed. Clicking the dialogue on is not a
 * button (silent, as on the desktop); a held key repeats no tick and no click; they play at
 * the Sound volume, so 0 or Mute All silences them, and only once the page may make sound. */
const uiSoundEls = {};
let uiHovered = null;      // the button the last tick was for: moving within it is silent
let uiKeyHeld = false;     // the last keydown was a key's auto-repeat
let uiNavAt = -1e9;        // when a key last moved the focus (Tab, arrows), not held
const UI_NAV_KEYS = new Set(['Tab', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);
let uiLastTick = 0;
const UI_TICK_GAP_MS = 60; // sweeping the pointer over a column of buttons: ticks, not a buzz

function uiButton(target) {
  const b = target && target.closest ? target.closest('button') : null;
  return b && !b.disabled && b.dataset.vn !== 'advance' ? b : null;
}

function uiSound(kind) {
  const file = state.S && state.S.ui_sounds ? state.S.ui_sounds[kind] : null;
  const volume = volumeOf('sound');
  if (!file || !audioUnlocked || !(volume > 0)) return;
  let a = uiSoundEls[kind];
  if (!a) {
    a = uiSoundEls[kind] = h('audio', { 'data-vn': 'ui-' + kind, preload: 'auto', src: file });
    a.hidden = true;
    doc.body.append(a);
  }
  a.volume = volume;
  a.currentTime = 0;
  const p = a.play();
  if (p && p.catch) p.catch(() => { /* blocked or undecodable: stay silent */ });
}

function uiTick(b) {
  if (b === uiHovered) return;
  uiHovered = b;
  const now = performance.now();
  if (!b || now - uiLastTick < UI_TICK_GAP_MS) return;
  uiLastTick = now;
  uiSound('hover');
}

export function wireInterfaceSounds() {
  doc.addEventListener('keydown', (e) => {
    uiKeyHeld = e.repeat;
    if (e.repeat) uiNavAt = -1e9;   // a held key: its repeats move the focus in silence
    else if (UI_NAV_KEYS.has(e.key)) uiNavAt = performance.now();
  }, { capture: true });
  doc.addEventListener('pointerover', (e) => uiTick(uiButton(e.target)));
  // Focus the player moves itself (a menu opening) is not the player's hover: only a key's.
  doc.addEventListener('focusin', (e) => {
    if (performance.now() - uiNavAt < 200) uiTick(uiButton(e.target));
  });
  doc.addEventListener('click', (e) => {
    // detail 0: pressed from the keyboard; a held Enter repeats the click, not the sound.
    if (uiButton(e.target) && !(e.detail === 0 && uiKeyHeld)) uiSound('select');
  }, { capture: true });
}
