/* The statements that change the window or wait: window, pause, NVL pages and windows,
 * shown and called screens. */
import { choiceButton, hideChoices } from './choices.js';
import { el, h } from './dom.js';
import { tr, ui } from './i18n.js';
import { ev, exec } from './interp.js';
import { PyError, pyStr, truthy, typeName } from './python.js';
import { run, snapshot } from './runner.js';
import { beginInteraction, interactionReady, syncWindowForTransition } from './say.js';
import { anyOverlay, historyEntry } from './screens.js';
import { announce } from './speech.js';
import { imagesReady, renderStage } from './stage.js';
import { hasOwn, state } from './state.js';
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

/* Screens are trees (tools/vn/web/screens.py) rendered with their scope: an instance
 * {n: name, L: the screen's scope, U: the scopes of the screens it uses} lives in the game
 * state (st.screens for shown screens, st.cs for the called one), so saves and rollback
 * keep what SetScreenVariable and `default` put there. */
function bindParams(sc, args, kw, scope) {
  if (sc.p === null) { Object.assign(scope, kw); return scope; }
  sc.p.forEach(([name, dflt], i) => {
    if (i < args.length) scope[name] = args[i];
    else if (hasOwn(kw, name)) scope[name] = kw[name];
    else if (dflt) scope[name] = ev(dflt, null);
    else throw new PyError(`TypeError: screen missing argument '${name}'`);
  });
  return scope;
}

function newInstance(name, args, kw) {
  return { n: name, L: bindParams(state.S.screens[name], args, kw, Object.create(null)), U: Object.create(null) };
}

function evalArgs(s, L) {
  const kw = Object.create(null);
  for (const [k, e] of Object.entries(s.kw || {})) kw[k] = ev(e, L);
  return [(s.a || []).map((e) => ev(e, L)), kw];
}

/* Renders screen nodes into `parent`; a button becomes make(item) (a choice of a called
 * screen, or a button of a shown one), its item collected in ctx.items. */
function renderNodes(nodes, ctx, parent) {
  const L = ctx.L;
  for (const n of nodes) {
    switch (n.k) {
      case 't': {
        const p = h('p', { class: 'vn-screen-text' });
        renderText(p, labelOf(n, L));
        parent.append(p);
        break;
      }
      case 'b': {
        // (an action's arguments are evaluated as the screen is drawn, as Ren'Py's are)
        const item = { idx: ctx.items.length, text: n.im && !hasOwn(n, 's') && !hasOwn(n, 'e') ? '' : labelOf(n, L),
          actions: n.a.map((a) => evalAction(a, L)), enabled: !n.sn || truthy(ev(n.sn, L)), reason: null, L,
          im: n.im };
        ctx.items.push(item);
        parent.append(ctx.make(item, ctx.items.length - 1));
        break;
      }
      case 'box': {
        const box = h('div', { class: `vn-sl vn-sl-${n.w}` });
        renderNodes(n.c, ctx, box);
        parent.append(box);
        break;
      }
      case 'if':
        for (const [cond, block] of n.e) {
          if (cond === null || truthy(ev(cond, L))) { renderNodes(block, ctx, parent); break; }
        }
        break;
      case 'for': {
        let seq = ev(n.e, L);
        if (typeof seq === 'string') seq = [...seq];
        else if (seq && !Array.isArray(seq) && typeof seq === 'object') seq = Object.keys(seq);
        if (!Array.isArray(seq)) throw new PyError(`TypeError: '${typeName(seq)}' object is not iterable`);
        seq.forEach((v, i) => { L[n.v] = v; renderNodes(n.c, { ...ctx, path: `${ctx.path}/${i}` }, parent); });
        break;
      }
      case 'use': {
        const sc = state.S.screens[n.n];
        const [args, kw] = evalArgs(n, L);
        const key = `${n.u}${ctx.path}`;
        let scope;
        if (sc.p === null) scope = Object.assign(Object.create(null), L, kw);   // the user's scope, copied
        else scope = bindParams(sc, args, kw, ctx.inst.U[key] || Object.create(null));
        ctx.inst.U[key] = scope;
        renderNodes(sc.c, { ...ctx, L: scope, path: `${ctx.path}>${n.u}` }, parent);
        break;
      }
      case 'img':
        if (hasOwn(state.S.images, n.im) && state.S.images[n.im].f) {
          parent.append(h('img', { class: 'vn-screen-image', src: state.S.images[n.im].f, alt: '', draggable: 'false' }));
        }
        break;
      case 'bar': {
        const v = Number(ev(n.v, L));
        const r = Number(ev(n.r, L));
        const f = r > 0 && isFinite(v) ? Math.max(0, Math.min(1, v / r)) : 0;
        const fill = h('div', { class: 'vn-bar-fill' });
        fill.style[n.vert ? 'height' : 'width'] = `${f * 100}%`;
        parent.append(h('div', { class: `vn-bar${n.vert ? ' is-vertical' : ''}`, role: 'progressbar',
          'aria-valuemin': '0', 'aria-valuemax': String(r), 'aria-valuenow': String(v), 'data-vn': 'bar' }, fill));
        break;
      }
      case 'timer':
        ctx.timers.push({ d: n.d, r: !!n.r, actions: n.a.map((a) => evalAction(a, L)), L, enabled: true });
        break;
      case 'def': if (!hasOwn(L, n.v)) L[n.v] = ev(n.e, L); break;
      case 'py': exec(n.s, L); break;
      default: throw new PyError('unknown screen node ' + n.k);
    }
  }
}

