"""The safe Python subset the route checker understands, evaluated without eval/exec.

Route analysis has to evaluate the game's conditions and assignments exactly,
but must never run the game's code: a story file could do anything. So each
expression or statement is parsed by vn/pysubset.py, lowered to the nodes of
vn/ir.py (the intermediate form the web compiler reads too) and compiled here
into plain Python closures that implement only the operations listed below. Anything else
raises `Unsupported`; the caller (stops.py) then explores the statement as
unknown (`Program.havoc`, an approximate verdict) or, with --strict, turns it
into `file:line: unsupported Python: <what>` (exit 2): the checker never guesses.

Supported (see tools/vn/routes/README.md for the full contract, and the table in
vn/pysubset.py, which holds the parser, builtins and display-only calls, for the web's):

- literals: int, bool, str, None, float; tuple, list, set and dict displays;
- names: store variables (`default`, or assigned by the script), constants
  (`define` whose value the subset can evaluate; others are *opaque* and only an
  error when something reads them), `store.x`, dotted `define`s (`config.x`);
- operators: + - * / // % and unary - +, comparisons (chained, in, not in, is,
  is not), and/or/not, `a if c else b`, subscripts and slices;
- calls: min, max, len, abs, int, bool, str, float, round, set, list, tuple,
  dict, frozenset (positional arguments only), and the game's own
  helper functions from `init python` blocks (see `Helper`); inside helpers,
  `getattr(store, name[, default])`, `setattr(store, name, value)`,
  `hasattr(store, name)` and `global` declarations;
- statements: `x = ...`, `a = b = ...`, `a, b = ...`, `store.x = ...`,
  `x += ...` (and -= *= /= //= %=), `if/elif/else`, `pass`, docstrings,
  expression statements (helper calls), and a few display-only Ren'Py calls
  (`DISPLAY_ONLY`) that cannot change the story state.

Values are never mutated in place: `x += [1]` builds a new list, so states can
be shared between configurations. (The one difference from CPython is aliasing:
two names bound to the same list do not see each other's `+=`.)
"""

from __future__ import annotations

import ast
import operator
from dataclasses import dataclass, field
from typing import Any, Callable

from .. import ir, pysubset
from ..ir import Node
from ..pysubset import (BUILTINS, DISPLAY_ONLY, ParseError, assigned_names, describe, dotted_name,
                        helper_store_writes, parse_or_none, store_writes)

Fn = Callable[[Any, dict], Any]          # compiled expression: fn(state, locals) -> value
StmtFn = Callable[[Any, dict], Any]      # compiled statements: None, or a _Return


class Unsupported(Exception):
    """The code is outside the subset (or reads an opaque constant): analysis cannot go on."""


class PyError(Exception):
    """The game's own Python fails in this state (NameError, ZeroDivisionError, ...).

    The real game would crash here too, so the checker reports it as a dead end."""


class _Unset:
    __slots__ = ()

    def __repr__(self) -> str:
        return "<unset>"

    def __reduce__(self) -> str:
        return "UNSET"  # unpickles as the one UNSET (results cross a fork, see forked.py)


UNSET = _Unset()  # a store variable assigned by the script but with no `default`


class _Dead:
    __slots__ = ()

    def __repr__(self) -> str:
        return "<dead>"

    def __reduce__(self) -> str:
        return "DEAD"


DEAD = _Dead()  # a value no route reads again (see liveness.py); reading it is a bug of ours


@dataclass(frozen=True)
class Opaque:
    """A constant or default the subset cannot evaluate (a Character, a Fade...).

    Harmless until a condition or assignment reads it."""
    name: str
    where: str
    source: str

    def fail(self) -> None:
        src = self.source if len(self.source) <= 60 else self.source[:57] + "..."
        raise Unsupported(f"`{self.name}` ({self.where}) is `{src}`, which the checker cannot evaluate")


@dataclass(frozen=True, eq=False)
class Unknown:
    """A value set by Python outside the subset (`name = renpy.input(...)`): explored as
    unknown. Carrying it, copying it or showing it is fine; a condition that reads it
    cannot be decided, and says where the value came from.

    All unknown values are equal: one says no more than another, so a variable set
    to anything in twelve places does not split the state space twelve ways (its
    number in the state codec is the first place's)."""
    where: str
    why: str = "by Python outside the subset"   # or: a counter widened (codec.py)

    def __eq__(self, other: object) -> bool:
        return other.__class__ is Unknown

    def __hash__(self) -> int:
        return hash(Unknown)

    def fail(self, name: str) -> None:
        raise Unsupported(f"`{name}` is unknown here: it was set at {self.where} {self.why}, "
                          f"and this condition needs its value")


