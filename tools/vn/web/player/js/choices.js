/* Menus of the story (choices): the question, the buttons, choosing. */
import { el, h } from './dom.js';
import { tr, ui } from './i18n.js';
import { choiceButtons } from './input.js';
import { ev } from './interp.js';
import { truthy } from './python.js';
import { run } from './runner.js';
import {
  beginInteraction, charOf, displayLine, interactionReady, renderSay, renderTranscript,
  syncWindowForTransition,
} from './say.js';
import { anyOverlay } from './screens.js';
import { setSkipping } from './skip.js';
import { announce } from './speech.js';
import { imagesReady, renderStage } from './stage.js';
import { doc, PORTRAIT, state } from './state.js';
import { screenActions, windowMode } from './statements.js';
import { interpolate, renderText } from './text.js';

export async function interactMenu(s, gen) {
  const niLine = state.niShown;
  state.niShown = false;
  const items = s.i.map((it, idx) => ({
    idx, text: interpolate(tr(it.t)), enabled: !it.c || truthy(ev(it.c, null)), x: it.x,
    reason: it.r ? interpolate(tr(it.r)) : null,
  }));
  const shown = state.S.menu_include_disabled ? items : items.filter((it) => it.enabled);
  if (!shown.length) return false;
  beginInteraction();
  state.waiting = { kind: 'menu', stmt: s, items: shown };
  if (state.skipping && !state.prefs.skipAfterChoices) setSkipping(false);
  if (s.cap) {
    displayLine(s, s.nvl ? { w: null, t: s.cap, v: 1 } : { w: null, t: s.cap }, false);
  } else if (niLine) {
    // the line just said stays in the window, a line of its own (in the history already)
  } else {
    // Ren'Py's `window auto` hides the window before a menu without a caption.
    if (windowMode() === 'auto') state.st.win = false;
    syncWindowForTransition();
    if (!PORTRAIT.matches) showQuestion();
  }
  renderStage();
  el.choices.replaceChildren();
  shown.forEach((it, n) => el.choices.append(choiceButton(it, n)));
  el.choices.hidden = false;
  keepSceneAboveChoices(!!s.cap || niLine);
  await imagesReady(1500);
  if (gen !== state.runGen) return true;
  interactionReady('menu');
  // Focus goes to the group of choices (not to a choice: an Enter meant for the last line
  // must not pick one); arrows, Tab or a number then pick. choose() gives it back.
  el.choices.focus({ preventScroll: true });
  const lines = s.cap || niLine ? [el.who.textContent ? `${el.who.textContent}: ${el.what.textContent}` : el.what.textContent] : [];
  const listed = choiceButtons().map((b, i) => {
    const why = b.querySelector('.vn-choice-reason');
    return `${i + 1}. ${b.dataset.text}${b.disabled ? ' (' + ui('unavailable') + (why ? ': ' + why.textContent : '') + ')' : ''}`;
  });
  announce(lines.concat([`${ui('Choices')}: ${listed.join('; ')}`]));
  return true;
}

/* The question stays on screen: as the game's choice screen does (screens.rpy), the
 * last line said before a menu without a caption stays in the window, whole, under
 * the choices. It is not a new line: not in the history, not announced again. */
function showQuestion() {
  const q = state.st.hist[state.st.hist.length - 1];
  if (!q) return;
  renderSay({ w: q.w }, q.n, q.t, charOf(q.w), false);
  if (state.typing) state.typing.finish();
  el.window.dataset.question = '1';
}

/* One choice. A locked one shows a padlock, the word Locked and, on a second line,
 * what would have unlocked it (the script's `locked=` argument, as on the desktop);
 * its accessible name stays the choice's text (the rest is aria-hidden), the reason its description. */
export function choiceButton(it, n) {
  const btn = h('button', { type: 'button', class: 'vn-choice', 'data-vn': 'choice', 'data-index': n + 1,
    'data-text': it.text, disabled: !it.enabled });
  btn.addEventListener('click', () => choose(it));
  if (it.enabled) { renderText(btn, it.text); return btn; }
  btn.classList.add('is-locked');
  const caption = h('span', { class: 'vn-choice-text' });
  renderText(caption, it.text);
  btn.append(h('span', { class: 'vn-choice-row' },
    h('span', { class: 'vn-choice-lock', 'aria-hidden': 'true' }),
    h('span', { class: 'vn-choice-tag', 'aria-hidden': 'true', text: ui('Locked') }), caption));
  const described = ['choice-locked'];
  if (it.reason) {
    // (out of the name, which stays the choice's text; it is the description instead)
    const reason = h('span', { class: 'vn-choice-reason', id: `choice-reason-${n + 1}`, 'aria-hidden': 'true' });
    renderText(reason, it.reason);
    btn.append(reason);
    described.push(reason.id);
  }
  btn.setAttribute('aria-describedby', described.join(' '));
  return btn;
}

/* On a phone held upright the choices sit at the bottom and the window stays
 * up above them with the scene so far, so the question is still on screen
 * when the choice is made (a landscape screen has room for neither). */
export function hideChoices() {
  el.choices.hidden = true;
  el.choices.replaceChildren();
  el.window.classList.remove('has-choices');
}

function keepSceneAboveChoices(captioned) {
  if (!PORTRAIT.matches || (!captioned && state.st.sceneAt >= state.st.hist.length)) return;
  if (!captioned) {
    el.window.hidden = false;
    el.window.classList.add('is-empty');
    el.window.classList.remove('is-centered');
    el.namebox.hidden = true;
    el.what.replaceChildren();
    renderTranscript(state.st.hist.length);
  }
  el.window.classList.add('has-choices');
  el.window.style.setProperty('--choices-h', `${el.choices.offsetHeight}px`);
  el.window.scrollTop = el.window.scrollHeight;
}

function choose(item) {
  if (!state.waiting || !state.waiting.ready || state.waiting.kind !== 'menu' || !item.enabled || anyOverlay()) return;
  if (item.actions && !screenActions(item)) return;
  const hadFocus = el.choices.contains(doc.activeElement);
  hideChoices();
  if (el.window.dataset.question) el.window.hidden = true;   // the choice screen's window goes with it
  if (hadFocus) el.advance.focus({ preventScroll: true });   // back to the story, where Enter continues
  state.st.pc = item.x;
  state.st.tsub = 0;
  run();
}
