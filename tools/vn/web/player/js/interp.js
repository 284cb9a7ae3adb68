/* The interpreter of the story's Python, which arrives as JSON expression trees
 * (tools/vn/pysubset.py documents the subset; no eval, no Function). */
import { builtin, isNum, pyBin, pyCmp, PyError, pyIdx, pyRepr, truthy, typeName } from './python.js';
import { hasOwn, NAME_RE, state } from './state.js';

let callDepth = 0;

export function ev(e, L) {
  switch (e[0]) {
    case 'c': return e[1];
    case 'v': {
      if (!hasOwn(state.st.vars, e[1])) throw new PyError(`NameError: name '${e[1]}' is not defined`);
      return state.st.vars[e[1]];
    }
    case 'l': {
      if (!L || !hasOwn(L, e[1])) throw new PyError(`UnboundLocalError: local variable '${e[1]}' referenced before assignment`);
      return L[e[1]];
    }
    case 'dyn': {
      const n = ev(e[1], L);
      if (typeof n !== 'string' || !hasOwn(state.st.vars, n)) throw new PyError(`AttributeError: store has no attribute ${pyRepr(n)}`);
      return state.st.vars[n];
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
  const fn = state.S.functions[name];
  if (!fn) throw new PyError(`NameError: name '${name}' is not defined`);
  if (callDepth >= (state.S.max_call_depth || 50)) throw new PyError('RecursionError: maximum recursion depth exceeded');
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
    case 'v': state.st.vars[t[1]] = v; return;
    case 'l': L[t[1]] = v; return;
    case 'dyn': {
      const n = ev(t[1], L);
      if (typeof n !== 'string' || !NAME_RE.test(n)) throw new PyError('TypeError: attribute name must be an identifier');
      state.st.vars[n] = v;
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

export function exec(stmts, L) {
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