class _Return:
    __slots__ = ("value",)

    def __init__(self, value: Any):
        self.value = value


# A define whose value starts with one of these is a speaker: calling it says a line.
CHARACTER_CALLS = ("Character(", "DynamicCharacter(", "NVLCharacter(", "ADVCharacter(",
                   "renpy.character.Character(")

# The operators of vn.ir.BINARY and COMPARE whose routes flag is on, as Python functions.
BINOPS: dict[str, Callable] = {
    "+": operator.add, "-": operator.sub, "*": operator.mul,
    "/": operator.truediv, "//": operator.floordiv, "%": operator.mod,
}
CMPOPS: dict[str, Callable] = {
    "==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le,
    ">": operator.gt, ">=": operator.ge, "is": operator.is_, "is not": operator.is_not,
    "in": lambda a, b: a in b, "not in": lambda a, b: a not in b,
}
# Errors the game's own code can raise on plain data: reported as PyError, not as our crash.
RUNTIME_ERRORS = (ZeroDivisionError, TypeError, ValueError, KeyError, IndexError, OverflowError)

STATEMENT_NAMES = {
    ast.For: "for loop", ast.While: "while loop inside Python", ast.FunctionDef: "function definition",
    ast.ClassDef: "class definition", ast.Import: "import", ast.ImportFrom: "import",
    ast.Delete: "del", ast.With: "with block", ast.Try: "try block", ast.Raise: "raise",
    ast.AnnAssign: "annotated assignment", ast.Assert: "assert", ast.Nonlocal: "nonlocal",
    ast.AsyncFunctionDef: "async function", ast.Match: "match statement",
}
EXPRESSION_NAMES = {
    ast.Lambda: "lambda", ast.ListComp: "list comprehension", ast.SetComp: "set comprehension",
    ast.DictComp: "dict comprehension", ast.GeneratorExp: "generator expression",
    ast.JoinedStr: "f-string", ast.Await: "await", ast.Yield: "yield", ast.YieldFrom: "yield",
    ast.NamedExpr: "walrus operator", ast.Starred: "starred expression",
}


def parse(source: str, mode: str = "exec") -> ast.AST:
    """pysubset.parse, its syntax errors as Unsupported (the statement is explored as unknown)."""
    try:
        return pysubset.parse(source, "eval" if mode == "eval" else "exec")
    except ParseError as e:
        raise Unsupported(f"cannot parse `{source.strip()[:60]}`: {e.msg}") from None


@dataclass
class Helper:
    """A function the game defines in `init python`, understood from its source.

    Its body may use the statement subset plus `return`, `global`, and
    `getattr/setattr/hasattr(store, ...)`. So both shapes the brief names are
    covered by the same interpreter, not by pattern matching:

        def hands():                      # docstring + one `return <expr>`
            '''...'''
            return a + b

        def adjust(name, delta):          # the counter clamp helper
            low, high = STATE_RANGES[name]
            setattr(store, name, max(low, min(high, getattr(store, name) + delta)))
    """
    name: str
    where: str                      # "game/definitions.rpy:92"
    node: ast.FunctionDef
    compiled: StmtFn | None = None
    params: list[tuple[str, Any]] = field(default_factory=list)  # (name, default or _NODEFAULT)


_NODEFAULT = object()


class _Scope:
    """Compile-time name resolution: function locals, or the store at module level."""

    def __init__(self, locals_: set[str] | None = None, globals_: set[str] | None = None,
                 helper: Helper | None = None):
        self.locals = locals_
        self.globals = globals_ or set()
        self.helper = helper

    @property
    def is_function(self) -> bool:
        return self.locals is not None


def _root_name(node: ast.AST) -> str:
    """`x` of `x.a[k].b`: the variable whose object an attribute chain reaches into
    (`store.x.a` is x's; "" for anything not rooted in a name)."""
    while isinstance(node, (ast.Attribute, ast.Subscript)):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                and node.value.id == "store":
            return node.attr
        node = node.value
    return node.id if isinstance(node, ast.Name) else ""


