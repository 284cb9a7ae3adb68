/* Ren'Py text: [var] interpolation and {tags}, rendered as DOM nodes. */
import { tr } from './i18n.js';
import { PyError, pyStr } from './python.js';
import { COLOR_RE, doc, hasOwn, state } from './state.js';

function lookupName(name, L, depth) {
  if (L && hasOwn(L, name)) return L[name];
  if (hasOwn(state.st.vars, name)) return state.st.vars[name];
  if (hasOwn(state.S.consts, name)) return state.S.consts[name];
  // [protag] of a Character: its name, translated and substituted (Ren'Py's str() of one)
  if (state.S.char_names && hasOwn(state.S.char_names, name) && depth < 5) return interpolate(tr(state.S.char_names[name]), depth + 1);
  throw new PyError(`NameError: name '${name}' is not defined`);
}

/* `L`: a screen's scope, read before the store (as Ren'Py's screens interpolate). */
export function interpolate(text, depth, L) {
  if (typeof text !== 'string' || text.indexOf('[') < 0) return text;
  depth = depth || 0;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c !== '[') { out += c; i++; continue; }
    if (text[i + 1] === '[') { out += '['; i += 2; continue; }
    const end = text.indexOf(']', i);
    if (end < 0) { out += text.slice(i); break; }
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:!([tuliqc]+))?$/.exec(text.slice(i + 1, end));
    if (!m) throw new PyError('unsupported interpolation ' + text.slice(i, end + 1));
    let s = pyStr(lookupName(m[1], L, depth));
    const flags = m[2] || '';
    if (flags.includes('t')) s = tr(s);
    if (flags.includes('i') && depth < 5) s = interpolate(s, depth + 1, L);
    if (flags.includes('q')) s = s.replace(/\{/g, '{{');
    if (flags.includes('u')) s = s.toUpperCase();
    if (flags.includes('l')) s = s.toLowerCase();
    if (flags.includes('c')) s = s.charAt(0).toUpperCase() + s.slice(1);
    out += s;
    i = end + 1;
  }
  return out;
}

function tagSpan(name, value) {
  const span = doc.createElement('span');
  const s = span.style;
  switch (name) {
    case 'b': s.fontWeight = 'bold'; break;
    case 'i': s.fontStyle = 'italic'; break;
    case 'u': s.textDecoration = 'underline'; break;
    case 's': s.textDecoration = 'line-through'; break;
    case 'plain': s.fontWeight = 'normal'; s.fontStyle = 'normal'; s.textDecoration = 'none'; break;
    case 'color':
      if (!COLOR_RE.test(value || '')) return null;
      s.color = value;
      break;
    case 'size': {
      const m = /^([+\-*]?)(\d+(?:\.\d+)?)$/.exec(value || '');
      if (!m) return null;
      const n = parseFloat(m[2]);
      if (m[1] === '+') s.fontSize = `calc(1em + var(--u) * ${n})`;
      else if (m[1] === '-') s.fontSize = `calc(1em - var(--u) * ${n})`;
      else if (m[1] === '*') s.fontSize = `calc(1em * ${n})`;
      else s.fontSize = `calc(var(--u) * ${n})`;
      span.className = 'vn-sized';
      break;
    }
    case 'alpha': {
      const m = /^([+\-*]?)(\d*(?:\.\d+)?)$/.exec(value || '');
      if (!m || m[2] === '') return null;
      const n = parseFloat(m[2]);
      s.opacity = String(Math.max(0, Math.min(1, m[1] === '-' ? 1 - n : m[1] === '+' ? 1 : n)));
      break;
    }
    default: return null;
  }
  return span;
}

/* Renders Ren'Py text into `container` as DOM nodes; returns its text nodes. */
export function renderText(container, text) {
  container.replaceChildren();
  const stack = [{ node: container, tag: null }];
  const segments = [];
  let buf = '';
  const flush = () => {
    if (!buf) return;
    const t = doc.createTextNode(buf);
    stack[stack.length - 1].node.append(t);
    segments.push(t);
    buf = '';
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c !== '{') { buf += c; i++; continue; }
    if (text[i + 1] === '{') { buf += '{'; i += 2; continue; }
    const end = text.indexOf('}', i);
    if (end < 0) { buf += text.slice(i); break; }
    const tagBody = text.slice(i + 1, end);
    i = end + 1;
    if (tagBody.startsWith('#')) continue;
    if (tagBody.startsWith('/')) {
      const name = tagBody.slice(1);
      let k = stack.length - 1;
      while (k > 0 && stack[k].tag !== name) k--;
      if (k > 0) { flush(); stack.length = k; }
      continue;
    }
    // {fast} (which `extend` puts after the earlier text): what comes before shows at once
    if (tagBody === 'fast') { flush(); segments.length = 0; continue; }
    const eq = tagBody.indexOf('=');
    const name = eq < 0 ? tagBody : tagBody.slice(0, eq);
    const value = eq < 0 ? null : tagBody.slice(eq + 1);
    const span = tagSpan(name, value);
    if (!span) { buf += '{' + tagBody + '}'; continue; }
    flush();
    stack[stack.length - 1].node.append(span);
    stack.push({ node: span, tag: name });
  }
  flush();
  return segments;
}