/* A text's or button's label, translated and interpolated (a value too, as Ren'Py's Text). */
function labelOf(n, L) {
  return interpolate(tr(hasOwn(n, 's') ? n.s : pyStr(ev(n.e, L))), 0, L);
}

/* Renders one screen instance: [its box, its buttons' items]; its timers start, each
 * running `fire(item)` when due (a redraw starts them again: an approximation of Ren'Py's
 * timers, which keep counting across redraws). */
function renderScreen(inst, cls, make, timers, fire) {
  const box = h('div', { class: cls, 'data-screen': inst.n });
  const ctx = { inst, L: inst.L, items: [], make, path: '', timers: [] };
  renderNodes(state.S.screens[inst.n].c, ctx, box);
  ctx.timers.forEach((t, i) => {
    if (!t.r && (inst.D || []).includes(i)) return;   // a timer fires once (inst.D: those fired)
    const tick = () => { if (!t.r) inst.D = [...(inst.D || []), i]; fire(t); };
    timers.push(t.r ? setInterval(tick, t.d * 1000) : setTimeout(tick, t.d * 1000));
  });
  return [box, ctx.items];
}

const shownTimers = [];
const calledTimers = [];
function clearTimers(list) {
  for (const t of list.splice(0)) { clearTimeout(t); clearInterval(t); }
}

/* `show screen NAME(args)` / `hide screen NAME`: shown over the stage until hidden; its
 * buttons work while the story goes on. */
export async function shownScreen(s, on) {
  const list = (state.st.screens || []).filter((x) => x.n !== s.n);
  if (on) {
    const [args, kw] = evalArgs(s, null);
    list.push(newInstance(s.n, args, kw));
  }
  state.st.screens = list;
  renderShownScreens();
  if (s.tr) await doTransition(s.tr);
}

function shownButton(item) {
  const btn = h('button', { type: 'button', class: 'vn-screen-button', 'data-vn': 'screen-button',
    'data-text': item.text, disabled: !item.enabled, 'aria-label': item.im && !item.text ? item.im : null });
  if (item.im && hasOwn(state.S.images, item.im) && state.S.images[item.im].f) {
    btn.append(h('img', { src: state.S.images[item.im].f, alt: '', draggable: 'false' }));
  }
  if (item.text) btn.append(h('span', {}, ...textNodes(item.text)));
  btn.addEventListener('click', () => shownAction(item));
  return btn;
}

function textNodes(text) {
  const span = h('span', {});
  renderText(span, text);
  return [...span.childNodes];
}

export function renderShownScreens() {
  if (!el.screens) return;
  const shown = (state.st && state.st.screens) || [];
  clearTimers(shownTimers);
  el.screens.replaceChildren(...shown.map((inst) => renderScreen(inst, 'vn-shown-screen', shownButton,
    shownTimers, (t) => shownAction(t))[0]));
  el.screens.hidden = !shown.length;
}

/* A button's action with its values: ['set', var, value], ['sset', name, value],
 * ['show', screen, args, kw], ['hide', screen], ['ret', value], ['jump', index], ['null']. */
function evalAction(a, L) {
  switch (a[0]) {
    case 'set': case 'sset': return [a[0], a[1], ev(a[2], L)];
    case 'ret': return ['ret', ev(a[1], L)];
    case 'show': return ['show', a[1], ...evalArgs({ a: a[2], kw: a[3] }, L)];
    default: return a;
  }
}

/* Runs one action of a screen button; true when it ends the called screen (item.x set). */
function runAction(a, item) {
  switch (a[0]) {
    case 'set': state.st.vars[a[1]] = a[2]; return false;
    case 'sset': item.L[a[1]] = a[2]; return false;
    case 'show':
      state.st.screens = (state.st.screens || []).filter((x) => x.n !== a[1]).concat([newInstance(a[1], a[2], a[3])]);
      return false;
    case 'hide': state.st.screens = (state.st.screens || []).filter((x) => x.n !== a[1]); return false;
    case 'null': return false;
    case 'url': window.open(a[1], '_blank', 'noopener,noreferrer'); return false;
    case 'ret': state.st.vars._return = a[1]; return true;
    case 'jump': item.x = a[1]; return true;
  }
  throw new PyError('unknown screen action ' + a[0]);
}

/* A shown screen's button: SetVariable & co. redraw (the interaction's snapshot takes the
 * new values, so a save keeps them); Jump goes there; Return ends the current say or pause. */
