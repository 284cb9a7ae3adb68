/* Save slots in browser storage: writing, checking and loading them. */
import { el, setState } from './dom.js';
import { ui } from './i18n.js';
import { enterLabel, fatal, restore, run } from './runner.js';
import { closeMenu, hideTitle, notify } from './screens.js';
import { setAuto, setSkipping, stopTimers } from './skip.js';
import { renderStage } from './stage.js';
import { COLOR_RE, hasOwn, SAVE_FORMAT, SAVE_VERSION, state } from './state.js';

// What a refused save or load says, in English; ui() gives the player's language
// (the strings are game/web_player_strings.rpy's, translated in game/tl/LANG/).
const SAVE_MESSAGES = {
  full: 'The browser\'s storage for this game is full: the save was not written (an earlier save in this slot is kept). Delete a save and try again.',
  refused: 'The browser refused to store the save (storage disabled): the save was not written.',
  unreadable: 'This save could not be read.',
  damaged: 'This save is damaged and cannot be loaded.',
  otherPlayer: 'This save was made by another version of the web player and cannot be loaded.',
  otherGame: 'This save was made with a different version of the game and cannot be loaded.',
};

function slotKey(slot) { return `${state.gameKey}/save/${slot}`; }

function saveRecord() {
  const snap = state.rollback[state.rollback.length - 1];
  if (!snap) return null;
  const game = JSON.parse(snap);   // (not `state`: that is state.js's shared state)
  const last = game.hist.length ? game.hist[game.hist.length - 1] : null;
  const bg = game.scene.length ? game.scene[0].im : null;
  return {
    format: SAVE_FORMAT, version: SAVE_VERSION, story: state.S.hash, time: Date.now(),
    label: game.label, lang: state.prefs.lang,
    preview: state.waiting && state.waiting.kind === 'say' ? (el.what.textContent || '') : (last ? last.t : ''),
    thumb: bg, state: game,
  };
}

export function doSave(slot) {
  const rec = saveRecord();
  if (!rec) return false;
  try {
    localStorage.setItem(slotKey(slot), JSON.stringify(rec));
  } catch (e) {
    // setItem writes all or nothing: the slot still holds its earlier save, if any.
    const full = e && (e.name === 'QuotaExceededError' || e.code === 22);
    notify(ui(full ? SAVE_MESSAGES.full : SAVE_MESSAGES.refused));
    return false;
  }
  return true;
}

/* Reads a slot: {empty} | {ok, rec} | {bad: message, in the player's language}. Never throws. */
export function readSlot(slot) {
  const r = checkSlot(slot);
  return r.bad ? { ...r, bad: ui(r.bad) } : r;
}

function checkSlot(slot) {
  let raw;
  try { raw = localStorage.getItem(slotKey(slot)); } catch (e) { return { bad: SAVE_MESSAGES.unreadable }; }
  if (raw === null) return { empty: true };
  let rec;
  try { rec = JSON.parse(raw); } catch (e) { return { bad: SAVE_MESSAGES.damaged }; }
  if (!rec || typeof rec !== 'object' || rec.format !== SAVE_FORMAT) return { bad: SAVE_MESSAGES.damaged };
  // (a real save is a few levels deep; a deeper one would overflow the stack of the next
  // rollback snapshot's JSON.stringify)
  if (deeperThan(rec, SAVE_DEPTH)) return { bad: SAVE_MESSAGES.damaged, detail: 'nested too deeply' };
  if (rec.version !== SAVE_VERSION) return { bad: SAVE_MESSAGES.otherPlayer };
  if (rec.story !== state.S.hash) return { bad: SAVE_MESSAGES.otherGame };
  const problem = checkState(rec.state);
  if (problem) return { bad: SAVE_MESSAGES.damaged, detail: problem };
  return { ok: true, rec };
}

const SAVE_DEPTH = 64;

/* Whether a parsed JSON value nests more than `limit` arrays and objects (without recursion). */
function deeperThan(value, limit) {
  const todo = [[value, 0]];
  while (todo.length) {
    const [v, d] = todo.pop();
    if (!v || typeof v !== 'object') continue;
    if (d >= limit) return true;
    for (const x of Array.isArray(v) ? v : Object.values(v)) if (x && typeof x === 'object') todo.push([x, d + 1]);
  }
  return false;
}

let audioFiles = null;   // every file the story plays on music or ambience, and the title's music

function checkAudio(audio) {
  if (audio === undefined) return null;    // a save from before the score
  if (!audio || typeof audio !== 'object' || Array.isArray(audio)) return 'bad audio';
  if (!audioFiles) {
    audioFiles = new Set(state.S.code.filter((s) => s.k === 'audio').flatMap((s) => s.fs || []));
    if (state.S.main_menu_music) audioFiles.add(state.S.main_menu_music);
  }
  for (const ch of ['music', 'ambience']) {
    const a = audio[ch];
    if (a === null || a === undefined) continue;
    if (typeof a !== 'object' || !Array.isArray(a.fs) || !a.fs.length || !a.fs.every((f) => audioFiles.has(f))) return 'bad ' + ch;
    if (a.lp !== undefined && typeof a.lp !== 'boolean') return 'bad ' + ch + ' loop';
    if (a.n !== undefined && !Number.isInteger(a.n)) return 'bad ' + ch;
    if (a.fi !== undefined && !(typeof a.fi === 'number' && a.fi >= 0 && a.fi < 3600)) return 'bad ' + ch + ' fade';
  }
  return null;
}

