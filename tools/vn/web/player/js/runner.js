/* The game state and the runner: steps the story from st.pc to the next interaction;
 * advance, rollback, the end of the game. */
import { audioStatement, syncAudio } from './audio.js';
import { interactMenu } from './choices.js';
import { el, setState } from './dom.js';
import { markEndingReached } from './endings.js';
import { ev, exec } from './interp.js';
import { PyError, truthy } from './python.js';
import { displayLine, interactSay, syncWindowForTransition, translatedBlock } from './say.js';
import { anyOverlay, showTitle } from './screens.js';
import { setAuto, setSkipping, stopTimers } from './skip.js';
import { noteStaging, renderStage, showImage } from './stage.js';
import { body, hasOwn, state } from './state.js';
import {
  callScreen, endPause, inputStatement, nvlWindow, onScreenReturn, pauseStatement, renderShownScreens, shownScreen, windowStatement,
} from './statements.js';
import { doTransition } from './transitions.js';

export function newState() {
  state.st = { pc: state.S.start, tsub: 0, stack: [], vars: Object.create(null), scene: [], side: Object.create(null),
    hist: [], sceneAt: 0, label: null, win: false, audio: { music: null, ambience: null } };
  for (const [name, expr] of state.S.vars) state.st.vars[name] = ev(expr, null);
  renderShownScreens();
}

export function snapshot() {
  return JSON.stringify(state.st);
}

export function restore(json) {
  const o = typeof json === 'string' ? JSON.parse(json) : json;
  state.st = {
    pc: o.pc, tsub: o.tsub || 0, stack: o.stack.slice(),
    vars: Object.assign(Object.create(null), o.vars),
    scene: o.scene.map((x) => ({ tag: x.tag, im: x.im, pr: Object.assign({}, x.pr) })),
    side: Object.assign(Object.create(null), o.side || {}),
    hist: o.hist.slice(), label: o.label || null, win: !!o.win,
    // Saves from before sceneAt existed: the transcript starts at the restored line.
    sceneAt: Number.isInteger(o.sceneAt) ? o.sceneAt : o.hist.length,
    // Saves from before the score: silence until the next play statement.
    audio: Object.assign({ music: null, ambience: null }, o.audio || {}),
  };
  // window mode, NVL page and shown screens, kept only by games that use them
  for (const k of ['wmode', 'nvlAt']) if (o[k] !== undefined) state.st[k] = o[k];
  if (Array.isArray(o.screens)) state.st.screens = o.screens.map(screenInstance).filter((x) => x);
  if (o.cs) state.st.cs = Object.assign(screenInstance(o.cs) || {}, { pc: o.cs.pc });
  if (state.st.cs && !state.st.cs.n) delete state.st.cs;
  renderShownScreens();
  syncAudio();
}

/* A screen instance from a snapshot: its scope objects copied (saves from before screen
 * scopes kept only the shown screens' names). */
function screenInstance(x) {
  const known = (n) => typeof n === 'string' && state.S.screens && hasOwn(state.S.screens, n);
  if (typeof x === 'string') return known(x) ? { n: x, L: Object.create(null), U: Object.create(null) } : null;
  if (!x || !known(x.n)) return null;
  const U = Object.create(null);
  for (const [k, v] of Object.entries(x.U || {})) U[k] = Object.assign(Object.create(null), v);
  const rv = { n: x.n, L: Object.assign(Object.create(null), x.L || {}), U };
  if (Array.isArray(x.D)) rv.D = x.D.filter(Number.isInteger);   // its timers that fired
  return rv;
}

export function enterLabel(name) {
  state.st.label = name;
  body.dataset.vnLabel = name;
  markEndingReached(name);
}

// ---------------------------------------------------------------- the runner


/* Runs the story from st.pc to the next interaction. A newer run (a load, a
 * rollback, a new game) supersedes an older one still awaiting a transition. */
export async function run() {
  const gen = ++state.runGen;
  stopTimers();
  state.waiting = null;
  try {
    await runUntilInteraction(gen);
  } catch (err) {
    if (gen === state.runGen) fatal(err);
  }
}

function where(pc) {
  const s = state.S.code[pc];
  return s ? `${state.S.files[s.f]}:${s.l}` : 'the story';
}

export function fatal(err) {
  const at = state.st && state.st.pc >= 0 ? where(state.st.pc) : '';
  const msg = err instanceof PyError ? err.message : String(err && err.message || err);
  console.error(err);
  setState('error');
  el['error-text'].textContent = (at ? at + ': ' : '') + msg;
  el.error.hidden = false;
}

