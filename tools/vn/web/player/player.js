/* Smile Protocol web player: plays the story data `vn web build` compiles from
 * Ren'Py's own parse of the game (story.json), in any modern browser.
 *
 * Safety: story text is never HTML. Text tags become DOM nodes built with
 * createElement/textContent; the story's Python arrives as JSON expression
 * trees interpreted below (no eval, no Function; the page's CSP forbids both).
 *
 * Test hooks (a stable contract):
 *   [data-vn=what]     the line's text; data-who = speaker id (Ren'Py's who),
 *                      data-raw = the line after [var] substitution, tags kept
 *   [data-vn=who]      the speaker's name
 *   [data-vn=transcript] the scene's earlier lines (shown in the phone layout only)
 *   [data-vn=choice]   one button per menu choice (disabled ones: disabled)
 *   [data-vn=advance]  click to advance; Enter and Space advance too
 *   body.dataset.vnLabel  the last label entered
 *   body.dataset.vnState  loading | title | say | menu | busy | error
 *   body.dataset.vnScreen the open menu screen (save, load, preferences, ...) or ""
 *   body.dataset.vnSeq    counts interactions; a "vn:interact" event fires on
 *                         document each time a line or menu is ready
 */
'use strict';
(function () {
  const doc = document;
  const body = doc.body;
  const SAVE_FORMAT = 'vn-web-save';
  const SAVE_VERSION = 1;
  const ROLLBACK_LIMIT = 100;
  const TRANSCRIPT_LIMIT = 40;  // earlier lines of the scene kept in the phone's transcript
  const PAGES = 3;
  const SLOTS_PER_PAGE = 6;
  const PORTRAIT = window.matchMedia('(max-aspect-ratio: 4/5)');   // player.css's phone layout
  const REDUCED_MOTION = window.matchMedia('(prefers-reduced-motion: reduce)');
  const TEXT_SIZES = [100, 125, 150, 175];   // percent; player.css has one rule per step
  const COLOR_RE = /^#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/;
  const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
  const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  const metrics = (window.vnMetrics = { start: performance.now() });

  let S = null;            // the story data
  let TL = null;           // the current translation, or null for the game's own language
  let st = null;           // the game state (JSON-serialisable; saves and rollback copy it)
  let rollback = [];       // snapshots (JSON strings) of earlier interactions, newest last
  let waiting = null;      // what the current interaction waits for
  let seq = 0;
  let prefs = null;
  let seen = null;         // Set of statement indices already shown
  let gameKey = 'game';
  let skipping = false;
  let ctrlSkip = false;
  let autoForward = false;
  let timers = { auto: 0, skip: 0, type: 0, notice: 0, pause: 0 };
  let transitionDone = null;
  let imagesByTag = new Map();
  const preloaded = new Map();

  // ---------------------------------------------------------------- DOM helpers

  const $ = (sel) => doc.querySelector(sel);
  const ATTRS = new Set(['type', 'role', 'title', 'disabled', 'hidden', 'tabindex', 'src', 'alt',
    'draggable', 'lang', 'id', 'min', 'max', 'step', 'value', 'for', 'name', 'checked', 'preload']);

  function h(tag, props, ...kids) {
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

  const el = {};
  function bindElements() {
    for (const id of ['game', 'stage', 'layer', 'fader', 'side', 'window', 'transcript', 'namebox', 'who', 'what',
      'advance', 'choices', 'quick', 'title', 'menu', 'menu-title', 'menu-body', 'menu-nav', 'notice',
      'confirm', 'confirm-text', 'confirm-yes', 'confirm-no', 'error', 'error-text', 'skip-indicator',
      'title-nav', 'title-version', 'loading', 'scene', 'live', 'screens']) {
      el[id] = doc.getElementById(id);
    }
  }

  function setState(name) {
    body.dataset.vnState = name;
  }

  // ---------------------------------------------------------------- strings

  function tr(s) {
    if (!TL || typeof s !== 'string') return s;
    if (hasOwn(TL.strings, s)) return TL.strings[s];
    const notags = s.replace(/\{#[^}]*\}/g, '');
    if (notags !== s && hasOwn(TL.strings, notags)) return TL.strings[notags];
    return s;
  }
  const ui = (s) => tr(s).replace(/\{#[^}]*\}/g, '');

  // ---------------------------------------------------------------- Python values

  class PyError extends Error {}
  const isNum = (v) => typeof v === 'number' || typeof v === 'boolean';
  const typeName = (v) => v === null ? 'NoneType' : typeof v === 'boolean' ? 'bool'
    : typeof v === 'number' ? (Number.isInteger(v) ? 'int' : 'float') : typeof v === 'string' ? 'str'
    : Array.isArray(v) ? 'list' : 'dict';

  function truthy(v) {
    if (v === null || v === undefined) return false;
    if (Array.isArray(v)) return v.length > 0;
    if (typeof v === 'object') return Object.keys(v).length > 0;
    return !!v;
  }
  function pyFloat(v) {
    let s = String(v);
    if (!/[.e]/.test(s) && isFinite(v)) s += '.0';
    return s.replace(/e([+-])(\d)$/, 'e$10$2');
  }
  function pyRepr(v) {
    if (typeof v === 'string') return "'" + v.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n') + "'";
    return pyStr(v);
  }
  function pyStr(v) {
    if (v === null || v === undefined) return 'None';
    if (v === true) return 'True';
    if (v === false) return 'False';
    if (typeof v === 'number') return Number.isInteger(v) ? String(v) : pyFloat(v);
    if (typeof v === 'string') return v;
    if (Array.isArray(v)) return '[' + v.map(pyRepr).join(', ') + ']';
    return '{' + Object.entries(v).map(([k, x]) => pyRepr(k) + ': ' + pyRepr(x)).join(', ') + '}';
  }
  function pyEq(a, b) {
    if (isNum(a) && isNum(b)) return Number(a) === Number(b);
    if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => pyEq(x, b[i]));
    if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
      const ka = Object.keys(a), kb = Object.keys(b);
      return ka.length === kb.length && ka.every((k) => hasOwn(b, k) && pyEq(a[k], b[k]));
    }
    return a === b;
  }
  function pyLess(a, b) {
    if (isNum(a) && isNum(b)) return Number(a) < Number(b);
    if (typeof a === 'string' && typeof b === 'string') return a < b;
    if (Array.isArray(a) && Array.isArray(b)) {
      for (let i = 0; i < Math.min(a.length, b.length); i++) {
        if (!pyEq(a[i], b[i])) return pyLess(a[i], b[i]);
      }
      return a.length < b.length;
    }
    throw new PyError(`TypeError: '<' not supported between ${typeName(a)} and ${typeName(b)}`);
  }
  function pyCmp(op, a, b) {
    switch (op) {
      case '==': return pyEq(a, b);
      case '!=': return !pyEq(a, b);
      case '<': return pyLess(a, b);
      case '>': return pyLess(b, a);
      case '<=': return pyLess(a, b) || pyEq(a, b);
      case '>=': return pyLess(b, a) || pyEq(a, b);
      case 'is': return a === b;
      case 'is not': return a !== b;
      case 'in': case 'not in': {
        let r;
        if (typeof b === 'string') {
          if (typeof a !== 'string') throw new PyError("TypeError: 'in <string>' requires string as left operand");
          r = b.includes(a);
        } else if (Array.isArray(b)) r = b.some((x) => pyEq(a, x));
        else if (b && typeof b === 'object') r = typeof a === 'string' && hasOwn(b, a);
        else throw new PyError(`TypeError: argument of type '${typeName(b)}' is not iterable`);
        return op === 'in' ? r : !r;
      }
    }
    throw new PyError('unsupported comparison ' + op);
  }
  function pyInt(v, what) {
    if (!isNum(v) || (typeof v === 'number' && !Number.isInteger(v))) throw new PyError(`TypeError: ${what} needs an integer, not ${typeName(v)}`);
    return Number(v);
  }
  function pyBin(op, a, b) {
    const nums = isNum(a) && isNum(b);
    switch (op) {
      case '+':
        if (nums) return Number(a) + Number(b);
        if (typeof a === 'string' && typeof b === 'string') return a + b;
        if (Array.isArray(a) && Array.isArray(b)) return a.concat(b);
        break;
      case '-': if (nums) return Number(a) - Number(b); break;
      case '*':
        if (nums) return Number(a) * Number(b);
        if ((typeof a === 'string' || Array.isArray(a)) && isNum(b)) return repeat(a, pyInt(b, '*'));
        if ((typeof b === 'string' || Array.isArray(b)) && isNum(a)) return repeat(b, pyInt(a, '*'));
        break;
      case '//': case '%':
        if (nums) {
          const x = Number(a), y = Number(b);
          if (y === 0) throw new PyError('ZeroDivisionError: integer division or modulo by zero');
          const q = Math.floor(x / y);
          return op === '//' ? q : x - y * q;
        }
        break;
    }
    throw new PyError(`TypeError: unsupported operand type(s) for ${op}: '${typeName(a)}' and '${typeName(b)}'`);
  }
  function repeat(seq, n) {
    if (typeof seq === 'string') return n > 0 ? seq.repeat(n) : '';
    let r = [];
    for (let i = 0; i < n; i++) r = r.concat(seq);
    return r;
  }
  function pyIdx(a, i) {
    if (Array.isArray(a) || typeof a === 'string') {
      let k = pyInt(i, 'index');
      if (k < 0) k += a.length;
      if (k < 0 || k >= a.length) throw new PyError('IndexError: index out of range');
      return a[k];
    }
    if (a && typeof a === 'object') {
      if (typeof i !== 'string' || !hasOwn(a, i)) throw new PyError('KeyError: ' + pyRepr(i));
      return a[i];
    }
    throw new PyError(`TypeError: '${typeName(a)}' object is not subscriptable`);
  }
  function pyRound(x) {
    const f = Math.floor(x), d = x - f;
    if (d > 0.5) return f + 1;
    if (d < 0.5) return f;
    return f % 2 === 0 ? f : f + 1;
  }
  function builtin(name, args) {
    const seqArgs = () => (args.length === 1 ? (Array.isArray(args[0]) ? args[0] : typeof args[0] === 'string' ? [...args[0]] : null) : args);
    switch (name) {
      case 'len': {
        const v = args[0];
        if (typeof v === 'string' || Array.isArray(v)) return [...(typeof v === 'string' ? [...v] : v)].length;
        if (v && typeof v === 'object') return Object.keys(v).length;
        throw new PyError(`TypeError: object of type '${typeName(v)}' has no len()`);
      }
      case 'min': case 'max': {
        const xs = seqArgs();
        if (!xs || !xs.length) throw new PyError(`ValueError: ${name}() arg is an empty sequence`);
        return xs.reduce((m, x) => (name === 'min' ? (pyLess(x, m) ? x : m) : (pyLess(m, x) ? x : m)));
      }
      case 'abs': if (isNum(args[0])) return Math.abs(Number(args[0])); break;
      case 'int':
        if (isNum(args[0])) return Math.trunc(Number(args[0]));
        if (typeof args[0] === 'string' && /^\s*[+-]?\d+\s*$/.test(args[0])) return parseInt(args[0], 10);
        throw new PyError('ValueError: invalid literal for int(): ' + pyRepr(args[0]));
      case 'str': return pyStr(args[0]);
      case 'bool': return truthy(args[0]);
      case 'round': if (isNum(args[0])) return pyRound(Number(args[0])); break;
    }
    throw new PyError(`TypeError: bad argument to ${name}()`);
  }

  // ---------------------------------------------------------------- the expression interpreter

  let callDepth = 0;

  function ev(e, L) {
    switch (e[0]) {
      case 'c': return e[1];
      case 'v': {
        if (!hasOwn(st.vars, e[1])) throw new PyError(`NameError: name '${e[1]}' is not defined`);
        return st.vars[e[1]];
      }
      case 'l': {
        if (!L || !hasOwn(L, e[1])) throw new PyError(`UnboundLocalError: local variable '${e[1]}' referenced before assignment`);
        return L[e[1]];
      }
      case 'dyn': {
        const n = ev(e[1], L);
        if (typeof n !== 'string' || !hasOwn(st.vars, n)) throw new PyError(`AttributeError: store has no attribute ${pyRepr(n)}`);
        return st.vars[n];
      }
      case 'not': return !truthy(ev(e[1], L));
      case 'neg': case 'pos': {
        const v = ev(e[1], L);
        if (!isNum(v)) throw new PyError(`TypeError: bad operand type for unary ${e[0] === 'neg' ? '-' : '+'}: '${typeName(v)}'`);
        return e[0] === 'neg' ? -Number(v) : Number(v);
      }
      case 'and': { let v = true; for (const x of e[1]) { v = ev(x, L); if (!truthy(v)) return v; } return v; }
      case 'or': { let v = false; for (const x of e[1]) { v = ev(x, L); if (truthy(v)) return v; } return v; }
      case 'cmp': {
        let left = ev(e[1], L);
        for (const [op, r] of e[2]) {
          const right = ev(r, L);
          if (!pyCmp(op, left, right)) return false;
          left = right;
        }
        return true;
      }
      case 'bin': return pyBin(e[1], ev(e[2], L), ev(e[3], L));
      case 'ifx': return truthy(ev(e[1], L)) ? ev(e[2], L) : ev(e[3], L);
      case 'idx': return pyIdx(ev(e[1], L), ev(e[2], L));
      case 'list': return e[1].map((x) => ev(x, L));
      case 'call': return callFunction(e[1], e[2].map((x) => ev(x, L)));
      case 'bi': return builtin(e[1], e[2].map((x) => ev(x, L)));
    }
    throw new PyError('unknown expression ' + e[0]);
  }

  function callFunction(name, args) {
    const fn = S.functions[name];
    if (!fn) throw new PyError(`NameError: name '${name}' is not defined`);
    if (callDepth >= (S.max_call_depth || 50)) throw new PyError('RecursionError: maximum recursion depth exceeded');
    const L = Object.create(null);
    fn.p.forEach((p, i) => { L[p] = args[i]; });
    callDepth++;
    try {
      const r = exec(fn.b, L);
      return r ? r.ret : null;
    } finally {
      callDepth--;
    }
  }

  function assign(t, v, L) {
    switch (t[0]) {
      case 'v': st.vars[t[1]] = v; return;
      case 'l': L[t[1]] = v; return;
      case 'dyn': {
        const n = ev(t[1], L);
        if (typeof n !== 'string' || !NAME_RE.test(n)) throw new PyError('TypeError: attribute name must be an identifier');
        st.vars[n] = v;
        return;
      }
      case 'unpack': {
        const xs = typeof v === 'string' ? [...v] : v;
        if (!Array.isArray(xs)) throw new PyError(`TypeError: cannot unpack non-sequence ${typeName(v)}`);
        if (xs.length !== t[1].length) throw new PyError(`ValueError: expected ${t[1].length} values to unpack, got ${xs.length}`);
        t[1].forEach((sub, i) => assign(sub, xs[i], L));
        return;
      }
    }
    throw new PyError('cannot assign to ' + t[0]);
  }

  function exec(stmts, L) {
    for (const s of stmts) {
      switch (s[0]) {
        case 'set': assign(s[1], ev(s[2], L), L); break;
        case 'aug': assign(s[1], pyBin(s[2], ev(s[1], L), ev(s[3], L)), L); break;
        case 'expr': ev(s[1], L); break;
        case 'if': {
          let done = false;
          for (const [cond, block] of s[1]) {
            if (truthy(ev(cond, L))) { const r = exec(block, L); if (r) return r; done = true; break; }
          }
          if (!done) { const r = exec(s[2], L); if (r) return r; }
          break;
        }
        case 'ret': return { ret: ev(s[1], L) };
        case 'pass': break;
        default: throw new PyError('unknown statement ' + s[0]);
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- text: [var] and {tags}

  function lookupName(name) {
    if (hasOwn(st.vars, name)) return st.vars[name];
    if (hasOwn(S.consts, name)) return S.consts[name];
    throw new PyError(`NameError: name '${name}' is not defined`);
  }

  function interpolate(text, depth) {
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
      let s = pyStr(lookupName(m[1]));
      const flags = m[2] || '';
      if (flags.includes('t')) s = tr(s);
      if (flags.includes('i') && depth < 5) s = interpolate(s, depth + 1);
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
  function renderText(container, text) {
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

  // ---------------------------------------------------------------- images and the stage

  function indexImages() {
    imagesByTag = new Map();
    for (const name of Object.keys(S.images)) {
      const parts = name.split(' ');
      const list = imagesByTag.get(parts[0]) || [];
      list.push({ name, attrs: new Set(parts.slice(1)) });
      imagesByTag.set(parts[0], list);
    }
  }

  /* `show calla -gesture happy`: Ren'Py's negative attributes take a pose (or any attribute)
   * away from the shown image; the rest are wanted. */
  function splitAttributes(attrs) {
    const want = [], drop = [];
    for (const a of attrs) (a.startsWith('-') ? drop : want).push(a.replace(/^-/, ''));
    return { want, drop };
  }

  /* Ren'Py's attribute resolution: the image of `tag` having every attribute in
   * `want`, preferring one whose other attributes the current image already had. */
  function resolveImage(tag, attrs, current) {
    const { want, drop } = splitAttributes(attrs);
    // as Ren'Py: an image named exactly is taken as it is (`calla sad` leaves a pose)
    const exact = [tag, ...want].join(' ');
    if (!drop.length && want.length && (imagesByTag.get(tag) || []).some((c) => c.name === exact)) return exact;
    const cands = (imagesByTag.get(tag) || [])
      .filter((c) => want.every((a) => c.attrs.has(a)) && !drop.some((a) => c.attrs.has(a)));
    if (!cands.length) return null;
    if (!want.length && !drop.length && current && cands.some((c) => c.name === current)) return current;
    const cur = new Set(current ? current.split(' ').slice(1) : []);
    for (const a of drop) cur.delete(a);
    const score = (c) => {
      let extra = 0, keep = 0;
      for (const a of c.attrs) { if (!want.includes(a)) { if (cur.has(a)) keep++; else extra++; } }
      return [extra, -keep, c.attrs.size];
    };
    cands.sort((a, b) => {
      const x = score(a), y = score(b);
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    });
    return cands[0].name;
  }

  const DEFAULT_PLACE = { xpos: ['f', 0.5], xanchor: ['f', 0.5], ypos: ['f', 1.0], yanchor: ['f', 1.0] };

  function placement(at, previous) {
    const pr = Object.assign({}, previous || DEFAULT_PLACE);
    for (const name of at || []) Object.assign(pr, S.transforms[name] || {});
    return pr;
  }

  function findShown(tag) {
    return st.scene.find((x) => x.tag === tag) || null;
  }

  function showImage(tag, imageTag, attrs, at, where) {
    const cur = findShown(tag);
    const name = resolveImage(imageTag, attrs, cur ? cur.im : null);
    if (!name) throw new PyError(`image '${[imageTag, ...attrs].join(' ')}' not found` + (where || ''));
    if (cur) {
      cur.im = name;
      if (at && at.length) { cur.pr = placement(at, cur.pr); startMotion(cur, at); }
    } else {
      const item = { tag, im: name, pr: placement(at, null) };
      startMotion(item, at);
      st.scene.push(item);
    }
  }

  // ---------------------------------------------------------------- motion (stage.rpy's ATL)

  /* A `show ... at pos, motion`: the item keeps where the motion starts (mo.from), its
   * segments and when it began; item.pr becomes where it ends, so the next show (and a
   * reload, a rollback, a skip) starts from a sprite that stands still. */
  function startMotion(item, at) {
    const name = (at || []).find((a) => S.motions && S.motions[a]);
    if (!name) { delete item.mo; return; }
    const from = Object.assign({}, item.pr);
    let end = from;
    for (const seg of S.motions[name]) end = Object.assign({}, end, seg.p);
    item.pr = end;
    item.mo = { name, from, t0: Date.now() };
  }

  function motionSeconds(name) {
    return S.motions[name].reduce((t, seg) => t + seg.d, 0);
  }

  /* One keyframe: the same left/top/size arithmetic as place(), zoom relative to the
   * size place() gave the node (its end state). */
  function motionFrame(im, pr, endZoom) {
    const [W, H] = S.screen;
    const zoom = pr.zoom || 1;
    const w = im.w * zoom, hgt = im.h * zoom;
    const ax = pr.xanchor[0] === 'f' ? pr.xanchor[1] * 100 : (pr.xanchor[1] / w) * 100;
    const ay = pr.yanchor[0] === 'f' ? pr.yanchor[1] * 100 : (pr.yanchor[1] / hgt) * 100;
    return {
      left: pct(pr.xpos, W) + ((pr.xoffset || 0) / W) * 100 + '%',
      top: pct(pr.ypos, H) + ((pr.yoffset || 0) / H) * 100 + '%',
      transform: `translate(${-ax}%, ${-ay}%) scale(${zoom / endZoom})`,
      transformOrigin: `${ax}% ${ay}%`,
      opacity: pr.alpha === undefined ? 1 : pr.alpha,
    };
  }

  /* Test hook: the `at` lists shown since the last interaction, [tag, [transform...]]
   * each, in body.dataset.vnAt (the engine's autoplay trace records the same per line). */
  let staged = [];
  function noteStaging(s) {
    if (s.at && s.at.length) staged.push([s.tag, s.at.slice()]);
  }

  function publishStaging() {
    document.body.dataset.vnAt = JSON.stringify(staged);
    staged = [];
    publishShown();
  }

  /* Test hook: the images on stage (`calla gesture happy`), sorted, in body.dataset.vnShown
   * (the engine's trace records the same per line): poses and expressions resolve alike. */
  function publishShown() {
    document.body.dataset.vnShown = JSON.stringify(st.scene.map((x) => x.im).sort());
  }

  /* Play item.mo on its node from where it is now (a node made for a new expression
   * picks the motion up mid-way); reduced motion and skipping show the end at once. */
  function playMotion(node, item) {
    const mo = item.mo;
    const im = S.images[item.im];
    if (!mo || !S.motions[mo.name] || im.solid) return;
    const total = motionSeconds(mo.name) * 1000;
    const elapsed = Date.now() - mo.t0;
    if (transitionsOff() || elapsed >= total || total <= 0) { delete item.mo; return; }
    if (node.vnMotion === mo) return;
    node.vnMotion = mo;
    const endZoom = item.pr.zoom || 1;
    let pr = mo.from, t = 0;
    const frames = [Object.assign(motionFrame(im, pr, endZoom), { offset: 0 })];
    for (const seg of S.motions[mo.name]) {
      frames[frames.length - 1].easing = seg.e;
      t += seg.d * 1000;
      pr = Object.assign({}, pr, seg.p);
      frames.push(Object.assign(motionFrame(im, pr, endZoom), { offset: t / total }));
    }
    const anim = node.animate(frames, { duration: total });
    anim.currentTime = elapsed;
    node.dataset.motion = mo.name;
    anim.finished.then(() => { delete node.dataset.motion; }, () => {});
  }

  /* config.say_attribute_transition: a line's new expression dissolves in over the old,
   * which stays on the layer (untagged) until it has faded. */
  function crossfade(layer, ghost, node) {
    const tr = S.say_tr ? S.transitions[S.say_tr] : null;
    if (!tr || tr.type !== 'dissolve' || transitionsOff()) return;
    delete ghost.dataset.tag;
    ghost.classList.add('vn-ghost');
    layer.append(ghost);
    const ms = tr.time * 1000;
    node.animate([{ opacity: 0 }, { opacity: 1 }], { duration: ms });
    ghost.animate([{ opacity: 1 }, { opacity: 0 }], { duration: ms, fill: 'forwards' }).finished
      .then(() => ghost.remove(), () => ghost.remove());
  }

  function pct(v, total) {
    return v[0] === 'f' ? v[1] * 100 : (v[1] / total) * 100;
  }

  function place(node, im, pr) {
    const [W, H] = S.screen;
    const s = node.style;
    if (im.solid) {
      s.left = '0'; s.top = '0'; s.width = '100%'; s.height = '100%';
      return;
    }
    const zoom = pr.zoom || 1;
    const w = im.w * zoom * (pr.xzoom || 1);
    const hgt = im.h * zoom * (pr.yzoom || 1);
    s.width = (w / W) * 100 + '%';
    s.height = (hgt / H) * 100 + '%';
    s.left = pct(pr.xpos, W) + ((pr.xoffset || 0) / W) * 100 + '%';
    s.top = pct(pr.ypos, H) + ((pr.yoffset || 0) / H) * 100 + '%';
    const ax = pr.xanchor[0] === 'f' ? pr.xanchor[1] * 100 : (pr.xanchor[1] / w) * 100;
    const ay = pr.yanchor[0] === 'f' ? pr.yanchor[1] * 100 : (pr.yanchor[1] / hgt) * 100;
    s.transform = `translate(${-ax}%, ${-ay}%)`;
    s.opacity = pr.alpha === undefined ? '' : String(pr.alpha);
  }

  function imageNode(name) {
    const im = S.images[name];
    let node;
    if (im.solid) {
      node = h('div', { class: 'vn-sprite vn-solid' });
      if (COLOR_RE.test(im.solid)) node.style.background = im.solid;
    } else {
      node = h('img', { class: 'vn-sprite', src: im.f, alt: '', draggable: 'false' });
    }
    node.dataset.im = name;
    return node;
  }

  function renderStage() {
    const layer = el.layer;
    const existing = new Map();
    for (const c of layer.children) if (c.dataset.tag) existing.set(c.dataset.tag, c);
    const nodes = [];
    const swaps = [];   // [old node, new node] of expressions a line changed
    for (const item of st.scene) {
      let node = existing.get(item.tag);
      if (!node || node.dataset.im !== item.im) {
        const old = node;
        node = imageNode(item.im);
        node.dataset.tag = item.tag;
        if (old && item.xf) swaps.push([old, node]);
      }
      delete item.xf;
      place(node, S.images[item.im], item.pr);
      nodes.push(node);
    }
    layer.replaceChildren(...nodes);
    st.scene.forEach((item, i) => playMotion(nodes[i], item));
    for (const [old, node] of swaps) crossfade(layer, old, node);
  }

  function preload(name) {
    const im = S.images[name];
    if (!im || im.solid || preloaded.has(im.f)) return preloaded.get(im && im.f);
    const img = new Image();
    img.decoding = 'async';
    img.src = im.f;
    const p = img.decode().catch(() => null);
    preloaded.set(im.f, p);
    return p;
  }

  async function imagesReady(timeout) {
    const waits = [];
    for (const item of st.scene) {
      const p = preload(item.im);
      if (p) waits.push(p);
    }
    const side = currentSide();
    if (side) { const p = preload(side); if (p) waits.push(p); }
    if (!waits.length) return;
    await Promise.race([Promise.all(waits), new Promise((r) => setTimeout(r, timeout))]);
  }

  /* Preload the images the next few dozen statements may show. */
  function lookahead(from) {
    const seenIdx = new Set();
    const todo = [[from, 0]];
    let budget = 60;
    while (todo.length && budget-- > 0) {
      const [pc, depth] = todo.shift();
      if (pc < 0 || seenIdx.has(pc) || depth > 3) continue;
      seenIdx.add(pc);
      const s = S.code[pc];
      if ((s.k === 'show' || s.k === 'scene') && s.im) {
        const n = resolveImage(s.im, s.a || [], null);
        if (n) preload(n);
      }
      if (s.k === 'jump' || s.k === 'call') todo.push([s.to, depth]);
      if (s.k === 'menu') for (const it of s.i) todo.push([it.x, depth + 1]);
      if (s.k === 'if') for (const [, n] of s.e) todo.push([n, depth + 1]);
      if (s.x !== undefined) todo.push([s.x, depth]);
    }
  }

  // ---------------------------------------------------------------- transitions

  function transitionsOff() {
    return skipping || ctrlSkip || prefs.skipTransitions || prefs.reduceMotion;
  }

  async function doTransition(name) {
    const tr = name ? S.transitions[name] : null;
    if (!tr || transitionsOff()) { renderStage(); return; }
    setState('busy');
    const old = el.layer.cloneNode(true);
    old.removeAttribute('id');
    old.classList.add('vn-old');
    el.layer.after(old);
    renderStage();
    await imagesReady(800);
    const anims = [];
    let skip = false;
    transitionDone = () => { skip = true; for (const a of anims) a.finish(); };
    try {
      if (tr.type === 'dissolve') {
        const a = old.animate([{ opacity: 1 }, { opacity: 0 }], { duration: tr.time * 1000, fill: 'forwards' });
        anims.push(a);
        await a.finished;
      } else if (tr.type === 'fade') {
        el.fader.style.background = COLOR_RE.test(tr.color) ? tr.color : '#000';
        const a = el.fader.animate([{ opacity: 0 }, { opacity: 1 }], { duration: tr.out * 1000, fill: 'forwards' });
        anims.push(a);
        await a.finished;
        old.remove();
        if (tr.hold > 0 && !skip) {
          const b = el.fader.animate([{ opacity: 1 }, { opacity: 1 }], { duration: tr.hold * 1000, fill: 'forwards' });
          anims.push(b);
          await b.finished;
        }
        const c = el.fader.animate([{ opacity: 1 }, { opacity: 0 }], { duration: skip ? 0 : tr.in * 1000, fill: 'forwards' });
        anims.push(c);
        await c.finished;
      }
    } finally {
      transitionDone = null;
      old.remove();
      for (const a of el.fader.getAnimations()) a.cancel();
    }
  }

  // ---------------------------------------------------------------- game state

  function newState() {
    st = { pc: S.start, tsub: 0, stack: [], vars: Object.create(null), scene: [], side: Object.create(null),
      hist: [], sceneAt: 0, label: null, win: false, audio: { music: null, ambience: null } };
    for (const [name, expr] of S.vars) st.vars[name] = ev(expr, null);
    renderShownScreens();
  }

  function snapshot() {
    return JSON.stringify(st);
  }

  function restore(json) {
    const o = typeof json === 'string' ? JSON.parse(json) : json;
    st = {
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
    for (const k of ['wmode', 'nvlAt']) if (o[k] !== undefined) st[k] = o[k];
    if (Array.isArray(o.screens)) st.screens = o.screens.filter((n) => S.screens && hasOwn(S.screens, n));
    renderShownScreens();
    syncAudio();
  }

  function enterLabel(name) {
    st.label = name;
    body.dataset.vnLabel = name;
    markEndingReached(name);
  }

  // ---------------------------------------------------------------- the runner

  let runGen = 0;

  /* Runs the story from st.pc to the next interaction. A newer run (a load, a
   * rollback, a new game) supersedes an older one still awaiting a transition. */
  async function run() {
    const gen = ++runGen;
    stopTimers();
    waiting = null;
    try {
      await runUntilInteraction(gen);
    } catch (err) {
      if (gen === runGen) fatal(err);
    }
  }

  function where(pc) {
    const s = S.code[pc];
    return s ? `${S.files[s.f]}:${s.l}` : 'the story';
  }

  function fatal(err) {
    const at = st && st.pc >= 0 ? where(st.pc) : '';
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
      if (gen !== runGen) return;
      if (++steps > 200000) throw new PyError('the story ran 200000 statements without showing anything (an endless loop?)');
      const pc = st.pc;
      if (pc < 0 || pc === undefined) { endGame(); return; }
      const s = S.code[pc];
      switch (s.k) {
        case 'label': enterLabel(s.n); st.pc = s.x; break;
        case 'pass': st.pc = s.x; break;
        case 'jump': st.pc = s.to; break;
        case 'call':
          if (st.stack.length > 10000) throw new PyError('call stack too deep');
          st.stack.push(s.x); st.pc = s.to; break;
        case 'ret':
          if (s.e) st.vars._return = ev(s.e, null);
          if (!st.stack.length) { endGame(); return; }
          st.pc = st.stack.pop();
          break;
        case 'if': {
          let to = s.x;
          for (const [cond, next] of s.e) {
            if (cond === null || truthy(ev(cond, null))) { to = next; break; }
          }
          st.pc = to;
          break;
        }
        case 'while': st.pc = truthy(ev(s.c, null)) ? s.b : s.x; break;
        case 'py': exec(s.s, null); st.pc = s.x; break;
        case 'scene':
          st.scene = [];
          st.side = Object.create(null); // as Ren'Py's scene, forget the say attributes of unshown tags
          st.win = false;
          st.sceneAt = st.hist.length;   // a new scene: the phone's transcript starts afresh
          if (s.im) showImage(s.tag, s.im, s.a || [], s.at, '');
          noteStaging(s);
          st.pc = s.x;
          break;
        case 'show': showImage(s.tag, s.im, s.a || [], s.at, ''); noteStaging(s); st.pc = s.x; break;
        case 'hide': st.scene = st.scene.filter((x) => x.tag !== s.tag); st.pc = s.x; break;
        case 'with':
          st.pc = s.x;
          syncWindowForTransition();
          await doTransition(s.tr);
          break;
        case 'say': {
          const block = translatedBlock(s);
          if (block && !block.length) { st.pc = s.x; break; }
          if (s.ni) { displayLine(s, block ? block[0] : s, false); niShown = true; st.pc = s.x; break; }
          await interactSay(s, block ? block[Math.min(st.tsub, block.length - 1)] : s, gen);
          return;
        }
        case 'audio': audioStatement(s); st.pc = s.x; break;
        // window, pause, NVL and screens (the statements real games put around their dialogue)
        case 'window': st.pc = s.x; await windowStatement(s); break;
        case 'pause': if (pauseStatement(s)) return; break;
        case 'nvl_clear': st.nvlAt = st.hist.length; st.pc = s.x; break;
        case 'show_screen': case 'hide_screen': shownScreen(s.n, s.k === 'show_screen'); st.pc = s.x; break;
        case 'call_screen': await callScreen(s, gen); return;
        // a statement the build could not compile (vn web build without --strict warned)
        case 'skip': console.info('vn: skipped ' + s.why); st.pc = s.x; break;
        case 'menu': {
          const r = await interactMenu(s, gen);
          if (r) return;
          st.pc = s.x;
          break;
        }
        default: throw new PyError('unknown statement ' + s.k);
      }
    }
  }

  function translatedBlock(s) {
    if (!TL || !s.tid || !hasOwn(TL.dialogue, s.tid)) return null;
    return TL.dialogue[s.tid];
  }

  function beginInteraction() {
    rollback.push(snapshot());
    if (rollback.length > ROLLBACK_LIMIT) rollback.shift();
  }

  function charOf(who) {
    return S.chars[who === null || who === undefined ? '' : who] || {};
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
    const prev = st.side[tag] || [];
    const name = resolveImage(S.side_tag, [tag, ...line.a], [S.side_tag, tag, ...prev].join(' '));
    st.side[tag] = name ? name.split(' ').slice(2) : line.a.slice();
  }

  function currentSide() {
    if (!waiting || waiting.kind !== 'say') return null;
    const ch = charOf(waiting.line.w);
    if (!ch.img) return null;
    const shown = findShown(ch.img);
    const attrs = shown ? shown.im.split(' ').slice(1) : (st.side[ch.img] || []);
    const cands = (imagesByTag.get(S.side_tag) || []).filter((c) => c.attrs.has(ch.img)
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

  let typing = null;

  function displayLine(stmt, line, interact) {
    applySayAttributes(line);
    const ch = charOf(line.w);
    const name = speakerName(line);
    const text = lineText(line);
    const centered = ch.sp === 'centered';
    st.win = !centered;
    st.hist.push({ w: line.w === undefined ? null : line.w, n: name, c: ch.c || null, t: text,
      wc: ch.wc || null, wi: ch.wi ? 1 : 0, ...(ch.nvl || line.v ? { v: 1 } : {}) });
    const cut = st.hist.length - (S.history_length || 250);
    if (cut > 0) {
      st.hist.splice(0, cut);
      st.sceneAt = Math.max(0, st.sceneAt - cut);
    }
    renderSay(line, name, text, ch, centered);
    return text;
  }

  function renderSay(line, name, text, ch, centered) {
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
    renderTranscript(st.hist.length - 1);   // the scene so far, less this line
    const side = centered ? null : currentSideFor(line);
    el.side.replaceChildren();
    if (side) {
      const im = S.images[side];
      const img = h('img', { src: im.f, alt: '', draggable: 'false' });
      img.style.width = (im.w / S.screen[0]) * 100 + '%';
      el.side.append(img);
    }
  }

  /* The phone layout's transcript: the history entries of this scene before
   * `upto` (CSS hides it elsewhere). Kept scrolled to the end, so the current
   * line below it stays in view. Built from st, so a load or rollback shows
   * what belongs to the restored position. */
  function renderTranscript(upto) {
    if (el.window.classList.contains('is-nvl')) { renderNvlPage(upto); return; }
    const from = Math.max(st.sceneAt, upto - TRANSCRIPT_LIMIT);
    el.transcript.replaceChildren(...st.hist.slice(from, upto).map(historyEntry));
    el.window.scrollTop = el.window.scrollHeight;
  }

  function currentSideFor(line) {
    const saved = waiting;
    waiting = { kind: 'say', line };
    try { return currentSide(); } finally { waiting = saved; }
  }

  function startTyping(segments) {
    clearInterval(timers.type);
    typing = null;
    const cps = prefs.cps;
    if (!cps || skipping || ctrlSkip) return;
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
    typing = {
      finish() {
        for (const s of segs) { s.t.data = s.full; s.hidden.data = ''; }
        clearInterval(timers.type);
        typing = null;
        afterLineShown();
      },
    };
    timers.type = setInterval(() => {
      const n = Math.floor(((performance.now() - t0) / 1000) * cps);
      if (n >= total) { typing && typing.finish(); return; }
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
  function syncWindowForTransition() {
    if (windowMode() === 'show' || (windowMode() === 'auto' && st.win)) {
      el.window.hidden = false;
      el.window.classList.add('is-empty');
      el.window.classList.remove('is-centered', 'is-nvl');
      el.who.textContent = '';
      el.namebox.hidden = true;
      el.what.replaceChildren();
      el.side.replaceChildren();
      renderTranscript(st.hist.length);      // the scene so far stays up through a transition
    } else {
      el.window.hidden = true;
    }
    hideChoices();
  }

  function interactionReady(kind) {
    if (waiting) waiting.ready = true;
    seq++;
    setState(kind);
    publishStaging();
    body.dataset.vnSeq = String(seq);
    el.quick.hidden = false;
    if (metrics.firstLine === undefined && kind === 'say') metrics.firstLine = performance.now();
    doc.dispatchEvent(new CustomEvent('vn:interact', { detail: { seq, kind } }));
  }

  async function interactSay(stmt, line, gen) {
    niShown = false;
    beginInteraction();
    hideChoices();
    waiting = { kind: 'say', stmt, line };
    displayLine(stmt, line, true);
    renderStage();
    if (!(skipping || ctrlSkip)) await imagesReady(1500);
    if (gen !== runGen) return;
    lookahead(stmt.x);
    const wasSeen = seen.has(st.pc);
    markSeen(st.pc);
    waiting.seen = wasSeen;
    interactionReady('say');
    announce([el.who.textContent ? `${el.who.textContent}: ${el.what.textContent}` : el.what.textContent]);
    if (!typing) afterLineShown();
  }

  function afterLineShown() {
    if (!waiting || waiting.kind !== 'say') return;
    if (skipping || ctrlSkip) {
      if (!waiting.seen && !prefs.skipUnseen && !ctrlSkip) { setSkipping(false); }
      else { timers.skip = setTimeout(() => advance(), S.skip_delay ?? 5); return; }
    }
    if (autoForward) {
      const len = (el.what.textContent || '').length;
      const delay = Math.max(500, (prefs.afm * (len + 25) / 250) * 1000);
      timers.auto = setTimeout(() => { if (autoForward && !anyOverlay()) advance(); }, delay);
    }
  }

  /* A non-interacting say (`e "Question?" nointeract`, or the say inside a menu) shows its
   * line with the next interaction: a menu keeps it up as a line of its own, as its caption. */
  let niShown = false;

  async function interactMenu(s, gen) {
    const niLine = niShown;
    niShown = false;
    const items = s.i.map((it, idx) => ({
      idx, text: interpolate(tr(it.t)), enabled: !it.c || truthy(ev(it.c, null)), x: it.x,
      reason: it.r ? interpolate(tr(it.r)) : null,
    }));
    const shown = S.menu_include_disabled ? items : items.filter((it) => it.enabled);
    if (!shown.length) return false;
    beginInteraction();
    waiting = { kind: 'menu', stmt: s, items: shown };
    if (skipping && !prefs.skipAfterChoices) setSkipping(false);
    if (s.cap) {
      displayLine(s, s.nvl ? { w: null, t: s.cap, v: 1 } : { w: null, t: s.cap }, false);
    } else if (niLine) {
      // the line just said stays in the window, a line of its own (in the history already)
    } else {
      // Ren'Py's `window auto` hides the window before a menu without a caption.
      if (windowMode() === 'auto') st.win = false;
      syncWindowForTransition();
      if (!PORTRAIT.matches) showQuestion();
    }
    renderStage();
    el.choices.replaceChildren();
    shown.forEach((it, n) => el.choices.append(choiceButton(it, n)));
    el.choices.hidden = false;
    keepSceneAboveChoices(!!s.cap || niLine);
    await imagesReady(1500);
    if (gen !== runGen) return true;
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
    const q = st.hist[st.hist.length - 1];
    if (!q) return;
    renderSay({ w: q.w }, q.n, q.t, charOf(q.w), false);
    if (typing) typing.finish();
    el.window.dataset.question = '1';
  }

  /* One choice. A locked one shows a padlock, the word Locked and, on a second line,
   * what would have unlocked it (the script's `locked=` argument, as on the desktop);
   * its accessible name stays the choice's text (the rest is aria-hidden), the reason its description. */
  function choiceButton(it, n) {
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
  function hideChoices() {
    el.choices.hidden = true;
    el.choices.replaceChildren();
    el.window.classList.remove('has-choices');
  }

  function keepSceneAboveChoices(captioned) {
    if (!PORTRAIT.matches || (!captioned && st.sceneAt >= st.hist.length)) return;
    if (!captioned) {
      el.window.hidden = false;
      el.window.classList.add('is-empty');
      el.window.classList.remove('is-centered');
      el.namebox.hidden = true;
      el.what.replaceChildren();
      renderTranscript(st.hist.length);
    }
    el.window.classList.add('has-choices');
    el.window.style.setProperty('--choices-h', `${el.choices.offsetHeight}px`);
    el.window.scrollTop = el.window.scrollHeight;
  }

  function choose(item) {
    if (!waiting || !waiting.ready || waiting.kind !== 'menu' || !item.enabled || anyOverlay()) return;
    if (item.actions && !screenActions(item)) return;
    const hadFocus = el.choices.contains(doc.activeElement);
    hideChoices();
    if (el.window.dataset.question) el.window.hidden = true;   // the choice screen's window goes with it
    if (hadFocus) el.advance.focus({ preventScroll: true });   // back to the story, where Enter continues
    st.pc = item.x;
    st.tsub = 0;
    run();
  }

  function advance() {
    if (anyOverlay()) return;
    if (transitionDone) { transitionDone(); return; }
    if (waiting && waiting.ready && waiting.kind === 'pause') { endPause(false); return; }
    if (!waiting || !waiting.ready || waiting.kind !== 'say') return;
    if (typing) { typing.finish(); return; }
    const s = waiting.stmt;
    const block = translatedBlock(s);
    if (block && st.tsub + 1 < block.length) st.tsub += 1;
    else { st.tsub = 0; st.pc = s.x; }
    run();
  }

  function doRollback() {
    if (anyOverlay() || rollback.length < 2 || !waiting || !waiting.ready) return;
    setSkipping(false);
    setAuto(false);
    if (!(waiting.kind === 'pause' && waiting.timed)) rollback.pop();
    const prev = rollback.pop();
    restore(prev);
    el.window.hidden = true;
    renderStage();
    run();
  }

  function endGame() {
    stopTimers();
    waiting = null;
    setSkipping(false);
    setAuto(false);
    rollback = [];
    showTitle();
  }

  // ---------------------------------------------------------------- window, pause, NVL, screens

  /* `window show|hide|auto`: how the window stands between lines (S.window_mode, Ren'Py's
   * config.window, until the story says otherwise). */
  function windowMode() {
    return st.wmode || S.window_mode;
  }

  async function windowStatement(s) {
    st.wmode = s.m;
    if (s.m === 'show') st.win = true;
    if (s.m === 'hide') st.win = false;
    syncWindowForTransition();
    if (s.tr) await doTransition(s.tr);
  }

  /* `pause` waits for a click; `pause N` for N seconds or a click (`hard`: the seconds
   * only). Skipping passes it by. Returns true when the runner waits. */
  function pauseStatement(s) {
    if (skipping || ctrlSkip) { st.pc = s.x; return false; }
    const timed = typeof s.d === 'number';
    if (!timed) beginInteraction();   // an untimed pause is a rollback point, as in Ren'Py
    syncWindowForTransition();
    renderStage();
    waiting = { kind: 'pause', stmt: s, timed, hard: !!s.h };
    if (timed) timers.pause = setTimeout(() => endPause(true), s.d * 1000);
    interactionReady('pause');
    return true;
  }

  function endPause(timeUp) {
    if (!waiting || waiting.kind !== 'pause' || (waiting.hard && !timeUp)) return;
    clearTimeout(timers.pause);
    st.pc = waiting.stmt.x;
    run();
  }

  /* NVL mode: the window fills the screen with the page's lines so far (since the last
   * `nvl clear`), the current one last. */
  function renderNvlPage(upto) {
    const page = st.hist.slice(Math.min(st.nvlAt || 0, upto), upto).filter((e) => e.v);
    el.transcript.replaceChildren(...page.map(historyEntry));
  }

  /* `show screen` / `hide screen` of a screen of text: shown over the stage until hidden. */
  function shownScreen(name, on) {
    const list = (st.screens || []).filter((n) => n !== name);
    if (on) list.push(name);
    st.screens = list;
    renderShownScreens();
  }

  function renderShownScreens() {
    if (!el.screens) return;
    const names = (st && st.screens) || [];
    el.screens.replaceChildren(...names.map((n) => screenTexts(n, 'vn-shown-screen')));
    el.screens.hidden = !names.length;
  }

  function screenTexts(name, cls) {
    const box = h('div', { class: cls, 'data-screen': name });
    for (const t of S.screens[name].t) {
      const p = h('p', { class: 'vn-screen-text' });
      renderText(p, interpolate(tr(t)));
      box.append(p);
    }
    return box;
  }

  /* `call screen NAME`: its texts above its text buttons, played as a menu's choices (keys,
   * focus and the test hooks alike); each button runs its actions (screenActions). */
  async function callScreen(s, gen) {
    const sc = S.screens[s.n];
    beginInteraction();
    if (windowMode() === 'auto') st.win = false;   // config.window_auto_hide has "call screen"
    syncWindowForTransition();
    renderStage();
    const items = sc.b.map((b, idx) => ({ idx, text: interpolate(tr(b.t)), actions: b.a, x: s.x,
      enabled: !b.s || truthy(ev(b.s, null)), reason: null }));
    waiting = { kind: 'menu', stmt: s, items, screen: s.n };
    el.choices.replaceChildren(screenTexts(s.n, 'vn-called-screen'));
    items.forEach((it, n) => el.choices.append(choiceButton(it, n)));
    el.choices.hidden = false;
    await imagesReady(1500);
    if (gen !== runGen) return;
    interactionReady('menu');
    el.choices.focus({ preventScroll: true });
    announce([...sc.t.map((t) => interpolate(tr(t))), `${ui('Choices')}: ${items.map((it, i) => `${i + 1}. ${it.text}`).join('; ')}`]);
  }

  /* A screen button's actions in order: SetVariable sets; Return (its value in _return) or
   * Jump ends the screen. Only SetVariables: the screen stays up, redrawn (false). */
  function screenActions(item) {
    for (const a of item.actions) {
      if (a[0] === 'set') st.vars[a[1]] = ev(a[2], null);
      else if (a[0] === 'ret') { st.vars._return = ev(a[1], null); item.x = waiting.stmt.x; return true; }
      else if (a[0] === 'jump') { item.x = a[1]; return true; }
    }
    const s = waiting.stmt;
    waiting = null;
    rollback.pop();
    callScreen(s, runGen);
    return false;
  }

  // ---------------------------------------------------------------- skip, auto, seen

  function stopTimers() {
    clearTimeout(timers.auto);
    clearTimeout(timers.skip);
    clearTimeout(timers.pause);
  }

  function setSkipping(on) {
    skipping = !!on;
    el['skip-indicator'].hidden = !skipping;
    const b = doc.querySelector('[data-vn=skip]');
    if (b) b.setAttribute('aria-pressed', String(skipping));
    if (skipping && waiting && waiting.ready && waiting.kind === 'say') afterLineShown();
    if (!skipping) clearTimeout(timers.skip);
  }

  function setAuto(on) {
    autoForward = !!on;
    const b = doc.querySelector('[data-vn=auto]');
    if (b) b.setAttribute('aria-pressed', String(autoForward));
    clearTimeout(timers.auto);
    if (autoForward && waiting && waiting.kind === 'say' && !typing) afterLineShown();
  }

  function seenKey() { return `${gameKey}/seen/${S.hash}`; }

  function loadSeen() {
    seen = new Set();
    try {
      const raw = localStorage.getItem(seenKey());
      if (raw) for (const n of JSON.parse(raw)) if (Number.isInteger(n)) seen.add(n);
    } catch (e) { /* unreadable: start afresh */ }
  }

  let seenTimer = 0;
  function markSeen(pc) {
    if (seen.has(pc)) return;
    seen.add(pc);
    clearTimeout(seenTimer);
    seenTimer = setTimeout(() => {
      try { localStorage.setItem(seenKey(), JSON.stringify([...seen])); } catch (e) { /* full */ }
    }, 500);
  }

  // ---------------------------------------------------------------- audio

  /* Music and ambience are part of the game state (st.audio: what should be playing, so a
   * load or a rollback brings back the right track); sounds are one-shots, played only as
   * the story passes them. Browsers refuse to start audio before the player has touched
   * the page, so nothing starts until the first click or key; where audio cannot play at
   * all, the story runs on in silence. */
  const LOOPED = ['music', 'ambience'];
  const audioCh = {};      // channel -> { el, key, fade }
  let audioUnlocked = false;
  let audioSeq = 0;

  function volumeOf(ch) {
    if (prefs.mute) return 0;
    const v = ch === 'music' ? prefs.volMusic : ch === 'ambience' ? prefs.volAmbience : prefs.volSound;
    return Math.max(0, Math.min(100, v)) / 100;
  }

  function channel(ch) {
    if (!audioCh[ch]) {
      const a = h('audio', { 'data-vn': 'audio-' + ch, preload: 'none' });
      a.hidden = true;
      doc.body.append(a);
      audioCh[ch] = { el: a, key: null, fade: 0, list: [], at: 0, gain: 1 };
      a.addEventListener('ended', () => nextInList(ch));
    }
    return audioCh[ch];
  }

  function setGain(c, ch, g) { c.gain = g; c.el.volume = Math.max(0, Math.min(1, g * volumeOf(ch))); }

  /* Ramp the channel's gain to `to` over `secs`; then call `done`. */
  function fadeTo(ch, to, secs, done) {
    const c = channel(ch);
    clearInterval(c.fade);
    if (!(secs > 0) || skipping) { setGain(c, ch, to); if (done) done(); return; }
    const from = c.gain, t0 = performance.now();
    c.fade = setInterval(() => {
      const k = Math.min(1, (performance.now() - t0) / (secs * 1000));
      setGain(c, ch, from + (to - from) * k);
      if (k >= 1) { clearInterval(c.fade); c.fade = 0; if (done) done(); }
    }, 40);
  }

  function startFile(ch, file) {
    const c = channel(ch);
    c.el.src = file;
    const p = c.el.play();
    if (p && p.catch) p.catch(() => { /* blocked or undecodable: stay silent */ });
  }

  function nextInList(ch) {
    const c = channel(ch);
    if (!c.list.length) return;
    if (c.at + 1 < c.list.length) c.at += 1;
    else if (c.loop) c.at = 0;
    else { c.key = LOOPED.includes(ch) ? c.key : null; return; }
    startFile(ch, c.list[c.at]);
  }

  /* What the looped channels should be playing now: the title's music on the main menu. */
  function wanted(ch) {
    if (body.dataset.vnState === 'title') {
      return ch === 'music' && S.main_menu_music ? { fs: [S.main_menu_music], lp: true, n: 0, fi: 1 } : null;
    }
    return st && st.audio ? st.audio[ch] : null;
  }

  function syncAudio(fadeOut) {
    if (!S || !prefs) return;
    for (const ch of LOOPED) {
      const want = audioUnlocked ? wanted(ch) : null;
      const key = want ? want.fs.join('|') + '#' + want.n : null;
      const c = channel(ch);
      if (key === c.key) continue;
      c.key = key;
      const begin = () => {
        if (!want || c.key !== key) return;
        c.list = want.fs.slice(); c.at = 0; c.loop = want.lp !== false;
        c.el.loop = c.loop && c.list.length === 1;
        setGain(c, ch, want.fi ? 0 : 1);
        startFile(ch, c.list[0]);
        if (want.fi) fadeTo(ch, 1, want.fi);
      };
      if (!c.el.paused && c.el.src) {
        fadeTo(ch, 0, fadeOut === undefined ? 0.5 : fadeOut, () => { c.el.pause(); begin(); });
      } else begin();
    }
  }

  function audioStatement(s) {
    const looped = LOOPED.includes(s.ch);
    if (looped) {
      const cur = st.audio[s.ch];
      if (s.op === 'stop') st.audio[s.ch] = null;
      else if (s.op === 'queue' && cur) st.audio[s.ch] = Object.assign({}, cur, { fs: cur.fs.concat(s.fs) });
      else if (!(s.ic && cur && cur.fs.join('|') === s.fs.join('|'))) {
        st.audio[s.ch] = { fs: s.fs.slice(), lp: s.lp !== undefined ? s.lp : S.audio_loop[s.ch], n: ++audioSeq, fi: s.fi || 0 };
      }
      syncAudio(s.fo);
      return;
    }
    const c = channel(s.ch);
    if (s.op === 'stop') { fadeTo(s.ch, 0, s.fo || 0, () => c.el.pause()); return; }
    if (!audioUnlocked || skipping) return;   // an effect belongs to its moment
    if (s.op === 'queue' && !c.el.paused && !c.el.ended) { c.list = c.list.concat(s.fs); return; }
    c.list = s.fs.slice(); c.at = 0; c.loop = !!s.lp; c.el.loop = false;
    setGain(c, s.ch, 1);
    startFile(s.ch, c.list[0]);
  }

  function applyVolumes() {
    for (const [ch, c] of Object.entries(audioCh)) setGain(c, ch, c.gain);
  }

  function unlockAudio() {
    if (audioUnlocked) return;
    audioUnlocked = true;
    body.dataset.vnAudio = 'on';
    syncAudio(0);
  }

  // ---------------------------------------------------------------- interface sounds

  /* The game's button sounds (its `style button` hover_sound and activate_sound, story.json
   * `ui_sounds`), on the actions Ren'Py plays them on: a tick when the pointer or the keyboard
   * focus comes to a button, a click when one is pressed. Clicking the dialogue on is not a
   * button (silent, as on the desktop); a held key repeats no tick and no click; they play at
   * the Sound volume, so 0 or Mute All silences them, and only once the page may make sound. */
  const uiSoundEls = {};
  let uiHovered = null;      // the button the last tick was for: moving within it is silent
  let uiKeyHeld = false;     // the last keydown was a key's auto-repeat
  let uiNavAt = -1e9;        // when a key last moved the focus (Tab, arrows), not held
  const UI_NAV_KEYS = new Set(['Tab', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);
  let uiLastTick = 0;
  const UI_TICK_GAP_MS = 60; // sweeping the pointer over a column of buttons: ticks, not a buzz

  function uiButton(target) {
    const b = target && target.closest ? target.closest('button') : null;
    return b && !b.disabled && b.dataset.vn !== 'advance' ? b : null;
  }

  function uiSound(kind) {
    const file = S && S.ui_sounds ? S.ui_sounds[kind] : null;
    const volume = volumeOf('sound');
    if (!file || !audioUnlocked || !(volume > 0)) return;
    let a = uiSoundEls[kind];
    if (!a) {
      a = uiSoundEls[kind] = h('audio', { 'data-vn': 'ui-' + kind, preload: 'auto', src: file });
      a.hidden = true;
      doc.body.append(a);
    }
    a.volume = volume;
    a.currentTime = 0;
    const p = a.play();
    if (p && p.catch) p.catch(() => { /* blocked or undecodable: stay silent */ });
  }

  function uiTick(b) {
    if (b === uiHovered) return;
    uiHovered = b;
    const now = performance.now();
    if (!b || now - uiLastTick < UI_TICK_GAP_MS) return;
    uiLastTick = now;
    uiSound('hover');
  }

  function wireInterfaceSounds() {
    doc.addEventListener('keydown', (e) => {
      uiKeyHeld = e.repeat;
      if (e.repeat) uiNavAt = -1e9;   // a held key: its repeats move the focus in silence
      else if (UI_NAV_KEYS.has(e.key)) uiNavAt = performance.now();
    }, { capture: true });
    doc.addEventListener('pointerover', (e) => uiTick(uiButton(e.target)));
    // Focus the player moves itself (a menu opening) is not the player's hover: only a key's.
    doc.addEventListener('focusin', (e) => {
      if (performance.now() - uiNavAt < 200) uiTick(uiButton(e.target));
    });
    doc.addEventListener('click', (e) => {
      // detail 0: pressed from the keyboard; a held Enter repeats the click, not the sound.
      if (uiButton(e.target) && !(e.detail === 0 && uiKeyHeld)) uiSound('select');
    }, { capture: true });
  }

  // ---------------------------------------------------------------- screen readers and self-voicing

  /* What a sighted player learns from the picture: the background's or illustration's text
   * alternative (story.json's `alt`, from the art's title) and who is on screen. */
  const synth = window.speechSynthesis || null;
  let lastScene = '';

  function personName(tag) {
    for (const ch of Object.values(S.chars)) {
      if (ch.img === tag && typeof ch.n === 'string' && ch.n) return interpolateSafe(tr(ch.n));
    }
    const words = tag.replace(/_/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  function sceneDescription() {
    const pictures = [], people = [];
    for (const item of st.scene) {
      const im = S.images[item.im];
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
  function announce(texts) {
    const scene = sceneDescription();
    el.scene.textContent = scene;
    if (skipping || ctrlSkip) return;    // skipped lines are not read out (nor in Ren'Py)
    const all = (scene && scene !== lastScene ? [scene] : []).concat(texts.filter((t) => t));
    lastScene = scene;
    el.live.textContent = all.join('\n');
    if (!prefs.voice || !synth) return;
    synth.cancel();
    for (const t of all) {
      const u = new SpeechSynthesisUtterance(t);
      u.rate = prefs.voiceRate;
      u.lang = doc.documentElement.lang || 'en';
      synth.speak(u);
    }
  }

  // ---------------------------------------------------------------- preferences

  function loadPrefs() {
    const defaults = { cps: S.defaults.text_cps || 0, afm: S.defaults.afm_time || 15, skipUnseen: false,
      skipAfterChoices: false, skipTransitions: false, lang: null,
      volMusic: 70, volSound: 80, volAmbience: 60, mute: false,
      // Accessibility (issue 16): text size step, high contrast, the dyslexia-friendly font,
      // no fades or shakes (the system's prefers-reduced-motion until the player says otherwise),
      // self-voicing and its rate.
      textSize: 0, contrast: false, dyslexic: false, reduceMotion: REDUCED_MOTION.matches,
      voice: false, voiceRate: 1 };
    let stored = {};
    try { stored = JSON.parse(localStorage.getItem(`${gameKey}/prefs`) || '{}') || {}; } catch (e) { stored = {}; }
    prefs = Object.assign(defaults, {});
    for (const k of Object.keys(defaults)) {
      if (hasOwn(stored, k) && (typeof stored[k] === typeof defaults[k] || (k === 'lang'))) prefs[k] = stored[k];
    }
    if (prefs.lang !== null && (typeof prefs.lang !== 'string' || !hasOwn(S.languages, prefs.lang))) prefs.lang = null;
    prefs.cps = Math.max(0, Math.min(200, Number(prefs.cps) || 0));
    prefs.afm = Math.max(1, Math.min(40, Number(prefs.afm) || 15));
    for (const k of ['volMusic', 'volSound', 'volAmbience']) prefs[k] = Math.max(0, Math.min(100, Number(prefs[k]) || 0));
    prefs.textSize = Math.max(0, Math.min(TEXT_SIZES.length - 1, Math.round(Number(prefs.textSize) || 0)));
    prefs.voiceRate = Math.max(0.5, Math.min(2, Number(prefs.voiceRate) || 1));
    applyPrefs();
  }

  /* The display preferences, as attributes on <html> that player.css styles by. */
  function applyPrefs() {
    const r = doc.documentElement.dataset;
    r.textSize = String(prefs.textSize);
    r.contrast = prefs.contrast ? 'high' : '';
    r.font = prefs.dyslexic && S.dyslexic_font ? 'dyslexic' : '';
    r.motion = prefs.reduceMotion ? 'reduce' : '';
  }

  function savePrefs() {
    try { localStorage.setItem(`${gameKey}/prefs`, JSON.stringify(prefs)); } catch (e) { /* full */ }
  }

  async function setLanguage(lang) {
    if (lang !== null && !hasOwn(S.languages, lang)) lang = null;
    if (lang === null) TL = null;
    else {
      const res = await fetch(`tl/${encodeURIComponent(lang)}.json`);
      if (!res.ok) throw new Error(`tl/${lang}.json: ${res.status}`);
      const data = await res.json();
      TL = { dialogue: data.dialogue || {}, strings: data.strings || {} };
    }
    prefs.lang = lang;
    savePrefs();
    doc.documentElement.lang = lang ? (S.language_codes[lang] || 'und') : (S.lang_code || 'en');
    translateUi();
  }

  // ---------------------------------------------------------------- saves

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

  function slotKey(slot) { return `${gameKey}/save/${slot}`; }

  function saveRecord() {
    const snap = rollback[rollback.length - 1];
    if (!snap) return null;
    const state = JSON.parse(snap);
    const last = state.hist.length ? state.hist[state.hist.length - 1] : null;
    const bg = state.scene.length ? state.scene[0].im : null;
    return {
      format: SAVE_FORMAT, version: SAVE_VERSION, story: S.hash, time: Date.now(),
      label: state.label, lang: prefs.lang,
      preview: waiting && waiting.kind === 'say' ? (el.what.textContent || '') : (last ? last.t : ''),
      thumb: bg, state,
    };
  }

  function doSave(slot) {
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
  function readSlot(slot) {
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
    if (rec.version !== SAVE_VERSION) return { bad: SAVE_MESSAGES.otherPlayer };
    if (rec.story !== S.hash) return { bad: SAVE_MESSAGES.otherGame };
    const problem = checkState(rec.state);
    if (problem) return { bad: SAVE_MESSAGES.damaged, detail: problem };
    return { ok: true, rec };
  }

  function checkState(o) {
    const isInt = Number.isInteger;
    const n = S.code.length;
    if (!o || typeof o !== 'object') return 'no state';
    if (!isInt(o.pc) || o.pc < 0 || o.pc >= n) return 'bad pc';
    const k = S.code[o.pc].k;
    if (!['say', 'menu', 'pause', 'call_screen'].includes(k)) return 'pc not at an interaction';
    if (o.tsub !== undefined && (!isInt(o.tsub) || o.tsub < 0 || o.tsub > 1000)) return 'bad tsub';
    if (!Array.isArray(o.stack) || o.stack.length > 10000 || !o.stack.every((x) => isInt(x) && x >= -1 && x < n)) return 'bad stack';
    if (!o.vars || typeof o.vars !== 'object' || Array.isArray(o.vars)) return 'bad vars';
    for (const [name] of S.vars) if (!hasOwn(o.vars, name)) return 'missing variable ' + name;
    if (!Array.isArray(o.scene)) return 'bad scene';
    const tags = new Set();
    for (const x of o.scene) {
      if (!x || typeof x.tag !== 'string' || tags.has(x.tag) || typeof x.im !== 'string' || !hasOwn(S.images, x.im)) return 'bad scene item';
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
    return null;
  }

  async function doLoad(slot) {
    const r = readSlot(slot);
    if (r.empty) return false;
    if (r.bad) { notify(r.bad); return false; }
    closeMenu();
    hideTitle();
    stopTimers();
    setSkipping(false);
    setAuto(false);
    waiting = null;
    restore(r.rec.state);
    rollback = [];
    if (typeof r.rec.label === 'string') enterLabel(r.rec.label);
    el.window.hidden = true;
    renderStage();
    await run();
    return true;
  }

  function deleteSlot(slot) {
    try { localStorage.removeItem(slotKey(slot)); } catch (e) { /* nothing to do */ }
  }

  // ---------------------------------------------------------------- screens

  function anyOverlay() {
    return !el.menu.hidden || !el.confirm.hidden || !el.error.hidden || !el.title.hidden;
  }

  function notify(message) {
    el.notice.textContent = message;
    el.notice.hidden = false;
    clearTimeout(timers.notice);
    timers.notice = setTimeout(() => { el.notice.hidden = true; }, 4000);
  }

  function confirmBox(message) {
    return new Promise((resolve) => {
      el['confirm-text'].textContent = message;
      el.confirm.hidden = false;
      const done = (v) => {
        el.confirm.hidden = true;
        el['confirm-yes'].onclick = null;
        el['confirm-no'].onclick = null;
        resolve(v);
      };
      el['confirm-yes'].onclick = () => done(true);
      el['confirm-no'].onclick = () => done(false);
      el['confirm-no'].focus();
    });
  }

  function translateUi() {
    for (const e of doc.querySelectorAll('[data-ui]')) e.textContent = ui(e.dataset.ui);
    for (const e of doc.querySelectorAll('[data-ui-label]')) e.setAttribute('aria-label', ui(e.dataset.uiLabel));
    if (!el.menu.hidden && body.dataset.vnScreen) openMenu(body.dataset.vnScreen);
  }

  function showTitle() {
    setState('title');
    lastScene = '';
    if (synth) synth.cancel();
    syncAudio(1);
    body.dataset.vnScreen = '';
    el.menu.hidden = true;
    el.title.hidden = false;
    el.quick.hidden = true;
    el.window.hidden = true;
    el.choices.hidden = true;
    el.layer.replaceChildren();
    el.side.replaceChildren();
  }

  function hideTitle() {
    el.title.hidden = true;
  }

  async function startGame() {
    closeMenu();
    hideTitle();
    setSkipping(false);
    setAuto(false);
    rollback = [];
    newState();
    setState('busy');
    syncAudio(1);
    el.layer.replaceChildren();
    el.window.hidden = true;
    await run();
  }

  let menuReturnFocus = null;
  const MENU_SCREENS = ['history', 'save', 'load', 'preferences', 'about', 'help', 'endings'];

  function openMenu(name) {
    if (!MENU_SCREENS.includes(name)) name = 'preferences';
    if (transitionDone) transitionDone();
    stopTimers();
    setSkipping(false);
    el.menu.hidden = false;
    body.dataset.vnScreen = name;
    const inGame = el.title.hidden;
    el.menu.classList.toggle('from-title', !inGame);
    el['menu-nav'].replaceChildren(...navButtons(inGame, name));
    const titles = { history: 'History', save: 'Save', load: 'Load', preferences: 'Preferences', about: 'About', help: 'Help',
      endings: 'Endings' };
    el['menu-title'].textContent = ui(titles[name]);
    const content = { history: historyScreen, save: () => slotsScreen('save'), load: () => slotsScreen('load'),
      preferences: prefsScreen, about: aboutScreen, help: helpScreen, endings: endingsScreen }[name]();
    el['menu-body'].replaceChildren(content);
    el['menu-body'].scrollTop = name === 'history' ? el['menu-body'].scrollHeight : 0;
    // A screen reader hears the screen's name; closing the screen gives the focus back.
    if (!el.menu.contains(doc.activeElement)) {
      // (not a quick-menu button the mouse pressed: Enter must go on advancing the story)
      const from = doc.activeElement;
      menuReturnFocus = from && from.closest && from.closest('#quick') && !from.matches(':focus-visible') ? null : from;
      el['menu-title'].focus({ preventScroll: true });
    } else if (!doc.activeElement.isConnected || doc.activeElement === doc.body) {
      el['menu-title'].focus({ preventScroll: true });
    }
  }

  function closeMenu() {
    const hadFocus = el.menu.contains(doc.activeElement) || doc.activeElement === doc.body;
    el.menu.hidden = true;
    body.dataset.vnScreen = '';
    if (hadFocus && menuReturnFocus && menuReturnFocus.isConnected && menuReturnFocus !== doc.body) {
      menuReturnFocus.focus({ preventScroll: true });
    }
    menuReturnFocus = null;
    if (el.title.hidden && waiting && waiting.kind === 'say' && (autoForward || skipping) && !typing) {
      afterLineShown();
    }
  }

  function navButtons(inGame, current) {
    const b = (label, vn, fn) => h('button', { type: 'button', class: 'vn-nav-button', 'data-vn': vn,
      'aria-current': vn === 'nav-' + current ? 'page' : null, on: { click: fn } }, ui(label));
    const rv = [];
    if (!inGame) rv.push(b('Start', 'nav-start', () => startGame()));
    else { rv.push(b('History', 'nav-history', () => openMenu('history'))); rv.push(b('Save', 'nav-save', () => openMenu('save'))); }
    rv.push(b('Load', 'nav-load', () => openMenu('load')));
    rv.push(b('Preferences', 'nav-preferences', () => openMenu('preferences')));
    if (inGame) rv.push(b('Main Menu', 'nav-main-menu', async () => {
      if (await confirmBox(ui('Are you sure you want to return to the main menu?\nThis will lose unsaved progress.'))) {
        closeMenu(); endGame();
      }
    }));
    if (!inGame && S.gallery && S.gallery.length) rv.push(b('Endings', 'nav-endings', () => openMenu('endings')));
    rv.push(b('About', 'nav-about', () => openMenu('about')));
    rv.push(b('Help', 'nav-help', () => openMenu('help')));
    rv.push(h('span', { class: 'vn-nav-gap' }));
    rv.push(b('Return', 'return', () => closeMenu()));
    return rv;
  }

  function historyScreen() {
    const list = h('div', { class: 'vn-history', 'data-vn': 'history', role: 'log' });
    const entries = st && el.title.hidden ? st.hist : [];
    if (!entries.length) list.append(h('p', { class: 'vn-history-empty' }, ui('The dialogue history is empty.')));
    for (const e of entries) list.append(historyEntry(e));
    return list;
  }

  /* One st.hist entry as the history screen and the phone's transcript show it. */
  function historyEntry(e) {
    const who = h('div', { class: 'vn-history-who' }, e.n || '');
    if (e.c && COLOR_RE.test(e.c)) who.style.color = e.c;
    const what = h('div', { class: 'vn-history-what' });
    renderText(what, e.t);
    if (e.wc && COLOR_RE.test(e.wc)) what.style.color = e.wc;
    if (e.wi) what.style.fontStyle = 'italic';
    return h('div', { class: 'vn-history-entry' + (e.n ? '' : ' is-narration') }, who, what);
  }

  let slotPage = '1';

  function formatTime(t) {
    try {
      return new Date(t).toLocaleString(doc.documentElement.lang || undefined,
        { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
    } catch (e) { return new Date(t).toISOString(); }
  }

  function slotsScreen(mode) {
    const wrap = h('div', { class: 'vn-slots-screen' });
    const grid = h('div', { class: 'vn-slots', role: 'list' });
    const pages = h('div', { class: 'vn-pages', role: 'tablist' });
    const pageNames = [...Array(PAGES).keys()].map((i) => String(i + 1));
    if (mode === 'load') pageNames.push('q');
    if (!pageNames.includes(slotPage)) slotPage = '1';
    for (const p of pageNames) {
      pages.append(h('button', { type: 'button', class: 'vn-page', role: 'tab', 'data-vn': 'page', 'data-page': p,
        'aria-selected': String(p === slotPage), title: p === 'q' ? ui('Quick saves') : null,
        on: { click: () => { slotPage = p; openMenu(mode); } } }, p === 'q' ? 'Q' : p));
    }
    const slots = slotPage === 'q' ? ['quick'] : [...Array(SLOTS_PER_PAGE).keys()].map((i) => `${slotPage}-${i + 1}`);
    const inGame = el.title.hidden && !!st;
    for (const slot of slots) {
      const info = readSlot(slot);
      const cell = h('div', { class: 'vn-slot-cell', role: 'listitem' });
      const btn = h('button', { type: 'button', class: 'vn-slot', 'data-vn': 'slot', 'data-slot': slot,
        disabled: (mode === 'load' && info.empty) || (mode === 'save' && !inGame) });
      const thumb = h('div', { class: 'vn-slot-thumb' });
      if (info.ok && info.rec.thumb && hasOwn(S.images, info.rec.thumb) && S.images[info.rec.thumb].f) {
        thumb.append(h('img', { src: S.images[info.rec.thumb].f, alt: '', draggable: 'false', loading: null }));
      }
      let label;
      if (info.empty) label = ui('empty slot');
      else if (info.bad) { label = info.bad; btn.classList.add('is-bad'); }
      else label = formatTime(info.rec.time);
      const preview = info.ok ? String(info.rec.preview || '').replace(/\{[^}]*\}/g, '').slice(0, 90) : '';
      btn.append(thumb, h('span', { class: 'vn-slot-time' }, label), h('span', { class: 'vn-slot-preview' }, preview));
      btn.addEventListener('click', async () => {
        if (mode === 'save') {
          if (!info.empty && !(await confirmBox(ui('Are you sure you want to overwrite your save?')))) return;
          if (doSave(slot)) openMenu('save');
        } else {
          if (info.bad) { notify(info.bad); return; }
          if (inGame && !(await confirmBox(ui('Loading will lose unsaved progress.\nAre you sure you want to do this?')))) return;
          await doLoad(slot);
        }
      });
      cell.append(btn);
      if (!info.empty) {
        cell.append(h('button', { type: 'button', class: 'vn-slot-delete', 'data-vn': 'slot-delete', 'data-slot': slot,
          'aria-label': ui('Delete'), title: ui('Delete'), on: { click: async () => {
            if (await confirmBox(ui('Are you sure you want to delete this save?'))) { deleteSlot(slot); openMenu(mode); }
          } } }, '\u00d7'));
      }
      grid.append(cell);
    }
    wrap.append(grid, pages);
    return wrap;
  }

  function prefsScreen() {
    const wrap = h('div', { class: 'vn-prefs' });
    const group = (title, ...kids) => h('section', { class: 'vn-pref-group' }, h('h3', {}, ui(title)), ...kids);
    const toggle = (label, vn, get, set) => {
      const b = h('button', { type: 'button', class: 'vn-toggle', 'data-vn': vn, 'aria-pressed': String(!!get()) }, ui(label));
      b.addEventListener('click', () => { set(!get()); savePrefs(); b.setAttribute('aria-pressed', String(!!get())); });
      return b;
    };
    wrap.append(group('Skip',
      toggle('Unseen Text', 'pref-skip-unseen', () => prefs.skipUnseen, (v) => { prefs.skipUnseen = v; }),
      toggle('After Choices', 'pref-skip-after-choices', () => prefs.skipAfterChoices, (v) => { prefs.skipAfterChoices = v; }),
      toggle('Transitions', 'pref-transitions', () => prefs.skipTransitions, (v) => { prefs.skipTransitions = v; })));
    const langs = Object.keys(S.languages);
    if (langs.length) {
      const btns = [h('button', { type: 'button', class: 'vn-toggle', 'data-vn': 'lang', 'data-lang': '',
        'aria-pressed': String(prefs.lang === null), lang: S.lang_code || 'en' }, S.lang_name || 'English')];
      for (const l of langs) {
        btns.push(h('button', { type: 'button', class: 'vn-toggle', 'data-vn': 'lang', 'data-lang': l,
          'aria-pressed': String(prefs.lang === l), lang: S.language_codes[l] || null }, S.languages[l]));
      }
      for (const b of btns) {
        b.addEventListener('click', async () => {
          try { await setLanguage(b.dataset.lang || null); } catch (e) { notify(String(e.message || e)); return; }
          if (waiting && el.title.hidden) rerunCurrent();
          openMenu('preferences');
        });
      }
      wrap.append(group('Language', ...btns));
    }
    const slider = (label, vn, min, max, step, get, set, shown) => {
      const id = 'pref-' + vn;
      const input = h('input', { type: 'range', id, min, max, step, value: get(), 'data-vn': vn });
      const out = h('span', { class: 'vn-slider-value' }, shown(get()));
      input.addEventListener('input', () => { set(Number(input.value)); out.textContent = shown(get()); savePrefs(); });
      return h('div', { class: 'vn-slider' }, h('label', { for: id }, ui(label)), input, out);
    };
    // Text speed: the right end is instant (cps 0), as in Ren'Py.
    wrap.append(group('Text Speed', slider('Text Speed', 'pref-text-speed', 0, 100, 1,
      () => (prefs.cps === 0 ? 100 : Math.min(99, prefs.cps)), (v) => { prefs.cps = v >= 100 ? 0 : Math.max(1, v); },
      (v) => (v >= 100 ? '\u221e' : `${v} cps`))));
    wrap.append(group('Auto-Forward Time', slider('Auto-Forward Time', 'pref-afm', 1, 40, 1,
      () => prefs.afm, (v) => { prefs.afm = v; }, (v) => String(v))));
    // Three sliders under one heading: each shows its name, as Ren'Py's Preferences does.
    const vol = (label, vn, key) => {
      const s = slider(label, vn, 0, 100, 1, () => prefs[key], (v) => { prefs[key] = v; applyVolumes(); }, (v) => `${v}%`);
      s.classList.add('vn-slider-named');
      return s;
    };
    wrap.append(accessibilityGroup(group, toggle, slider));
    wrap.append(group('Volume', vol('Music Volume', 'music-volume', 'volMusic'),
      vol('Sound Volume', 'sound-volume', 'volSound'), vol('Ambience Volume', 'ambience-volume', 'volAmbience'),
      toggle('Mute All', 'pref-mute', () => prefs.mute, (v) => { prefs.mute = v; applyVolumes(); })));
    return wrap;
  }

  /* Text size, contrast, font, motion and self-voicing; Ren'Py's own accessibility menu
   * (Shift+A) names, so a game's translation of Ren'Py's strings covers most of them. */
  function accessibilityGroup(group, toggle, slider) {
    const choice = (vn, options, get, set) => options.map(([value, label]) => {
      const b = h('button', { type: 'button', class: 'vn-toggle', 'data-vn': vn, 'data-value': String(value),
        'aria-pressed': String(get() === value) }, label);
      b.addEventListener('click', () => {
        set(value); applyPrefs(); savePrefs();
        for (const o of b.parentNode.querySelectorAll(`[data-vn=${vn}]`)) o.setAttribute('aria-pressed', String(o === b));
      });
      return b;
    });
    const row = (label, ...kids) => h('div', { class: 'vn-pref-row', role: 'group', 'aria-label': ui(label) },
      h('span', { class: 'vn-pref-label', 'aria-hidden': 'true' }, ui(label)), ...kids);
    const applied = (set) => (v) => { set(v); applyPrefs(); };
    const kids = [
      row('Text Size Scaling', ...choice('pref-text-size', TEXT_SIZES.map((p, i) => [i, `${p}%`]),
        () => prefs.textSize, (v) => { prefs.textSize = v; })),
      toggle('High Contrast Text', 'pref-contrast', () => prefs.contrast, applied((v) => { prefs.contrast = v; })),
    ];
    if (S.dyslexic_font) {
      kids.push(row('Font Override', ...choice('pref-font', [[false, ui('Default')], [true, 'OpenDyslexic']],
        () => prefs.dyslexic, (v) => { prefs.dyslexic = v; })));
    }
    kids.push(toggle('Reduce Motion', 'pref-motion', () => prefs.reduceMotion, applied((v) => { prefs.reduceMotion = v; })));
    if (synth) {
      kids.push(toggle('Self-Voicing', 'pref-voice', () => prefs.voice, (v) => { prefs.voice = v; if (!v) synth.cancel(); }));
      kids.push(slider('Voice Rate', 'pref-voice-rate', 5, 20, 1, () => Math.round(prefs.voiceRate * 10),
        (v) => { prefs.voiceRate = v / 10; }, (v) => `${(v / 10).toFixed(1)}\u00d7`));
    }
    return group('Accessibility', ...kids);
  }

  function rerunCurrent() {
    const snap = rollback.pop();
    if (!snap) return;
    restore(snap);
    st.tsub = 0;
    run();
  }

  // ---------------------------------------------------------------- endings gallery
  // game/gallery.rpy's rule: entering ENDING.title_card (the ending's title card) marks
  // ENDING reached; the set lives in browser storage beside the saves and preferences.

  function endingsKey() { return `${gameKey}/endings`; }

  function reachedEndings() {
    try {
      const v = JSON.parse(localStorage.getItem(endingsKey()) || '[]');
      return new Set(Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
    } catch (e) {
      return new Set();
    }
  }

  function markEndingReached(label) {
    const [ending, local] = String(label).split('.');
    if (local !== 'title_card' || !ending.startsWith('ending_')) return;
    const got = reachedEndings();
    if (got.has(ending)) return;
    got.add(ending);
    try { localStorage.setItem(endingsKey(), JSON.stringify([...got].sort())); } catch (e) { /* full */ }
  }

  function endingsScreen() {
    const got = reachedEndings();
    const entries = S.gallery || [];
    const count = entries.filter((g) => got.has(g.label)).length;
    const wrap = h('div', { class: 'vn-endings', 'data-vn': 'endings' },
      h('p', { class: 'vn-endings-count' },
        ui('[reached] of [total] endings reached').replace('[reached]', count).replace('[total]', entries.length)));
    const list = h('ul', { class: 'vn-endings-list' });
    for (const g of entries) {
      const family = tr(g.family_name);
      const picture = h('img', { class: 'vn-endings-picture', src: S.images[g.image].f, alt: '', draggable: 'false' });
      let card;
      if (got.has(g.label)) {
        const name = `${tr(g.name)} \u2014 ${tr(g.variant)}`;
        card = h('button', { type: 'button', class: 'vn-endings-card', 'data-vn': 'ending-reached', 'data-ending': g.label,
          on: { click: (e) => showIllustration(g, name, e.currentTarget) } },
        picture, h('span', { class: 'vn-endings-name' }, name), h('span', { class: 'vn-endings-family' }, family));
      } else {
        card = h('div', { class: 'vn-endings-card vn-endings-locked', 'data-vn': 'ending-locked', 'data-ending': g.label },
          picture, h('span', { class: 'vn-endings-name' }, ui('Not reached yet')),
          h('span', { class: 'vn-endings-family' }, family));
      }
      list.append(h('li', {}, card));
    }
    wrap.append(list);
    return wrap;
  }

  /* The reached ending's closing illustration over the whole game; Escape, a click or
   * Return closes it and gives the focus back to its card. */
  function showIllustration(g, name, from) {
    const close = () => { viewer.remove(); if (from && from.isConnected) from.focus({ preventScroll: true }); };
    const back = h('button', { type: 'button', class: 'vn-viewer-close', 'data-vn': 'viewer-close', on: { click: close } }, ui('Return'));
    const viewer = h('div', { class: 'vn-viewer', 'data-vn': 'viewer', role: 'dialog', 'aria-modal': 'true', 'aria-label': name,
      on: { click: (e) => { if (e.target === viewer || e.target.tagName === 'IMG') close(); },
        keydown: (e) => { if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); close(); } } } },
    h('img', { src: S.images[g.image].f, alt: tr(S.images[g.image].alt || '') || name, draggable: 'false' }), back);
    el.game.append(viewer);
    back.focus({ preventScroll: true });
  }

  function aboutScreen() {
    const wrap = h('div', { class: 'vn-about' });
    wrap.append(h('h2', {}, tr(S.title)));
    if (S.game_version) wrap.append(h('p', {}, S.game_version));
    if (S.about) {
      const p = h('div', { class: 'vn-about-text' });
      renderText(p, interpolateSafe(tr(S.about)));
      wrap.append(p);
    }
    wrap.append(h('p', { class: 'vn-about-small' }, `Web player built from Ren'Py ${S.renpy || ''} story export.`));
    return wrap;
  }

  function interpolateSafe(t) {
    try { return interpolate(t); } catch (e) { return t; }
  }

  function helpScreen() {
    const rows = [
      ['Enter', 'Advances dialogue and activates the interface.'],
      ['Space', 'Advances dialogue without selecting choices.'],
      ['Arrow Keys', 'Navigate the interface.'],
      ['1 \u2013 9', 'Picks the menu choice with that number.'],
      ['Escape', 'Accesses the game menu.'],
      ['Ctrl', 'Skips dialogue while held down.'],
      ['Tab', 'Toggles dialogue skipping.'],
      ['Shift+Tab', 'Moves to the quick menu (Tab moves on, Escape returns to the story).'],
      ['Page Up', 'Rolls back to earlier dialogue.'],
      ['Left Click', 'Advances dialogue and activates the interface.'],
      ['Right Click', 'Accesses the game menu.'],
      ['Mouse Wheel Up', 'Rolls back to earlier dialogue.'],
    ];
    const table = h('dl', { class: 'vn-help' });
    const say = (t) => (/^\d/.test(t) ? t : ui(t));
    for (const [k, v] of rows) table.append(h('dt', {}, say(k)), h('dd', {}, say(v)));
    return table;
  }

  // ---------------------------------------------------------------- input

  function choiceButtons() { return [...el.choices.querySelectorAll('[data-vn=choice]')]; }

  function onKey(e) {
    if (e.target && e.target.tagName === 'INPUT' && e.key !== 'Escape') return;
    if (!el.error.hidden) return;
    if (!el.confirm.hidden) {
      if (e.key === 'Escape') { e.preventDefault(); el['confirm-no'].click(); }
      return;
    }
    if (!el.menu.hidden) {
      if (e.key === 'Escape') { e.preventDefault(); closeMenu(); }
      return;
    }
    if (!el.title.hidden) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {    // arrows walk the title's buttons
        e.preventDefault();
        const btns = [...el['title-nav'].querySelectorAll('button')];
        let i = btns.indexOf(doc.activeElement);
        i = i < 0 ? 0 : (i + (e.key === 'ArrowDown' ? 1 : -1) + btns.length) % btns.length;
        btns[i].focus();
      }
      return;
    }
    const key = e.key;
    // No key trap: Shift+Tab goes (natively) into the quick menu, Tab and Shift+Tab move
    // within it and through a menu's choices, Escape there goes back to the story.
    const inQuick = !!(e.target && e.target.closest && e.target.closest('#quick'));
    if (inQuick && key === 'Escape') { e.preventDefault(); el.advance.focus({ preventScroll: true }); return; }
    if (key === 'Tab' && (e.shiftKey || inQuick || (waiting && waiting.kind === 'menu'))) return;
    if (key === 'Control') { if (!e.repeat) { ctrlSkip = true; if (waiting && waiting.kind === 'say' && !typing) afterLineShown(); } return; }
    if (key === 'Escape') { e.preventDefault(); openMenu('save'); return; }
    if (key === 'PageUp') { e.preventDefault(); doRollback(); return; }
    if (key === 'Tab') { e.preventDefault(); setSkipping(!skipping); return; }
    if (waiting && waiting.kind === 'menu') {
      const btns = choiceButtons();
      const enabled = btns.filter((b) => !b.disabled);
      if (/^[1-9]$/.test(key)) {
        const b = btns[Number(key) - 1];
        e.preventDefault();
        if (b && !b.disabled) b.click();
        return;
      }
      if (key === 'ArrowDown' || key === 'ArrowUp') {
        e.preventDefault();
        if (!enabled.length) return;
        let i = enabled.indexOf(doc.activeElement);
        i = i < 0 ? (key === 'ArrowDown' ? 0 : enabled.length - 1) : (i + (key === 'ArrowDown' ? 1 : -1) + enabled.length) % enabled.length;
        enabled[i].focus();
        return;
      }
      if (key === ' ') { e.preventDefault(); return; }
      if (key === 'Enter') {
        if (!enabled.includes(doc.activeElement)) e.preventDefault();
        return;
      }
      return;
    }
    if (key === 'Enter' || key === ' ' || key === 'PageDown') {
      if (e.target && e.target.closest && e.target.closest('#quick')) return;
      e.preventDefault();
      if (!e.repeat || key !== ' ') advance();
    }
  }

  function onKeyUp(e) {
    if (e.key === 'Control') ctrlSkip = false;
    if (e.key === ' ' && waiting && e.target && e.target.closest && !e.target.closest('#quick, #menu, #confirm')) e.preventDefault();
  }

  // ---------------------------------------------------------------- boot

  function applyTheme() {
    doc.title = S.window_title || S.title;
    const endings = doc.querySelector('[data-vn=title-endings]');
    if (endings) endings.hidden = !(S.gallery && S.gallery.length);
    el['title-version'].textContent = S.game_version || '';
  }

  /* In the phone layout the dialogue window scrolls (the scene's transcript above the line):
   * a keyboard user can then tab to it and scroll it (WCAG: a scrollable region is focusable). */
  function syncWindowFocus() {
    if (PORTRAIT.matches) el.window.tabIndex = 0;
    else el.window.removeAttribute('tabindex');
  }

  function wire() {
    syncWindowFocus();
    PORTRAIT.addEventListener('change', syncWindowFocus);
    el.advance.addEventListener('click', (e) => { e.preventDefault(); advance(); });
    el.advance.addEventListener('contextmenu', (e) => { e.preventDefault(); if (el.title.hidden) openMenu('save'); });
    el.stage.addEventListener('wheel', (e) => { if (e.deltaY < 0) doRollback(); }, { passive: true });
    el.advance.addEventListener('wheel', (e) => { if (e.deltaY < 0) doRollback(); }, { passive: true });
    doc.addEventListener('keydown', onKey);
    // The first touch, click or key lets the page make sound (browsers' autoplay rule).
    for (const ev of ['pointerdown', 'keydown']) doc.addEventListener(ev, unlockAudio, { capture: true });
    wireInterfaceSounds();
    doc.addEventListener('keyup', onKeyUp);
    window.addEventListener('blur', () => { ctrlSkip = false; });
    const q = (vn, fn) => { const b = doc.querySelector(`[data-vn=${vn}]`); if (b) b.addEventListener('click', fn); };
    q('start', () => startGame());
    q('title-load', () => openMenu('load'));
    q('title-preferences', () => openMenu('preferences'));
    q('title-about', () => openMenu('about'));
    q('title-help', () => openMenu('help'));
    q('title-endings', () => openMenu('endings'));
    q('back', () => doRollback());
    q('history', () => openMenu('history'));
    q('skip', () => setSkipping(!skipping));
    q('auto', () => setAuto(!autoForward));
    q('save', () => openMenu('save'));
    q('quick-save', () => { if (doSave('quick')) notify(ui('Quick save complete.')); });
    q('quick-load', () => { const r = readSlot('quick'); if (!r.empty) doLoad('quick'); });
    q('prefs', () => openMenu('preferences'));
    q('error-title', () => { el.error.hidden = true; endGame(); });
    // A mouse click on a quick-menu button must not leave the keyboard focus on it
    // (Enter would press it again instead of advancing).
    for (const b of el.quick.querySelectorAll('button')) {
      b.addEventListener('click', (e) => { if (e.detail > 0) b.blur(); });
    }
    el.error.hidden = true;
  }

  async function boot() {
    bindElements();
    wire();
    try {
      if (location.protocol === 'file:') {
        // Browsers forbid a page opened from a file to read the files beside it (story.json).
        throw new Error('This game cannot run from a file opened on disk: browsers do not let a page '
          + 'opened that way read its own story data. Play it where it is published (itch.io), or '
          + 'serve the folder with `vn web serve FOLDER` and open the address it prints.');
      }
      const res = await fetch('story.json');
      if (!res.ok) throw new Error(`story.json: HTTP ${res.status}`);
      S = await res.json();
      if (S.format !== 'vn-web-story' || S.version !== 1) throw new Error('story.json: not a story this player can run');
      gameKey = 'vn-web/' + (S.save_key || S.title || 'game');
      indexImages();
      loadPrefs();
      loadSeen();
      applyTheme();
      if (prefs.lang) {
        try { await setLanguage(prefs.lang); } catch (e) { prefs.lang = null; TL = null; }
      } else translateUi();
      el.loading.hidden = true;
      showTitle();
      metrics.titleReady = performance.now();
    } catch (err) {
      el.loading.hidden = true;
      fatal(err);
    }
  }

  boot();
})();
