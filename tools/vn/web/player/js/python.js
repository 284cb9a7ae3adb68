/* Python's values in JavaScript: truthiness, str/repr, comparison, arithmetic, the builtins. */
import { hasOwn } from './state.js';

export class PyError extends Error {}
export const isNum = (v) => typeof v === 'number' || typeof v === 'boolean';
export const typeName = (v) => v === null ? 'NoneType' : typeof v === 'boolean' ? 'bool'
  : typeof v === 'number' ? (Number.isInteger(v) ? 'int' : 'float') : typeof v === 'string' ? 'str'
  : Array.isArray(v) ? 'list' : 'dict';

export function truthy(v) {
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
export function pyRepr(v) {
  if (typeof v === 'string') return "'" + v.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n') + "'";
  return pyStr(v);
}
export function pyStr(v) {
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
export function pyCmp(op, a, b) {
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
export function pyBin(op, a, b) {
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
export function pyIdx(a, i) {
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
export function builtin(name, args) {
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