async function runUntilInteraction(gen) {
  let steps = 0;
  setState('busy');
  while (true) {
    if (gen !== state.runGen) return;
    if (++steps > 200000) throw new PyError('the story ran 200000 statements without showing anything (an endless loop?)');
    const pc = state.st.pc;
    if (pc < 0 || pc === undefined) { endGame(); return; }
    const s = state.S.code[pc];
    switch (s.k) {
      case 'label': enterLabel(s.n); state.st.pc = s.x; break;
      case 'pass': state.st.pc = s.x; break;
      case 'jump': state.st.pc = s.to; break;
      case 'call':
        if (state.st.stack.length > 10000) throw new PyError('call stack too deep');
        state.st.stack.push(s.x); state.st.pc = s.to; break;
      case 'ret':
        if (s.e) state.st.vars._return = ev(s.e, null);
        if (!state.st.stack.length) { endGame(); return; }
        state.st.pc = state.st.stack.pop();
        break;
      case 'if': {
        let to = s.x;
        for (const [cond, next] of s.e) {
          if (cond === null || truthy(ev(cond, null))) { to = next; break; }
        }
        state.st.pc = to;
        break;
      }
      case 'while': state.st.pc = truthy(ev(s.c, null)) ? s.b : s.x; break;
      case 'py': exec(s.s, null); state.st.pc = s.x; break;
      case 'scene':
        state.st.scene = [];
        state.st.side = Object.create(null); // as Ren'Py's scene, forget the say attributes of unshown tags
        state.st.win = false;
        state.st.sceneAt = state.st.hist.length;   // a new scene: the phone's transcript starts afresh
        if (s.im) showImage(s.tag, s.im, s.a || [], s.at, '');
        noteStaging(s);
        state.st.pc = s.x;
        break;
      case 'show': showImage(s.tag, s.im, s.a || [], s.at, ''); noteStaging(s); state.st.pc = s.x; break;
      case 'hide': state.st.scene = state.st.scene.filter((x) => x.tag !== s.tag); state.st.pc = s.x; break;
      case 'with':
        state.st.pc = s.x;
        syncWindowForTransition();
        await doTransition(s.tr);
        break;
      case 'say': {
        const block = translatedBlock(s);
        if (block && !block.length) { state.st.pc = s.x; break; }
        if (s.ni) { displayLine(s, block ? block[0] : s, false); state.niShown = true; state.st.pc = s.x; break; }
        await interactSay(s, block ? block[Math.min(state.st.tsub, block.length - 1)] : s, gen);
        return;
      }
      case 'audio': audioStatement(s); state.st.pc = s.x; break;
      // window, pause, NVL and screens (the statements real games put around their dialogue)
      case 'window': state.st.pc = s.x; await windowStatement(s); break;
      case 'pause': if (pauseStatement(s)) return; break;
      case 'nvl_clear': state.st.nvlAt = state.st.hist.length; state.st.pc = s.x; break;
      case 'show_screen': case 'hide_screen': state.st.pc = s.x; await shownScreen(s, s.k === 'show_screen'); break;
      case 'nvl_win': state.st.pc = s.x; await nvlWindow(s); break;
      case 'call_screen': await callScreen(s, gen); return;
      case 'input': await inputStatement(s, gen); return;
      // a statement the build could not compile (vn web build without --strict warned)
      case 'skip': console.info('vn: skipped ' + s.why); state.st.pc = s.x; break;
      case 'menu': {
        const r = await interactMenu(s, gen);
        if (r) return;
        state.st.pc = s.x;
        break;
      }
      default: throw new PyError('unknown statement ' + s.k);
    }
  }
}

export function advance() {
  if (anyOverlay()) return;
  if (state.transitionDone) { state.transitionDone(); return; }
  if (state.waiting && state.waiting.ready && state.waiting.kind === 'pause') { endPause(false); return; }
  if (!state.waiting || !state.waiting.ready || state.waiting.kind !== 'say') return;
  if (state.typing) { state.typing.finish(); return; }
  const s = state.waiting.stmt;
  const block = translatedBlock(s);
  if (block && state.st.tsub + 1 < block.length) state.st.tsub += 1;
  else { state.st.tsub = 0; state.st.pc = s.x; }
  run();
}

// a shown screen's Return ends the say or pause waiting, as a click does
onScreenReturn(() => {
  if (state.waiting && state.waiting.kind === 'pause') endPause(false);
  else advance();
});

export function doRollback() {
  if (anyOverlay() || state.rollback.length < 2 || !state.waiting || !state.waiting.ready) return;
  setSkipping(false);
  setAuto(false);
  if (!(state.waiting.kind === 'pause' && state.waiting.timed)) state.rollback.pop();
  const prev = state.rollback.pop();
  restore(prev);
  el.window.hidden = true;
  renderStage();
  run();
}

export function endGame() {
  stopTimers();
  state.waiting = null;
  setSkipping(false);
  setAuto(false);
  state.rollback = [];
  showTitle();
}
