/* Preferences: loaded, applied to the page, saved; the player's language. */
import { translateUi } from './screens.js';
import { doc, hasOwn, REDUCED_MOTION, state, TEXT_SIZES } from './state.js';

export function loadPrefs() {
  const defaults = { cps: state.S.defaults.text_cps || 0, afm: state.S.defaults.afm_time || 15, skipUnseen: false,
    skipAfterChoices: false, skipTransitions: false, lang: null,
    volMusic: 70, volSound: 80, volAmbience: 60, mute: false,
    // Accessibility (issue 16): text size step, high contrast, the dyslexia-friendly font,
    // no fades or shakes (the system's prefers-reduced-motion until the player says otherwise),
    // self-voicing and its rate.
    textSize: 0, contrast: false, dyslexic: false, reduceMotion: REDUCED_MOTION.matches,
    voice: false, voiceRate: 1 };
  let stored = {};
  try { stored = JSON.parse(localStorage.getItem(`${state.gameKey}/prefs`) || '{}') || {}; } catch (e) { stored = {}; }
  state.prefs = Object.assign(defaults, {});
  for (const k of Object.keys(defaults)) {
    if (hasOwn(stored, k) && (typeof stored[k] === typeof defaults[k] || (k === 'lang'))) state.prefs[k] = stored[k];
  }
  if (state.prefs.lang !== null && (typeof state.prefs.lang !== 'string' || !hasOwn(state.S.languages, state.prefs.lang))) state.prefs.lang = null;
  state.prefs.cps = Math.max(0, Math.min(200, Number(state.prefs.cps) || 0));
  state.prefs.afm = Math.max(1, Math.min(40, Number(state.prefs.afm) || 15));
  for (const k of ['volMusic', 'volSound', 'volAmbience']) state.prefs[k] = Math.max(0, Math.min(100, Number(state.prefs[k]) || 0));
  state.prefs.textSize = Math.max(0, Math.min(TEXT_SIZES.length - 1, Math.round(Number(state.prefs.textSize) || 0)));
  state.prefs.voiceRate = Math.max(0.5, Math.min(2, Number(state.prefs.voiceRate) || 1));
  applyPrefs();
}

/* The display preferences, as attributes on <html> that player.css styles by. */
export function applyPrefs() {
  const r = doc.documentElement.dataset;
  r.textSize = String(state.prefs.textSize);
  r.contrast = state.prefs.contrast ? 'high' : '';
  r.font = state.prefs.dyslexic && state.S.dyslexic_font ? 'dyslexic' : '';
  r.motion = state.prefs.reduceMotion ? 'reduce' : '';
}

export function savePrefs() {
  try { localStorage.setItem(`${state.gameKey}/prefs`, JSON.stringify(state.prefs)); } catch (e) { /* full */ }
}

export async function setLanguage(lang) {
  if (lang !== null && !hasOwn(state.S.languages, lang)) lang = null;
  if (lang === null) state.TL = null;
  else {
    const res = await fetch(`tl/${encodeURIComponent(lang)}.json`);
    if (!res.ok) throw new Error(`tl/${lang}.json: ${res.status}`);
    const data = await res.json();
    state.TL = { dialogue: data.dialogue || {}, strings: data.strings || {} };
  }
  state.prefs.lang = lang;
  savePrefs();
  doc.documentElement.lang = lang ? (state.S.language_codes[lang] || 'und') : (state.S.lang_code || 'en');
  translateUi();
}