function checkState(o) {
  const isInt = Number.isInteger;
  const n = state.S.code.length;
  if (!o || typeof o !== 'object') return 'no state';
  if (!isInt(o.pc) || o.pc < 0 || o.pc >= n) return 'bad pc';
  const k = state.S.code[o.pc].k;
  if (!['say', 'menu', 'pause', 'call_screen', 'input'].includes(k)) return 'pc not at an interaction';
  if (o.tsub !== undefined && (!isInt(o.tsub) || o.tsub < 0 || o.tsub > 1000)) return 'bad tsub';
  if (!Array.isArray(o.stack) || o.stack.length > 10000 || !o.stack.every((x) => isInt(x) && x >= -1 && x < n)) return 'bad stack';
  if (!o.vars || typeof o.vars !== 'object' || Array.isArray(o.vars)) return 'bad vars';
  for (const [name] of state.S.vars) if (!hasOwn(o.vars, name)) return 'missing variable ' + name;
  if (!Array.isArray(o.scene)) return 'bad scene';
  const tags = new Set();
  for (const x of o.scene) {
    if (!x || typeof x.tag !== 'string' || tags.has(x.tag) || typeof x.im !== 'string' || !hasOwn(state.S.images, x.im)) return 'bad scene item';
    tags.add(x.tag);
    if (!x.pr || typeof x.pr !== 'object') return 'bad placement';
    for (const key of ['xpos', 'ypos', 'xanchor', 'yanchor']) {
      const v = x.pr[key];
      if (!Array.isArray(v) || (v[0] !== 'f' && v[0] !== 'p') || typeof v[1] !== 'number' || !isFinite(v[1])) return 'bad placement';
    }
    for (const key of ['zoom', 'xzoom', 'yzoom', 'alpha', 'xoffset', 'yoffset']) {
      if (x.pr[key] !== undefined && (typeof x.pr[key] !== 'number' || !isFinite(x.pr[key]))) return 'bad placement';
    }
  }
  if (o.side && (typeof o.side !== 'object' || !Object.values(o.side).every((a) => Array.isArray(a) && a.every((s) => typeof s === 'string')))) return 'bad side';
  if (!Array.isArray(o.hist) || !o.hist.every((e) => e && typeof e.t === 'string' && (e.n === null || typeof e.n === 'string')
    && (e.c === null || e.c === undefined || COLOR_RE.test(e.c)) && (e.wc === null || e.wc === undefined || COLOR_RE.test(e.wc)))) return 'bad history';
  if (o.sceneAt !== undefined && (!isInt(o.sceneAt) || o.sceneAt < 0 || o.sceneAt > o.hist.length)) return 'bad sceneAt';
  if (o.label !== null && o.label !== undefined && typeof o.label !== 'string') return 'bad label';
  if (o.wmode !== undefined && typeof o.wmode !== 'string') return 'bad window mode';
  if (o.nvlAt !== undefined && (!isInt(o.nvlAt) || o.nvlAt < 0 || o.nvlAt > o.hist.length)) return 'bad nvlAt';
  const scope = (x) => x && typeof x === 'object' && !Array.isArray(x);
  const instance = (x) => typeof x === 'string' || (scope(x) && typeof x.n === 'string' && hasOwn(state.S.screens || {}, x.n)
    && scope(x.L) && (x.U === undefined || (scope(x.U) && Object.values(x.U).every(scope))));
  if (o.screens !== undefined && !(Array.isArray(o.screens) && o.screens.every(instance))) return 'bad screens';
  if (o.cs !== undefined && !(instance(o.cs) && typeof o.cs !== 'string' && isInt(o.cs.pc))) return 'bad called screen';
  return checkAudio(o.audio);
}

export async function doLoad(slot) {
  const r = readSlot(slot);
  if (r.empty) return false;
  if (r.bad) { notify(r.bad); return false; }
  closeMenu();
  hideTitle();
  stopTimers();
  setSkipping(false);
  setAuto(false);
  state.waiting = null;
  // Off the title first: the music and ambience to bring back are the save's, not the title's.
  setState('busy');
  try {
    restore(r.rec.state);
    state.rollback = [];
    if (typeof r.rec.label === 'string') enterLabel(r.rec.label);
    el.window.hidden = true;
    renderStage();
  } catch (err) {
    // A save the checks above let through but the player cannot rebuild: say so (the
    // error screen has its way back to the title), never a blank stage.
    fatal(err);
    return false;
  }
  await run();
  return true;
}

export function deleteSlot(slot) {
  try { localStorage.removeItem(slotKey(slot)); } catch (e) { /* nothing to do */ }
}
