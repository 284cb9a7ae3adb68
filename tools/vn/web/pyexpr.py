"""The story's Python, compiled into a tiny expression language the player evaluates.

The web player never runs code: no `eval`, no `Function`. The Python the story
uses (conditions, `$` assignments, helpers such as `adjust` and single-return
predicates defined in `init python`) is parsed by vn/pysubset.py, lowered to the
intermediate form of vn/ir.py (the one the route checker compiles too), and turned
here into JSON trees that the web player (`player/js/interp.js`) interprets: names
resolved, and the node kinds whose web flag is off (vn.ir.KINDS, BINARY) refused. The
subset, and where it differs from the route checker's, is the table in vn/pysubset.py.
Anything outside it is a `CompileError`, which the build reports with the statement's file and line.

Expressions (JSON arrays, first item is the operator):
    ["c", value]            constant (number, string, bool, null, list, dict)
    ["v", name]             store variable        ["l", name]   local variable
    ["dyn", expr]           getattr(store, expr)  (a store variable named at run time)
    ["not", e] ["neg", e] ["pos", e]
    ["and", [e...]] ["or", [e...]]           Python semantics: return an operand
    ["cmp", e, [[op, e]...]]                  chained comparison
    ["bin", op, a, b]       + - * // %
    ["ifx", test, a, b]     a if test else b
    ["idx", e, index]       e[index]
    ["list", [e...]]
    ["call", name, [e...]]  user function        ["bi", name, [e...]] builtin
Statements:
    ["set", target, e]      target: ["v", name] | ["l", name] | ["dyn", e] | ["unpack", [target...]]
    ["aug", target, op, e]
    ["expr", e]
    ["if", [[cond, [stmt...]]...], [else stmt...]]
    ["ret", e]
    ["pass"]
"""

from __future__ import annotations

import ast
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .. import ir, pysubset
from ..ir import BINARY, KINDS, Node
from ..pysubset import DISPLAY_ONLY, WEB_BUILTINS

MAX_CALL_DEPTH = 50
Tree = list[Any]  # one JSON tree of the shapes above


class CompileError(Exception):
    """Something the web player cannot run; `line_offset` is relative to the code's first line."""

    def __init__(self, message: str, line_offset: int = 0):
        super().__init__(message)
        self.line_offset = line_offset


def _err(node: Node | ast.AST | None, message: str) -> CompileError:
    line = node.line if isinstance(node, Node) else getattr(node, "lineno", 1) or 1
    return CompileError(message, line - 1)