def _dotted(func: Node) -> str | None:
    """`a.b.c` for a call's function named by a chain of attributes (as pysubset.dotted_name)."""
    if func.kind == "name":
        return func.args[0]
    if func.kind == "dotted":
        return func.args[0]
    if func.kind == "store":
        return "store." + func.args[0]
    return None


class Program:
    """The game's store layout plus a compiler for its conditions and statements.

    A *state* is a tuple with one value per store variable (`names`, in order);
    statements run on a list copy of it and the caller freezes the result.
    """

    def __init__(self) -> None:
        self.names: list[str] = []
        self.index: dict[str, int] = {}
        self.constants: dict[str, Any] = {}
        self.helpers: dict[str, Helper] = {}
        self.opaque_names: dict[str, Opaque] = {}   # init-python names we do not understand
        self.initial: list[Any] = []
        self._depth = 0
        self.strict = False                          # Python outside the subset is an error
        self.approximate: dict[str, str] = {}        # file:line -> why the verdict is approximate
        # the game's labels and the engine's (`renpy.has_label("x")` is decided from them);
        # None: not known, and the call is outside the subset
        self.labels: frozenset[str] | None = None
        self._expr_cache: dict[str, Fn] = {}
        self._stmt_cache: dict[tuple[str, bool], StmtFn] = {}

    # -- layout -------------------------------------------------------------------------

    def add_var(self, name: str, initial: Any = UNSET) -> int:
        if name not in self.index:
            self.index[name] = len(self.names)
            self.names.append(name)
            self.initial.append(initial)
        return self.index[name]

    # -- public compile entry points (cached by source) --------------------------------------

    def condition(self, source: str | None) -> Fn:
        """Compile a condition (`None` means always true) to fn(state, {}) -> value."""
        source = "True" if source is None else source
        fn = self._expr_cache.get(source)
        if fn is None:
            tree = parse(source, "eval")
            fn = self.expr(ir.expression(tree.body), _Scope())
            self._expr_cache[source] = fn
        return fn

    def check_helpers(self, source: str | None) -> None:
        """Raise Unsupported if a helper the expression calls (or one those call) has a
        body outside the subset: helper bodies compile on their first call, and a
        condition on `mm_context()` (KS: `return renpy.context()._main_menu`) would
        otherwise be found outside the subset only when evaluated."""
        tree = parse(source or "True", "eval")
        todo = [tree]
        seen: set[str] = set()
        while todo:
            for node in ast.walk(todo.pop()):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                        and node.func.id in self.helpers and node.func.id not in self.index \
                        and node.func.id not in seen:
                    seen.add(node.func.id)
                    helper = self.helpers[node.func.id]
                    self._helper_params(helper)
                    self._helper_body(helper)
                    todo.append(helper.node)

    def statements(self, source: str, hide: bool = False) -> StmtFn:
        """Compile a `$` line or python block to fn(state_list, locals) (mutates the list)."""
        key = (source, hide)
        fn = self._stmt_cache.get(key)
        if fn is None:
            tree = parse(source)
            if hide:
                scope = _Scope(assigned_names(tree.body), set())
            else:
                scope = _Scope()
            body = self.block(ir.block(tree.body), scope)

            def fn(st: list, loc: dict, body=body) -> None:
                if body(st, loc) is not None:
                    raise Unsupported("`return` outside a function")
            self._stmt_cache[key] = fn
        return fn

    def havoc(self, source: str, where: str, hide: bool = False) -> StmtFn:
        """The sound stand-in for a statement outside the subset: it sets every store
        variable it may assign (found from its `ast`: targets, and the globals of helpers
        it calls) to Unknown(where), and leaves the rest of the store alone."""
        targets = sorted(self.havoc_targets(source, hide))
        value = Unknown(where)

        def run(st: list, loc: dict) -> None:
            for i in targets:
                st[i] = value
        return run

    def havoc_targets(self, source: str, hide: bool = False) -> set[int]:
        """Indexes of the store variables a statement may assign (all, if it cannot be read)."""
        tree = parse_or_none(source)
        if tree is None:
            return set(range(len(self.names)))
        names = set() if hide else {n[6:] if n.startswith("store.") else n
                                    for n in assigned_names(tree.body)}
        for node in ast.walk(tree):
            # changed in place: `x.method()`, `x[k] = v`, `x.attr = v` (the object x names)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    or isinstance(node, (ast.Subscript, ast.Attribute)) \
                    and isinstance(node.ctx, ast.Store):
                names.add(_root_name(node.func if isinstance(node, ast.Call) else node))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id in self.helpers:
                helper = self.helpers[node.func.id].node
                for inner in ast.walk(helper):
                    if isinstance(inner, ast.Global):
                        names.update(inner.names)
                    if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name) \
                            and inner.func.id in ("setattr", "exec", "eval"):
                        return set(range(len(self.names)))  # it may write any variable
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id in ("setattr", "exec", "eval", "globals"):
                return set(range(len(self.names)))
        return {self.index[n] for n in names if n in self.index}

    def evaluate(self, source: str, state: Any) -> Any:
        """Evaluate an expression in `state` (for defaults and defines at start-up)."""
        return self.run_expr(self.condition(source), state)

    @staticmethod
    def run_expr(fn: Fn, state: Any) -> Any:
        try:
            return fn(state, {})
        except RUNTIME_ERRORS as e:
            raise PyError(f"{type(e).__name__}: {e}") from None

    # -- expressions ----------------------------------------------------------------------

    def expr(self, node: Node, scope: _Scope) -> Fn:
        method = getattr(self, "_e_" + node.kind, None)
        if method is None:  # outside the subset (kinds `bad`, `starred`)
            cls = type(node.source)
            what = EXPRESSION_NAMES.get(cls, cls.__name__)
            raise Unsupported(f"{what} `{node.text}`")
        return method(node, scope)

    def _e_const(self, node: Node, scope: _Scope) -> Fn:
        value = node.args[0]
        if not (value is None or isinstance(value, (bool, int, float, str))):
            raise Unsupported(f"literal `{node.text}`")
        return lambda st, loc: value

    def _e_name(self, node: Node, scope: _Scope) -> Fn:
        return self.read_name(node.args[0], scope)

    def read_name(self, name: str, scope: _Scope) -> Fn:
        if scope.is_function and name in scope.locals and name not in scope.globals:
            def read_local(st, loc, name=name):
                try:
                    return loc[name]
                except KeyError:
                    raise PyError(f"UnboundLocalError: local variable '{name}' referenced before assignment") from None
            return read_local
        if name in self.index:
            i = self.index[name]

            def read_store(st, loc):
                v = st[i]
                if v.__class__ is _Unset:
                    raise PyError(f"NameError: name '{name}' is not defined")
                if v.__class__ is Opaque:
                    v.fail()
                if v.__class__ is Unknown:
                    v.fail(name)
                if v.__class__ is _Dead:
                    raise AssertionError(f"route checker bug: `{name}` was judged dead but is read")
                return v
            return read_store
        if name in self.constants:
            value = self.constants[name]
            if isinstance(value, Opaque):
                def read_opaque(st, loc):
                    value.fail()
                return read_opaque
            return lambda st, loc: value
        if name in self.opaque_names:
            opaque = self.opaque_names[name]

            def read_opaque_name(st, loc):
                opaque.fail()
            return read_opaque_name
        if name in self.helpers or name in BUILTINS:
            raise Unsupported(f"`{name}` used as a value (only calling it is supported)")
        if name == "store":
            raise Unsupported("`store` used as a value (only store.x is supported)")
        raise Unsupported(f"name `{name}` (not a default, define or helper the checker knows)")

    def _e_store(self, node: Node, scope: _Scope) -> Fn:
        return self.read_name(node.args[0], _Scope())

    def _e_dotted(self, node: Node, scope: _Scope) -> Fn:
        dotted = node.args[0]
        if dotted in self.index or dotted in self.constants:
            return self.read_name(dotted, _Scope())
        raise Unsupported(f"attribute `{node.text}`")

    def _e_attr(self, node: Node, scope: _Scope) -> Fn:
        raise Unsupported(f"attribute `{node.text}`")

    def _e_bin(self, node: Node, scope: _Scope) -> Fn:
        symbol, left, right = node.args
        op = BINOPS.get(symbol)
        if op is None:
            raise Unsupported(f"operator in `{node.text}`")
        a, b = self.expr(left, scope), self.expr(right, scope)
        return lambda st, loc: op(a(st, loc), b(st, loc))

    def _e_not(self, node: Node, scope: _Scope) -> Fn:
        a = self.expr(node.args[0], scope)
        return lambda st, loc: not a(st, loc)

    def _e_neg(self, node: Node, scope: _Scope) -> Fn:
        a = self.expr(node.args[0], scope)
        return lambda st, loc: -a(st, loc)

    def _e_pos(self, node: Node, scope: _Scope) -> Fn:
        a = self.expr(node.args[0], scope)
        return lambda st, loc: +a(st, loc)

    def _e_unary(self, node: Node, scope: _Scope) -> Fn:
        self.expr(node.args[1], scope)  # the operand's own refusal comes first
        raise Unsupported(f"operator in `{node.text}`")

    def _e_and(self, node: Node, scope: _Scope) -> Fn:
        parts = [self.expr(v, scope) for v in node.args]
        if node.kind == "and":
            def and_(st, loc):
                v = True
                for p in parts:
                    v = p(st, loc)
                    if not v:
                        return v
                return v
            return and_

        def or_(st, loc):
            v = False
            for p in parts:
                v = p(st, loc)
                if v:
                    return v
            return v
        return or_

    _e_or = _e_and

    def _e_cmp(self, node: Node, scope: _Scope) -> Fn:
        left_node, comparisons = node.args
        left = self.expr(left_node, scope)
        ops = [(CMPOPS[symbol], self.expr(comp, scope)) for symbol, comp in comparisons]
        if len(ops) == 1:
            f, right = ops[0]
            return lambda st, loc: f(left(st, loc), right(st, loc))

        def chain(st, loc):
            a = left(st, loc)
            for f, right in ops:
                b = right(st, loc)
                if not f(a, b):
                    return False
                a = b
            return True
        return chain

    def _e_ifx(self, node: Node, scope: _Scope) -> Fn:
        t, a, b = (self.expr(n, scope) for n in node.args)
        return lambda st, loc: a(st, loc) if t(st, loc) else b(st, loc)

    def _elements(self, elts: tuple[Node, ...], scope: _Scope) -> list[Fn]:
        return [self.expr(e, scope) for e in elts]

    def _e_tuple(self, node: Node, scope: _Scope) -> Fn:
        parts = self._elements(node.args, scope)
        return lambda st, loc: tuple(p(st, loc) for p in parts)

    def _e_list(self, node: Node, scope: _Scope) -> Fn:
        parts = self._elements(node.args, scope)
        return lambda st, loc: [p(st, loc) for p in parts]

    def _e_set(self, node: Node, scope: _Scope) -> Fn:
        parts = self._elements(node.args, scope)
        return lambda st, loc: {p(st, loc) for p in parts}

    def _e_dict(self, node: Node, scope: _Scope) -> Fn:
        keys, values = node.args
        if any(k is None for k in keys):
            raise Unsupported(f"dict unpacking in `{node.text}`")
        pairs = [(self.expr(k, scope), self.expr(v, scope)) for k, v in zip(keys, values)]
        return lambda st, loc: {k(st, loc): v(st, loc) for k, v in pairs}

    def _e_slice(self, node: Node, scope: _Scope) -> Fn:
        value_node, lower, upper, step_node = node.args
        value = self.expr(value_node, scope)
        lo = self.expr(lower, scope) if lower else (lambda st, loc: None)
        hi = self.expr(upper, scope) if upper else (lambda st, loc: None)
        step = self.expr(step_node, scope) if step_node else (lambda st, loc: None)
        return lambda st, loc: value(st, loc)[lo(st, loc):hi(st, loc):step(st, loc)]

    def _e_idx(self, node: Node, scope: _Scope) -> Fn:
        value_node, index_node = node.args
        value = self.expr(value_node, scope)
        index = self.expr(index_node, scope)
        return lambda st, loc: value(st, loc)[index(st, loc)]

    def _e_call(self, node: Node, scope: _Scope) -> Fn:
        func, arg_nodes, keywords = node.args
        if any(a.kind == "starred" for a in arg_nodes) or any(k is None for k, _ in keywords):
            raise Unsupported(f"*args/**kwargs in `{node.text}`")
        if func.kind == "name" and not (scope.is_function and func.args[0] in scope.locals):
            name = func.args[0]
            if name in ("getattr", "setattr", "hasattr"):
                return self._store_access(node, scope)
            if name in self.helpers and name not in self.index:
                return self._helper_call(self.helpers[name], node, scope)
            if name in BUILTINS and name not in self.index and name not in self.constants:
                if keywords:
                    raise Unsupported(f"keyword arguments in `{node.text}`")
                f = BUILTINS[name].fn
                args = self._elements(arg_nodes, scope)
                if len(args) == 1:
                    a0 = args[0]
                    return lambda st, loc: f(a0(st, loc))
                if len(args) == 2:
                    a0, a1 = args
                    return lambda st, loc: f(a0(st, loc), a1(st, loc))
                return lambda st, loc: f(*[a(st, loc) for a in args])
            if name in self.opaque_names:
                self.opaque_names[name].fail()
        if func.kind == "dotted" and func.args[0] == "renpy.has_label" and self.labels is not None \
                and len(arg_nodes) == 1 and not keywords:
            labels, arg = self.labels, self.expr(arg_nodes[0], scope)
            return lambda st, loc: arg(st, loc) in labels
        raise Unsupported(f"call to {func.text}()")

    def _store_access(self, node: Node, scope: _Scope) -> Fn:
        """getattr/setattr/hasattr on `store` with a computed variable name."""
        func, args, keywords = node.args
        name = func.args[0]
        if keywords or not args or not (args[0].kind == "name" and args[0].args[0] == "store"):
            raise Unsupported(f"`{node.text}` (only {name}(store, ...) is supported)")
        key = self.expr(args[1], scope) if len(args) > 1 else None
        if name == "getattr" and len(args) in (2, 3):
            default = self.expr(args[2], scope) if len(args) == 3 else None

            def get(st, loc):
                var = key(st, loc)
                if var in self.index:
                    v = st[self.index[var]]
                    if v.__class__ is _Unset:
                        if default is not None:
                            return default(st, loc)
                        raise PyError(f"AttributeError: store has no attribute '{var}'")
                    if v.__class__ is Opaque:
                        v.fail()
                    if v.__class__ is _Dead:
                        raise AssertionError(f"route checker bug: `{var}` was judged dead but is read")
                    return v
                if var in self.constants:
                    v = self.constants[var]
                    if isinstance(v, Opaque):
                        v.fail()
                    return v
                if default is not None:
                    raise Unsupported(f"getattr(store, {var!r}, ...) on a name the checker does not know")
                raise Unsupported(f"getattr(store, {var!r}) names no default or define")
            return get
        if name == "hasattr" and len(args) == 2:
            def has(st, loc):
                var = key(st, loc)
                if var in self.index:
                    return st[self.index[var]].__class__ is not _Unset
                if var in self.constants:
                    return True
                raise Unsupported(f"hasattr(store, {var!r}) on a name the checker does not know")
            return has
        if name == "setattr" and len(args) == 3:
            value = self.expr(args[2], scope)

            def set_(st, loc):
                var = key(st, loc)
                v = value(st, loc)
                self.write(st, var)
                st[self.index[var]] = v
            return set_
        raise Unsupported(f"`{node.text}`")

    def write(self, st: Any, var: Any) -> None:
        """Check that `var` may be written in state `st` (a list, not a frozen tuple)."""
        if not isinstance(var, str) or var not in self.index:
            if isinstance(var, str) and var in self.constants:
                raise Unsupported(f"assignment to the define'd constant `{var}`")
            raise Unsupported(f"setattr(store, {var!r}, ...) names no variable with a default")
        if type(st) is tuple:
            raise Unsupported(f"a condition changes `{var}` (conditions must not have side effects)")

    def _helper_call(self, helper: Helper, node: Node, scope: _Scope) -> Fn:
        _, arg_nodes, keywords = node.args
        args = self._elements(arg_nodes, scope)
        kwargs = [(k, self.expr(value, scope)) for k, value in keywords]
        params = self._helper_params(helper)
        names = [p for p, _ in params]
        if len(args) > len(params):
            raise Unsupported(f"`{node.text}`: {helper.name}() takes {len(params)} argument(s)")
        for k, _ in kwargs:
            if k not in names:
                raise Unsupported(f"`{node.text}`: {helper.name}() has no parameter `{k}`")

        simple = not kwargs and len(args) == len(params)

        def call(st, loc):
            if simple:  # the common case: every parameter given by position
                bound = {pname: a(st, loc) for (pname, _), a in zip(params, args)}
            else:
                bound = {}
                for (pname, _), a in zip(params, args):
                    bound[pname] = a(st, loc)
                for k, a in kwargs:
                    bound[k] = a(st, loc)
                for pname, default in params:
                    if pname not in bound:
                        if default is _NODEFAULT:
                            raise PyError(f"TypeError: {helper.name}() missing argument '{pname}'")
                        bound[pname] = default
            body = helper.compiled or self._helper_body(helper)
            self._depth += 1
            try:
                if self._depth > 64:
                    raise Unsupported(f"{helper.name}() recurses deeper than 64 calls")
                result = body(st, bound)
            finally:
                self._depth -= 1
            return result.value if result is not None else None
        return call

    def _helper_params(self, helper: Helper) -> list[tuple[str, Any]]:
        if helper.params:
            return helper.params
        a = helper.node.args
        if a.vararg or a.kwarg or a.kwonlyargs or a.posonlyargs:
            raise Unsupported(f"{helper.name}() at {helper.where}: *args, **kwargs and keyword-only "
                              f"parameters are not supported")
        defaults: list[Any] = [_NODEFAULT] * (len(a.args) - len(a.defaults))
        for d in a.defaults:
            try:
                defaults.append(self.condition(ast.unparse(d))((), {}))
            except Exception:
                raise Unsupported(f"{helper.name}() at {helper.where}: default `{describe(d)}`") from None
        helper.params = [(p.arg, d) for p, d in zip(a.args, defaults)]
        return helper.params

    def _helper_body(self, helper: Helper) -> StmtFn:
        if helper.compiled is None:
            node = helper.node
            globals_ = {n for s in ast.walk(node) if isinstance(s, ast.Global) for n in s.names}
            params = {p.arg for p in node.args.args}
            locals_ = (params | assigned_names(node.body)) - globals_
            try:
                helper.compiled = self.block(ir.block(node.body), _Scope(locals_, globals_, helper))
            except Unsupported as e:
                raise Unsupported(f"in {helper.name}() ({helper.where}): {e}") from None
        return helper.compiled

    # -- statements ------------------------------------------------------------------------

    def block(self, body: tuple[Node, ...], scope: _Scope) -> StmtFn:
        fns = [self.stmt(s, scope) for s in body]
        if len(fns) == 1:
            return fns[0]
        if len(fns) == 2:
            f0, f1 = fns

            def run2(st, loc):
                r = f0(st, loc)
                return r if r is not None else f1(st, loc)
            return run2

        def run(st, loc):
            for f in fns:
                r = f(st, loc)
                if r is not None:
                    return r
            return None
        return run

    def stmt(self, node: Node, scope: _Scope) -> StmtFn:
        method = getattr(self, "_s_" + node.kind, None)
        if method is None:  # outside the subset (kind `bad_stmt`)
            cls = type(node.source)
            what = STATEMENT_NAMES.get(cls, cls.__name__)
            raise Unsupported(f"{what} `{node.text.splitlines()[0]}`")
        return method(node, scope)

    def is_character(self, func: Node) -> bool:
        """`e("Hello")`: a define'd Character called as a statement says a line (display only)."""
        if func.kind != "name" or func.args[0] in self.index:
            return False
        value = self.constants.get(func.args[0])
        if not isinstance(value, Opaque):
            return False
        src = value.source.split("=", 1)[-1].strip() if value.source.startswith("define ") else value.source
        return src.startswith(CHARACTER_CALLS)

    def _s_pass(self, node: Node, scope: _Scope) -> StmtFn:
        return lambda st, loc: None

    def _s_global(self, node: Node, scope: _Scope) -> StmtFn:
        if not scope.is_function:
            raise Unsupported("`global` outside a function")
        return lambda st, loc: None

    def _s_ret(self, node: Node, scope: _Scope) -> StmtFn:
        if not scope.is_function or scope.helper is None:
            raise Unsupported("`return` outside a function")
        value_node = node.args[0]
        value = self.expr(value_node, scope) if value_node is not None else (lambda st, loc: None)
        return lambda st, loc: _Return(value(st, loc))

    def _s_if(self, node: Node, scope: _Scope) -> StmtFn:
        test_node, body_nodes, orelse_nodes = node.args
        test = self.expr(test_node, scope)
        body = self.block(body_nodes, scope)
        orelse = self.block(orelse_nodes, scope) if orelse_nodes else (lambda st, loc: None)
        return lambda st, loc: body(st, loc) if test(st, loc) else orelse(st, loc)

    def _s_expr(self, node: Node, scope: _Scope) -> StmtFn:
        value = node.args[0]
        if value.kind == "const" and isinstance(value.args[0], str):
            return lambda st, loc: None  # a docstring
        if value.kind == "call" and (_dotted(value.args[0]) in DISPLAY_ONLY
                                     or self.is_character(value.args[0])):
            return lambda st, loc: None
        fn = self.expr(value, scope)

        def run(st, loc):
            fn(st, loc)
        return run

    def _s_set_stmt(self, node: Node, scope: _Scope) -> StmtFn:
        target_nodes, value_node = node.args
        value = self.expr(value_node, scope)
        targets = [self.target(t, scope) for t in target_nodes]
        if len(targets) == 1:
            t = targets[0]
            return lambda st, loc: t(st, loc, value(st, loc))

        def run(st, loc):
            v = value(st, loc)
            for t in targets:
                t(st, loc, v)
        return run

    def _s_aug(self, node: Node, scope: _Scope) -> StmtFn:
        symbol, target, value_node = node.args
        op = BINOPS.get(symbol)
        if op is None:
            raise Unsupported(f"operator in `{node.text}`")
        if target.kind not in ("name", "store", "dotted", "attr"):
            raise Unsupported(f"augmented assignment to `{target.text}`")
        read = self.expr(target, scope)
        write = self.target(target, scope)
        value = self.expr(value_node, scope)
        if symbol == "+":
            def add(a, b):
                # list += iterable extends; build a new list so shared states stay intact
                return a + list(b) if isinstance(a, list) else a + b
            op = add
        return lambda st, loc: write(st, loc, op(read(st, loc), value(st, loc)))

    def target(self, node: Node, scope: _Scope) -> Callable[[Any, dict, Any], None]:
        """Compile an assignment target to fn(state, locals, value)."""
        kind = node.kind
        if kind == "name":
            name = node.args[0]
            if scope.is_function and name in scope.locals and name not in scope.globals:
                def set_local(st, loc, v):
                    loc[name] = v
                return set_local
            return self._store_target(name)
        if kind == "store":
            return self._store_target(node.args[0])
        if kind in ("tuple", "list"):
            if any(e.kind == "starred" for e in node.args):
                raise Unsupported(f"starred assignment `{node.text}`")
            parts = [self.target(e, scope) for e in node.args]
            n = len(parts)

            def unpack(st, loc, v):
                items = list(v)
                if len(items) != n:
                    raise PyError(f"ValueError: expected {n} values to unpack, got {len(items)}")
                for p, item in zip(parts, items):
                    p(st, loc, item)
            return unpack
        raise Unsupported(f"assignment to `{node.text}`")

    def _store_target(self, name: str) -> Callable[[Any, dict, Any], None]:
        if name not in self.index:
            if name in self.constants:
                raise Unsupported(f"assignment to the define'd constant `{name}`")
            raise Unsupported(f"assignment to `{name}`, which is not a store variable")
        i = self.index[name]

        def set_store(st, loc, v):
            if type(st) is tuple:
                raise Unsupported(f"a condition changes `{name}` (conditions must not have side effects)")
            st[i] = v
        return set_store


