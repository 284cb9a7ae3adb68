/* DOM helpers: h() builds elements (never HTML), el holds the page's fixed elements. */
import { body, doc } from './state.js';

const $ = (sel) => doc.querySelector(sel);
const ATTRS = new Set(['type', 'role', 'title', 'disabled', 'hidden', 'tabindex', 'src', 'alt',
  'draggable', 'lang', 'id', 'min', 'max', 'step', 'value', 'for', 'name', 'checked', 'preload']);

export function h(tag, props, ...kids) {
  const e = doc.createElement(tag);
  if (props) {
    for (const [k, v] of Object.entries(props)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k === 'on') for (const [ev, fn] of Object.entries(v)) e.addEventListener(ev, fn);
      else if (k.startsWith('data-') || k.startsWith('aria-') || ATTRS.has(k)) e.setAttribute(k, v === true ? '' : String(v));
      else throw new Error('h(): unexpected property ' + k);
    }
  }
  for (const c of kids) if (c !== null && c !== undefined && c !== false) e.append(c);
  return e;
}

export const el = {};
export function bindElements() {
  for (const id of ['game', 'stage', 'layer', 'fader', 'side', 'window', 'transcript', 'namebox', 'who', 'what',
    'advance', 'choices', 'quick', 'title', 'menu', 'menu-title', 'menu-body', 'menu-nav', 'notice',
    'confirm', 'confirm-text', 'confirm-yes', 'confirm-no', 'error', 'error-text', 'skip-indicator',
    'title-nav', 'title-version', 'loading', 'scene', 'live', 'screens']) {
    el[id] = doc.getElementById(id);
  }
}

export function setState(name) {
  body.dataset.vnState = name;
}
