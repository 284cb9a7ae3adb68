/* Screen readers (the live region, the scene description) and self-voicing. */
import { el } from './dom.js';
import { tr, ui } from './i18n.js';
import { interpolateSafe } from './screens.js';
import { doc, state } from './state.js';

/* What a sighted player learns from the picture: the background's or illustration's text
 * alternative (story.json's `alt`, from the art's title) and who is on screen. */
export const synth = window.speechSynthesis || null;

function personName(tag) {
  for (const ch of Object.values(state.S.chars)) {
    if (ch.img === tag && typeof ch.n === 'string' && ch.n) return interpolateSafe(tr(ch.n));
  }
  const words = tag.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function sceneDescription() {
  const pictures = [], people = [];
  for (const item of state.st.scene) {
    const im = state.S.images[item.im];
    if (im && im.alt) pictures.push(tr(im.alt));
    else if (im && !im.solid) people.push(personName(item.tag));
  }
  const parts = [];
  if (pictures.length) parts.push(`${ui('Scene')}: ${pictures.join('. ')}.`);
  if (people.length) parts.push(`${ui('On screen')}: ${people.join(', ')}.`);
  return parts.join(' ');
}

/* Tells screen readers (the live region) and self-voicing about a new interaction: the
 * scene first when it changed, then `texts`. Self-voicing never overlaps itself: whatever it
 * was still reading is cancelled, then this interaction's utterances queue in order. */
export function announce(texts) {
  const scene = sceneDescription();
  el.scene.textContent = scene;
  if (state.skipping || state.ctrlSkip) return;    // skipped lines are not read out (nor in Ren'Py)
  const all = (scene && scene !== state.lastScene ? [scene] : []).concat(texts.filter((t) => t));
  state.lastScene = scene;
  el.live.textContent = all.join('\n');
  if (!state.prefs.voice || !synth) return;
  synth.cancel();
  for (const t of all) {
    const u = new SpeechSynthesisUtterance(t);
    u.rate = state.prefs.voiceRate;
    u.lang = doc.documentElement.lang || 'en';
    synth.speak(u);
  }
}