function shownAction(item) {
  if (!state.waiting || !state.waiting.ready || !item.enabled || anyOverlay()) return;
  for (const a of item.actions) {
    if (!runAction(a, item)) continue;
    if (a[0] === 'jump') {
      hideChoices();
      state.st.pc = item.x;
      state.st.tsub = 0;
      delete state.st.cs;
      run();
    } else if (state.waiting.kind === 'say' || state.waiting.kind === 'pause') {
      advanceFromScreen();
    }
    return;
  }
  if (state.rollback.length) state.rollback[state.rollback.length - 1] = snapshot();
  renderShownScreens();
  if (state.waiting.kind === 'menu' && state.waiting.screen) redrawCalled();
}

let advanceFromScreen = () => {};
export function onScreenReturn(fn) { advanceFromScreen = fn; }

/* `call screen NAME(args)`: its tree, buttons played as a menu's choices (keys, focus and
 * the test hooks alike); each button runs its actions (screenActions). */
export async function callScreen(s, gen) {
  if (!state.st.cs || state.st.cs.pc !== state.st.pc || state.st.cs.n !== s.n) {
    const [args, kw] = evalArgs(s, null);
    state.st.cs = Object.assign(newInstance(s.n, args, kw), { pc: state.st.pc });
  }
  beginInteraction();
  if (windowMode() === 'auto') state.st.win = false;   // config.window_auto_hide has "call screen"
  syncWindowForTransition();
  renderStage();
  clearTimers(calledTimers);
  const [box, items] = renderScreen(state.st.cs, 'vn-called-screen', (it, n) => {
    const btn = choiceButton(it, n);
    if (it.im && hasOwn(state.S.images, it.im) && state.S.images[it.im].f) {
      btn.prepend(h('img', { src: state.S.images[it.im].f, alt: '', draggable: 'false' }));
      if (!it.text) btn.setAttribute('aria-label', it.im);
    }
    return btn;
  }, calledTimers, (t) => calledTimer(t, s));
  for (const it of items) it.x = s.x;
  state.waiting = { kind: 'menu', stmt: s, items, screen: s.n };
  el.choices.replaceChildren(box);
  el.choices.hidden = false;
  await imagesReady(1500);
  if (gen !== state.runGen) return;
  interactionReady('menu');
  el.choices.focus({ preventScroll: true });
  const texts = [...box.querySelectorAll('.vn-screen-text')].map((p) => p.textContent);
  announce([...texts, `${ui('Choices')}: ${items.map((it, i) => `${i + 1}. ${it.text}`).join('; ')}`]);
}

/* A called screen's timer, due: its actions, as a button's (ending the screen or not). */
function calledTimer(t, s) {
  if (!state.waiting || state.waiting.stmt !== s || !state.waiting.ready || anyOverlay()) return;
  t.x = s.x;
  if (!screenActions(t)) return;
  hideChoices();
  state.st.pc = t.x;
  state.st.tsub = 0;
  run();
}

function redrawCalled() {
  const s = state.waiting.stmt;
  state.waiting = null;
  state.rollback.pop();
  callScreen(s, state.runGen);
}

/* A called screen's button, in order: SetVariable & co. set; Return (its value in _return)
 * or Jump ends the screen (true). Otherwise the screen stays up, redrawn (false). */
export function screenActions(item) {
  for (const a of item.actions) {
    if (runAction(a, item)) {
      if (a[0] === 'ret') item.x = state.waiting.stmt.x;
      delete state.st.cs;
      clearTimers(calledTimers);
      return true;
    }
  }
  renderShownScreens();
  redrawCalled();
  return false;
}

/* `nvl show` / `nvl hide` [transition]: the NVL window up or away until the next NVL line. */
export async function nvlWindow(s) {
  state.st.win = s.m === 'show';
  syncWindowForTransition();
  if (s.tr) await doTransition(s.tr);
}

/* `$ name = renpy.input("Prompt", default=..., length=N)`: the prompt above a text field, as
 * Ren'Py's input screen; Enter stores the text (stripped with `.strip()`) and goes on. */
export async function inputStatement(s, gen) {
  beginInteraction();
  syncWindowForTransition();
  renderStage();
  const prompt = h('p', { class: 'vn-screen-text', id: 'input-prompt' });
  renderText(prompt, interpolate(tr(s.p)));
  const field = h('input', { type: 'text', class: 'vn-input', 'data-vn': 'input', 'aria-labelledby': 'input-prompt',
    value: s.d ? pyStr(ev(s.d, null)) : '' });
  if (s.n) field.maxLength = s.n;
  const form = h('form', { class: 'vn-input-form' }, field);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!state.waiting || state.waiting.kind !== 'input' || !state.waiting.ready) return;
    state.st.vars[s.v] = s.s ? field.value.trim() : field.value;
    hideChoices();
    state.st.pc = s.x;
    run();
  });
  state.waiting = { kind: 'input', stmt: s };
  el.choices.replaceChildren(prompt, form);
  el.choices.hidden = false;
  await imagesReady(1500);
  if (gen !== state.runGen) return;
  interactionReady('input');
  field.focus({ preventScroll: true });
  announce([prompt.textContent]);
}
