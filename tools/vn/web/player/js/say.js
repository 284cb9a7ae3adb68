/* Say statements: the line, its speaker and side image, typing out, the phone's transcript. */
import { hideChoices } from './choices.js';
import { el, h, setState } from './dom.js';
import { tr } from './i18n.js';
import { advance, snapshot } from './runner.js';
import { anyOverlay, historyEntry } from './screens.js';
import { markSeen, setSkipping } from './skip.js';
import { announce } from './speech.js';
import { findShown, imagesReady, lookahead, publishStaging, renderStage, resolveImage } from './stage.js';
import { body, COLOR_RE, doc, hasOwn, metrics, ROLLBACK_LIMIT, state, TRANSCRIPT_LIMIT } from './state.js';
import { renderNvlPage, renderShownScreens, windowMode } from './statements.js';
import { interpolate, renderText } from './text.js';

export function translatedBlock(s) {
  if (!state.TL || !s.tid || !hasOwn(state.TL.dialogue, s.tid)) return null;
  return state.TL.dialogue[s.tid];
}

export function beginInteraction() {
  renderShownScreens();   // as Ren'Py redraws its screens each interaction
  state.rollback.push(snapshot());
  if (state.rollback.length > ROLLBACK_LIMIT) state.rollback.shift();
}

export function charOf(who) {
  return state.S.chars[who === null || who === undefined ? '' : who] || {};
}

function applySayAttributes(line) {
  const ch = charOf(line.w);
  if (!ch.img || !line.a || !line.a.length) return;
  const tag = ch.img;
  const shown = findShown(tag);
  if (shown) {
    const name = resolveImage(tag, line.a, shown.im);
    if (name && name !== shown.im) { shown.im = name; shown.xf = true; }
    return;
  }
  const prev = state.st.side[tag] || [];
  const name = resolveImage(state.S.side_tag, [tag, ...line.a], [state.S.side_tag, tag, ...prev].join(' '));
  state.st.side[tag] = name ? name.split(' ').slice(2) : line.a.slice();
}

export function currentSide() {
  if (!state.waiting || state.waiting.kind !== 'say') return null;
  const ch = charOf(state.waiting.line.w);
  if (!ch.img) return null;
  const shown = findShown(ch.img);
  const attrs = shown ? shown.im.split(' ').slice(1) : (state.st.side[ch.img] || []);
  const cands = (state.imagesByTag.get(state.S.side_tag) || []).filter((c) => c.attrs.has(ch.img)
    && [...c.attrs].every((a) => a === ch.img || attrs.includes(a)));
  if (!cands.length) return null;
  cands.sort((a, b) => b.attrs.size - a.attrs.size);
  return cands[0].name;
}

function speakerName(line) {
  const ch = charOf(line.w);
  if (ch.n === undefined || ch.n === null) return null;
  const pre = ch.pre || ['', '', '', ''];
  return interpolate(tr(pre[0]) + tr(ch.n) + tr(pre[1]));
}

function lineText(line) {
  const ch = charOf(line.w);
  const pre = ch.pre || ['', '', '', ''];
  return interpolate(pre[2]) + interpolate(line.t) + interpolate(pre[3]);
}


export function displayLine(stmt, line, interact) {
  let before = '';
  if (line.ext && state.st.hist.length) {
    // `extend`: the last line again, with its speaker, this text after it (one history entry)
    const last = state.st.hist.pop();
    line = { ...line, w: last.w };
    before = last.t + '{fast}';   // as Ren'Py's extend: the earlier text shows at once
  }
  applySayAttributes(line);
  const ch = charOf(line.w);
  const name = speakerName(line);
  const text = before + (line.ext ? interpolate(line.t) : lineText(line));
  const centered = ch.sp === 'centered';
  state.st.win = !centered;
  state.st.hist.push({ w: line.w === undefined ? null : line.w, n: name, c: ch.c || null, t: text,
    wc: ch.wc || null, wi: ch.wi ? 1 : 0, ...(ch.nvl || line.v ? { v: 1 } : {}) });
  const cut = state.st.hist.length - (state.S.history_length || 250);
  if (cut > 0) {
    state.st.hist.splice(0, cut);
    state.st.sceneAt = Math.max(0, state.st.sceneAt - cut);
  }
  renderSay(line, name, text, ch, centered);
  return text;
}

export function renderSay(line, name, text, ch, centered) {
  const win = el.window;
  win.hidden = false;
  delete win.dataset.question;
  win.classList.toggle('is-centered', centered);
  win.classList.toggle('is-nvl', !!(ch.nvl || line.v));
  win.classList.remove('is-empty');
  el.namebox.hidden = !name;
  el.who.textContent = name || '';
  el.who.style.color = ch.c && COLOR_RE.test(ch.c) ? ch.c : '';
  el.who.style.fontStyle = ch.ni ? 'italic' : '';
  el.who.style.fontWeight = ch.nb ? 'bold' : '';
  const what = el.what;
  what.style.color = ch.wc && COLOR_RE.test(ch.wc) ? ch.wc : '';
  what.style.fontStyle = ch.wi ? 'italic' : '';
  what.style.fontWeight = ch.wb ? 'bold' : '';
  what.style.textDecoration = ch.wu ? 'underline' : '';
  // what_font (one of the gui fonts, so the dyslexia-friendly font still replaces it) and
  // what_kerning (game pixels between letters)
  what.style.fontFamily = ['text', 'name', 'ui'].includes(ch.wf) ? `var(--font-${ch.wf})` : '';
  what.style.letterSpacing = typeof ch.wk === 'number' && isFinite(ch.wk) ? `calc(var(--u) * ${ch.wk})` : '';
  what.dataset.who = line.w === null || line.w === undefined ? '' : line.w;
  what.dataset.raw = text;
  const segments = renderText(what, text);
  startTyping(segments);
  renderTranscript(state.st.hist.length - 1);   // the scene so far, less this line
  const side = centered ? null : currentSideFor(line);
  el.side.replaceChildren();
  if (side) {
    const im = state.S.images[side];
    const img = h('img', { src: im.f, alt: '', draggable: 'false' });
    img.style.width = (im.w / state.S.screen[0]) * 100 + '%';
    el.side.append(img);
  }
}