# -- hashable, type-exact keys for states ------------------------------------------------

class _Tag:
    __slots__ = ("name",)

    def __init__(self, name: str):
        self.name = name

    def __repr__(self) -> str:
        return self.name


_TRUE, _FALSE = _Tag("True"), _Tag("False")
_FLOAT, _TUPLE, _LIST, _SET, _DICT = (_Tag(n) for n in ("float", "tuple", "list", "set", "dict"))


def freeze(v: Any) -> Any:
    """A hashable key for `v` that tells True from 1 and 1.0 from 1 ([1] from (1,) too).

    States are memoised by these keys, so two states share a key only if every
    operation of the subset gives the same result on both."""
    t = type(v)
    if t is int or t is str or v is None:
        return v
    if t is bool:
        return _TRUE if v else _FALSE
    if t is float:
        return (_FLOAT, v)
    if t is tuple:
        return (_TUPLE,) + tuple(freeze(x) for x in v)
    if t is list:
        return (_LIST,) + tuple(freeze(x) for x in v)
    if t is set or t is frozenset:
        return (_SET, frozenset(freeze(x) for x in v))
    if t is dict:
        return (_DICT, frozenset((freeze(k), freeze(x)) for k, x in v.items()))
    return v  # UNSET and Opaque are hashable singletons/frozen dataclasses


def freeze_state(state: tuple) -> tuple:
    return tuple(freeze(v) for v in state)
