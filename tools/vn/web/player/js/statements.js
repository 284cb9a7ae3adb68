/* The statements that change the window or wait: window, pause, NVL pages, screens of
 * text, call screen. */
import { choiceButton } from './choices.js';
import { el, h } from './dom.js';
import { tr, ui } from './i18n.js';
import { ev } from './interp.js';
import { truthy } from './python.js';
import { run } from './runner.js';
import { beginInteraction, interactionReady, syncWindowForTransition } from './say.js';
import { historyEntry } from './screens.js';
import { announce } from './speech.js';
import { imagesReady, renderStage } from './stage.js';
import { state } from './state.js';
import { interpolate, renderText } from './text.js';
import { doTransition } from './transitions.js';

/* `window show|hide|auto`: how the window stands between lines (S.window_mode, Ren'Py's
 * config.window, until the story says otherwise). */
export function windowMode() {
  return state.st.wmode || state.S.window_mode;
}

export async function windowStatement(s) {
  state.st.wmode = s.m;
  if (s.m === 'show') state.st.win = true;
  if (s.m === 'hide') state.st.win = false;
  syncWindowForTransition();
  if (s.tr) await doTransition(s.tr);
}

/* `pause` waits for a click; `pause N` for N seconds or a click (`hard`: the seconds
 * only). Skipping passes it by. Returns true when the runner waits. */
export function pauseStatement(s) {
  if (state.skipping || state.ctrlSkip) { state.st.pc = s.x; return false; }
  const timed = typeof s.d === 'number';
  if (!timed) beginInteraction();   // an untimed pause is a rollback point, as in Ren'Py
  syncWindowForTransition();
  renderStage();
  state.waiting = { kind: 'pause', stmt: s, timed, hard: !!s.h };
  if (timed) state.timers.pause = setTimeout(() => endPause(true), s.d * 1000);
  interactionReady('pause');
  return true;
}

export function endPause(timeUp) {
  if (!state.waiting || state.waiting.kind !== 'pause' || (state.waiting.hard && !timeUp)) return;
  clearTimeout(state.timers.pause);
  state.st.pc = state.waiting.stmt.x;
  run();
}

/* NVL mode: the window fills the screen with the page's lines so far (since the last
 * `nvl clear`), the current one last. */
export function renderNvlPage(upto) {
  const page = state.st.hist.slice(Math.min(state.st.nvlAt || 0, upto), upto).filter((e) => e.v);
  el.transcript.replaceChildren(...page.map(historyEntry));
}

/* `show screen` / `hide screen` of a screen of text: shown over the stage until hidden. */
export function shownScreen(name, on) {
  const list = (state.st.screens || []).filter((n) => n !== name);
  if (on) list.push(name);
  state.st.screens = list;
  renderShownScreens();
}

export function renderShownScreens() {
  if (!el.screens) return;
  const names = (state.st && state.st.screens) || [];
  el.screens.replaceChildren(...names.map((n) => screenTexts(n, 'vn-shown-screen')));
  el.screens.hidden = !names.length;
}

function screenTexts(name, cls) {
  const box = h('div', { class: cls, 'data-screen': name });
  for (const t of state.S.screens[name].t) {
    const p = h('p', { class: 'vn-screen-text' });
    renderText(p, interpolate(tr(t)));
    box.append(p);
  }
  return box;
}

/* `call screen NAME`: its texts above its text buttons, played as a menu's choices (keys,
 * focus and the test hooks alike); each button runs its actions (screenActions). */
export async function callScreen(s, gen) {
  const sc = state.S.screens[s.n];
  beginInteraction();
  if (windowMode() === 'auto') state.st.win = false;   // config.window_auto_hide has "call screen"
  syncWindowForTransition();
  renderStage();
  const items = sc.b.map((b, idx) => ({ idx, text: interpolate(tr(b.t)), actions: b.a, x: s.x,
    enabled: !b.s || truthy(ev(b.s, null)), reason: null }));
  state.waiting = { kind: 'menu', stmt: s, items, screen: s.n };
  el.choices.replaceChildren(screenTexts(s.n, 'vn-called-screen'));
  items.forEach((it, n) => el.choices.append(choiceButton(it, n)));
  el.choices.hidden = false;
  await imagesReady(1500);
  if (gen !== state.runGen) return;
  interactionReady('menu');
  el.choices.focus({ preventScroll: true });
  announce([...sc.t.map((t) => interpolate(tr(t))), `${ui('Choices')}: ${items.map((it, i) => `${i + 1}. ${it.text}`).join('; ')}`]);
}

/* A screen button's actions in order: SetVariable sets; Return (its value in _return) or
 * Jump ends the screen. Only SetVariables: the screen stays up, redrawn (false). */
export function screenActions(item) {
  for (const a of item.actions) {
    if (a[0] === 'set') state.st.vars[a[1]] = ev(a[2], null);
    else if (a[0] === 'ret') { state.st.vars._return = ev(a[1], null); item.x = state.waiting.stmt.x; return true; }
    else if (a[0] === 'jump') { item.x = a[1]; return true; }
  }
  const s = state.waiting.stmt;
  state.waiting = null;
  state.rollback.pop();
  callScreen(s, state.runGen);
  return false;
}