def constant_value(value: Any, node: Node | None = None) -> Any:
    """A Python constant as JSON, or a CompileError when JSON would change its meaning."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        if abs(value) > 2 ** 53:
            raise _err(node, f"integer {value} is too large for the web player")
        return value
    if isinstance(value, float):
        if not math.isfinite(value) or value == int(value):
            raise _err(node, f"float {value!r} is not supported (the web player cannot tell "
                             f"{value!r} from {int(value) if math.isfinite(value) else value})")
        return value
    if isinstance(value, (list, tuple)):
        return [constant_value(v, node) for v in value]
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            raise _err(node, "dictionaries need string keys in the web player")
        return {k: constant_value(v, node) for k, v in value.items()}
    raise _err(node, f"value {value!r} is not supported")


@dataclass
class Function:
    name: str
    params: list[str]
    body: list[Tree]
    file: str
    line: int


@dataclass
class Names:
    """What a name in the story's Python can refer to.

    `lookup_constant(name)` returns (True, json_value) for a literal `define` or
    init-time constant, (False, None) otherwise, raising CompileError when the
    name is defined but is not a literal. `lookup_function(name)` returns a
    compiled Function or None."""

    variables: set[str]
    lookup_constant: Callable[[str], tuple[bool, Any]]
    lookup_function: Callable[[str], Function | None]
    used_functions: set[str] = field(default_factory=set)
    used_variables: set[str] = field(default_factory=set)


class Compiler:
    """The web back end of vn.ir: resolves names, refuses what the web flags refuse (naming
    the line), and writes the JSON trees above."""

    def __init__(self, names: Names, local: set[str] | None = None,
                 global_decl: set[str] | None = None):
        self.names = names
        self.local = set(local or ())
        self.global_decl = set(global_decl or ())

    # Expressions ------------------------------------------------------------

    def expr(self, node: Node) -> Tree:
        flags = KINDS[node.kind]
        if not flags.web and flags.web_refusal:
            raise _err(node, flags.web_refusal.format(text=node.text))
        method: Callable[[Node], Tree] | None = getattr(self, "e_" + node.kind, None)
        if method is None:
            raise _err(node, f"unsupported Python expression: {node.text}")
        return method(node)

    def e_const(self, node: Node) -> Tree:
        return ["c", constant_value(node.args[0], node)]

    def e_name(self, node: Node) -> Tree:
        return self.read(node.args[0], node)

    def read(self, name: str, node: Node) -> Tree:
        if name in self.local and name not in self.global_decl:
            return ["l", name]
        if name in self.names.variables:
            self.names.used_variables.add(name)
            return ["v", name]
        found, value = self.names.lookup_constant(name)
        if found:
            return ["c", value]
        if self.names.lookup_function(name) is not None or name in WEB_BUILTINS:
            raise _err(node, f"function {name} used as a value")
        raise _err(node, f"unknown name {name!r}")

    def e_store(self, node: Node) -> Tree:
        return self.read(node.args[0], node)

    def _bool(self, node: Node) -> Tree:
        return [node.kind, [self.expr(v) for v in node.args]]

    e_and = e_or = _bool

    def _unary(self, node: Node) -> Tree:
        return [node.kind, self.expr(node.args[0])]

    e_not = e_neg = e_pos = _unary

    def e_unary(self, node: Node) -> Tree:
        raise _err(node, f"unsupported operator in {node.text}")

    def e_bin(self, node: Node) -> Tree:
        op, left, right = node.args
        flags = BINARY.get(op)
        if flags is None:
            raise _err(node, f"unsupported operator in {node.text}")
        if not flags.web:
            raise _err(node, flags.web_refusal.format(text=node.text))
        return ["bin", op, self.expr(left), self.expr(right)]

    def e_cmp(self, node: Node) -> Tree:
        left, comparisons = node.args
        rest = []
        for op, right in comparisons:
            singleton = right.kind == "const" and right.args[0] in (None, True, False)
            if op in ("is", "is not") and not singleton:
                raise _err(node, f"'is' is supported only with None, True or False: {node.text}")
            rest.append([op, self.expr(right)])
        return ["cmp", self.expr(left), rest]

    def e_ifx(self, node: Node) -> Tree:
        test, body, orelse = node.args
        return ["ifx", self.expr(test), self.expr(body), self.expr(orelse)]

    def e_idx(self, node: Node) -> Tree:
        value, index = node.args
        return ["idx", self.expr(value), self.expr(index)]

    def e_list(self, node: Node) -> Tree:
        return ["list", [self.expr(e) for e in node.args]]

    e_tuple = e_list

    def e_dict(self, node: Node) -> Tree:
        keys, values = node.args
        if all(k is not None and k.kind == "const" and isinstance(k.args[0], str) for k in keys) and \
                all(v.kind == "const" for v in values):
            pairs = zip(keys, values, strict=True)
            return ["c", {k.args[0]: constant_value(v.args[0], node) for k, v in pairs}]
        raise _err(node, f"only constant dictionaries are supported: {node.text}")

    def e_call(self, node: Node) -> Tree:
        func, args, keywords = node.args
        if keywords:
            raise _err(node, f"keyword arguments are not supported: {node.text}")
        if any(a.kind == "starred" for a in args):
            raise _err(node, f"*args are not supported: {node.text}")
        if func.kind != "name":
            raise _err(node, f"unsupported call: {node.text}")
        name = func.args[0]
        if name in ("_", "__", "_p") and len(args) == 1 and args[0].kind == "const" \
                and isinstance(args[0].args[0], str):
            return ["c", args[0].args[0]]
        if name == "getattr":
            if len(args) != 2 or not _is_store(args[0]):
                raise _err(node, f"getattr is supported only as getattr(store, name): {node.text}")
            return ["dyn", self.expr(args[1])]
        if name == "setattr":
            raise _err(node, "setattr(store, name, value) is supported only as a statement")
        if name in self.local and name not in self.global_decl:
            raise _err(node, f"calling a local value is not supported: {node.text}")
        fn = self.names.lookup_function(name)
        if fn is not None:
            if len(args) != len(fn.params):
                raise _err(node, f"{name}() takes {len(fn.params)} arguments, {len(args)} given")
            self.names.used_functions.add(name)
            return ["call", name, [self.expr(a) for a in args]]
        builtin = WEB_BUILTINS.get(name)
        if builtin is not None:
            if not builtin.low <= len(args) <= builtin.high:
                raise _err(node, f"unsupported use of {name}(): {node.text}")
            return ["bi", name, [self.expr(a) for a in args]]
        raise _err(node, f"unknown or unsupported function {name}(): {node.text}")

    # Statements ---------------------------------------------------------------

    def block(self, body: tuple[Node, ...]) -> Tree:
        rv = []
        for stmt in body:
            out = self.stmt(stmt)
            if out is not None:
                rv.append(out)
        return rv

    def stmt(self, node: Node) -> Tree | None:
        kind = node.kind
        if kind == "pass":
            return None
        if kind == "expr":
            value = node.args[0]
            if value.kind == "const" and isinstance(value.args[0], str):
                return None  # a docstring or a bare string
            if value.kind == "call" and value.args[0].kind == "name" and value.args[0].args[0] == "setattr":
                func, args, keywords = value.args
                if len(args) != 3 or keywords or not _is_store(args[0]):
                    raise _err(node, f"setattr is supported only as setattr(store, name, value): {node.text}")
                return ["set", ["dyn", self.expr(args[1])], self.expr(args[2])]
            if value.kind != "call":
                raise _err(node, f"a statement that does nothing: {node.text}")
            display = value.args[0].args[0] if value.args[0].kind in ("name", "dotted") else None
            if display in DISPLAY_ONLY:
                raise _err(node, f"{display}() is not supported by the web player "
                                 f"(the route checker ignores it as display-only)")
            return ["expr", self.expr(value)]
        if kind == "set_stmt":
            targets, value_node = node.args
            value = self.expr(value_node)
            if len(targets) != 1:
                raise _err(node, f"chained assignment is not supported: {node.text}")
            return ["set", self.target(targets[0]), value]
        if kind == "aug":
            op, target_node, value_node = node.args
            flags = BINARY.get(op)
            if flags is None or not flags.web:
                raise _err(node, f"unsupported operator in {node.text}")
            target = self.target(target_node)
            if target[0] == "unpack":
                raise _err(node, f"unsupported assignment: {node.text}")
            self._check_readable(target, node)
            return ["aug", target, op, self.expr(value_node)]
        if kind == "if":
            branches = []
            current: Node | None = node
            orelse: list[Tree] = []
            while current is not None:
                test, body, rest = current.args
                branches.append([self.expr(test), self.block(body)])
                if len(rest) == 1 and rest[0].kind == "if":
                    current = rest[0]
                else:
                    orelse = self.block(rest)
                    current = None
            return ["if", branches, orelse]
        if kind == "ret":
            value_node = node.args[0]
            return ["ret", self.expr(value_node) if value_node is not None else ["c", None]]
        if kind == "global":
            return None  # handled when the function is compiled
        raise _err(node, f"unsupported Python statement: {node.text.splitlines()[0]}")

    def _check_readable(self, target: Tree, node: Node) -> None:
        if target[0] == "v" and target[1] not in self.names.variables:
            raise _err(node, f"unknown name {target[1]!r}")

    def target(self, node: Node) -> Tree:
        if node.kind in ("name", "store"):
            name = node.args[0]
            if name in self.local and name not in self.global_decl:  # `store.x` too, as read()
                return ["l", name]
            if name not in self.names.variables:
                found, _ = self.names.lookup_constant(name)
                if found or self.names.lookup_function(name) is not None:
                    raise _err(node, f"assigning to {name!r}, which is a define or a function")
                self.names.variables.add(name)
            self.names.used_variables.add(name)
            return ["v", name]
        if node.kind in ("tuple", "list"):
            return ["unpack", [self.target(e) for e in node.args]]
        raise _err(node, f"unsupported assignment target: {node.text}")


def _is_store(node: Node) -> bool:
    """The bare name `store` (as in getattr(store, name))."""
    return node.kind == "name" and node.args[0] == "store"


def compile_expression(source: str, names: Names, local: set[str] | None = None) -> Tree:
    """One expression; the names in `local` (a screen's scope) read as ["l", name]."""
    try:
        tree = pysubset.parse(source.strip(), "eval")
    except pysubset.ParseError as e:
        raise CompileError(f"Python syntax error in {source!r}: {e.msg}") from None
    return Compiler(names, local).expr(ir.expression(tree.body))


def compile_statements(source: str, names: Names, local: set[str] | None = None) -> Tree:
    """A block of statements; the names in `local` (a screen's scope) are read and set as
    ["l", name]."""
    try:
        tree = pysubset.parse(source)
    except pysubset.ParseError as e:
        raise CompileError(f"Python syntax error: {e.msg}", e.line_offset) from None
    return Compiler(names, local).block(ir.block(tree.body))


def assigned_names(source: str) -> set[str]:
    """Store names a story python block assigns (so reads elsewhere resolve); the locals
    of a function it defines are not store names."""
    tree = pysubset.parse_or_none(source)
    return set() if tree is None else pysubset.store_writes(tree.body)


def compile_function(node: ast.FunctionDef, names: Names, file: str, line: int) -> Function:
    """A helper from `init python` as a Function the player can call."""
    a = node.args
    if a.vararg or a.kwarg or a.kwonlyargs or a.defaults or a.kw_defaults or a.posonlyargs:
        raise _err(node, f"{node.name}(): only plain positional parameters are supported")
    if node.decorator_list:
        raise _err(node, f"{node.name}(): decorators are not supported")
    params = [p.arg for p in a.args]
    global_decl: set[str] = set()
    local: set[str] = set(params)
    for sub in ast.walk(node):
        if isinstance(sub, ast.Global):
            global_decl.update(sub.names)
        elif sub is not node and isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda,
                                                  ast.ClassDef)):
            raise _err(sub, f"{node.name}(): nested functions and classes are not supported")
        elif isinstance(sub, (ast.For, ast.While, ast.AsyncFor, ast.With, ast.Try)):
            raise _err(sub, f"{node.name}(): loops, with and try are not supported")
    # `store.x = ...` writes the store; every other name the body binds is local
    local |= {n for n in pysubset.assigned_names(node.body) if "." not in n} - global_decl
    body = Compiler(names, local, global_decl).block(ir.block(node.body))
    return Function(node.name, params, body, file, line)