/* The phone layout's transcript: the history entries of this scene before
 * `upto` (CSS hides it elsewhere). Kept scrolled to the end, so the current
 * line below it stays in view. Built from st, so a load or rollback shows
 * what belongs to the restored position. */
export function renderTranscript(upto) {
  if (el.window.classList.contains('is-nvl')) { renderNvlPage(upto); return; }
  const from = Math.max(state.st.sceneAt, upto - TRANSCRIPT_LIMIT);
  el.transcript.replaceChildren(...state.st.hist.slice(from, upto).map(historyEntry));
  el.window.scrollTop = el.window.scrollHeight;
}

function currentSideFor(line) {
  const saved = state.waiting;
  state.waiting = { kind: 'say', line };
  try { return currentSide(); } finally { state.waiting = saved; }
}

function startTyping(segments) {
  clearInterval(state.timers.type);
  state.typing = null;
  const cps = state.prefs.cps;
  if (!cps || state.skipping || state.ctrlSkip) return;
  const segs = segments.map((t) => {
    const hidden = doc.createTextNode(t.data);
    const span = h('span', { class: 'vn-unrevealed', 'aria-hidden': 'true' }, hidden);
    t.after(span);
    const full = t.data;
    t.data = '';
    return { t, hidden, full };
  });
  const total = segs.reduce((n, s) => n + s.full.length, 0);
  const t0 = performance.now();
  state.typing = {
    finish() {
      for (const s of segs) { s.t.data = s.full; s.hidden.data = ''; }
      clearInterval(state.timers.type);
      state.typing = null;
      afterLineShown();
    },
  };
  state.timers.type = setInterval(() => {
    const n = Math.floor(((performance.now() - t0) / 1000) * cps);
    if (n >= total) { state.typing && state.typing.finish(); return; }
    let left = n;
    for (const s of segs) {
      const k = Math.min(left, s.full.length);
      s.t.data = s.full.slice(0, k);
      s.hidden.data = s.full.slice(k);
      left -= k;
    }
  }, 25);
}

/* Between lines: the window stays up, empty, while it is "shown" (always with
 * `window show`; after a line until a scene/menu/centered line with `window auto`). */
export function syncWindowForTransition() {
  if (windowMode() === 'show' || (windowMode() === 'auto' && state.st.win)) {
    el.window.hidden = false;
    el.window.classList.add('is-empty');
    el.window.classList.remove('is-centered', 'is-nvl');
    el.who.textContent = '';
    el.namebox.hidden = true;
    el.what.replaceChildren();
    el.side.replaceChildren();
    renderTranscript(state.st.hist.length);      // the scene so far stays up through a transition
  } else {
    el.window.hidden = true;
  }
  hideChoices();
}

export function interactionReady(kind) {
  if (state.waiting) state.waiting.ready = true;
  state.seq++;
  setState(kind);
  publishStaging();
  body.dataset.vnSeq = String(state.seq);
  el.quick.hidden = false;
  if (metrics.firstLine === undefined && kind === 'say') metrics.firstLine = performance.now();
  doc.dispatchEvent(new CustomEvent('vn:interact', { detail: { seq: state.seq, kind } }));
}

export async function interactSay(stmt, line, gen) {
  state.niShown = false;
  beginInteraction();
  hideChoices();
  state.waiting = { kind: 'say', stmt, line };
  displayLine(stmt, line, true);
  renderStage();
  if (!(state.skipping || state.ctrlSkip)) await imagesReady(1500);
  if (gen !== state.runGen) return;
  lookahead(stmt.x);
  const wasSeen = state.seen.has(state.st.pc);
  markSeen(state.st.pc);
  state.waiting.seen = wasSeen;
  interactionReady('say');
  announce([el.who.textContent ? `${el.who.textContent}: ${el.what.textContent}` : el.what.textContent]);
  if (!state.typing) afterLineShown();
}

export function afterLineShown() {
  if (!state.waiting || state.waiting.kind !== 'say') return;
  if (state.skipping || state.ctrlSkip) {
    if (!state.waiting.seen && !state.prefs.skipUnseen && !state.ctrlSkip) { setSkipping(false); }
    else { state.timers.skip = setTimeout(() => advance(), state.S.skip_delay ?? 5); return; }
  }
  if (state.autoForward) {
    const len = (el.what.textContent || '').length;
    const delay = Math.max(500, (state.prefs.afm * (len + 25) / 250) * 1000);
    state.timers.auto = setTimeout(() => { if (state.autoForward && !anyOverlay()) advance(); }, delay);
  }
}
