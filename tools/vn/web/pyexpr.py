"""The story's Python, compiled into a tiny expression language the player evaluates.

The web player never runs code: no `eval`, no `Function`. The Python the story
uses (conditions, `$` assignments, helpers such as `adjust` and single-return
predicates defined in `init python`) is parsed here with `ast` and turned into
JSON trees that the web player (`player/js/interp.js`) interprets. The subset, and where it differs from the
route checker's, is the table in vn/pysubset.py, which also parses and knows the
builtins. Anything outside it is a `CompileError`, which the build reports with the
statement's file and line.

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
from dataclasses import dataclass, field
from typing import Any, Callable

from .. import pysubset
from ..pysubset import DISPLAY_ONLY, WEB_BUILTINS, describe, dotted_name, is_store, store_attr

BINOPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.FloorDiv: "//", ast.Mod: "%"}
CMPOPS = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=",
          ast.In: "in", ast.NotIn: "not in", ast.Is: "is", ast.IsNot: "is not"}
MAX_CALL_DEPTH = 50


class CompileError(Exception):
    """Something the web player cannot run; `line_offset` is relative to the code's first line."""

    def __init__(self, message: str, line_offset: int = 0):
        super().__init__(message)
        self.line_offset = line_offset


def _err(node: ast.AST | None, message: str) -> CompileError:
    return CompileError(message, (getattr(node, "lineno", 1) or 1) - 1)


def constant_value(value: Any, node: ast.AST | None = None) -> Any:
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
    body: list
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
    def __init__(self, names: Names, local: set[str] | None = None,
                 global_decl: set[str] | None = None):
        self.names = names
        self.local = set(local or ())
        self.global_decl = set(global_decl or ())

    # Expressions ------------------------------------------------------------

    def expr(self, node: ast.AST) -> list:
        method = getattr(self, "e_" + type(node).__name__, None)
        if method is None:
            raise _err(node, f"unsupported Python expression: {describe(node)}")
        return method(node)

    def e_Constant(self, node: ast.Constant) -> list:
        return ["c", constant_value(node.value, node)]

    def e_Name(self, node: ast.Name) -> list:
        name = node.id
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

    def e_Attribute(self, node: ast.Attribute) -> list:
        attr = store_attr(node)
        if attr is not None:
            return self.e_Name(ast.Name(id=attr, lineno=getattr(node, "lineno", 1)))
        raise _err(node, f"unsupported attribute access: {describe(node)}")

    def e_BoolOp(self, node: ast.BoolOp) -> list:
        op = "and" if isinstance(node.op, ast.And) else "or"
        return [op, [self.expr(v) for v in node.values]]

    def e_UnaryOp(self, node: ast.UnaryOp) -> list:
        ops = {ast.Not: "not", ast.USub: "neg", ast.UAdd: "pos"}
        op = ops.get(type(node.op))
        if op is None:
            raise _err(node, f"unsupported operator in {describe(node)}")
        return [op, self.expr(node.operand)]

    def e_BinOp(self, node: ast.BinOp) -> list:
        if isinstance(node.op, ast.Div):
            raise _err(node, f"true division '/' is not supported (use '//'): {describe(node)}")
        op = BINOPS.get(type(node.op))
        if op is None:
            raise _err(node, f"unsupported operator in {describe(node)}")
        return ["bin", op, self.expr(node.left), self.expr(node.right)]

    def e_Compare(self, node: ast.Compare) -> list:
        rest = []
        for op, right in zip(node.ops, node.comparators):
            name = CMPOPS.get(type(op))
            if name is None:
                raise _err(node, f"unsupported comparison in {describe(node)}")
            if name in ("is", "is not") and not (isinstance(right, ast.Constant) and right.value in (None, True, False)):
                raise _err(node, f"'is' is supported only with None, True or False: {describe(node)}")
            rest.append([name, self.expr(right)])
        return ["cmp", self.expr(node.left), rest]

    def e_IfExp(self, node: ast.IfExp) -> list:
        return ["ifx", self.expr(node.test), self.expr(node.body), self.expr(node.orelse)]

    def e_Subscript(self, node: ast.Subscript) -> list:
        index = node.slice
        if isinstance(index, ast.Slice):
            raise _err(node, f"slices are not supported: {describe(node)}")
        return ["idx", self.expr(node.value), self.expr(index)]

    def e_List(self, node: ast.List) -> list:
        return ["list", [self.expr(e) for e in node.elts]]

    e_Tuple = e_List

    def e_Dict(self, node: ast.Dict) -> list:
        if all(isinstance(k, ast.Constant) and isinstance(k.value, str) for k in node.keys) and \
                all(isinstance(v, ast.Constant) for v in node.values):
            return ["c", {k.value: constant_value(v.value, node) for k, v in zip(node.keys, node.values)}]
        raise _err(node, f"only constant dictionaries are supported: {describe(node)}")

    def e_Call(self, node: ast.Call) -> list:
        if node.keywords:
            raise _err(node, f"keyword arguments are not supported: {describe(node)}")
        if any(isinstance(a, ast.Starred) for a in node.args):
            raise _err(node, f"*args are not supported: {describe(node)}")
        func = node.func
        if not isinstance(func, ast.Name):
            raise _err(node, f"unsupported call: {describe(node)}")
        name = func.id
        args = node.args
        if name in ("_", "__", "_p") and len(args) == 1 and isinstance(args[0], ast.Constant) \
                and isinstance(args[0].value, str):
            return ["c", args[0].value]
        if name == "getattr":
            if len(args) != 2 or not is_store(args[0]):
                raise _err(node, f"getattr is supported only as getattr(store, name): {describe(node)}")
            return ["dyn", self.expr(args[1])]
        if name == "setattr":
            raise _err(node, "setattr(store, name, value) is supported only as a statement")
        if name in self.local and name not in self.global_decl:
            raise _err(node, f"calling a local value is not supported: {describe(node)}")
        fn = self.names.lookup_function(name)
        if fn is not None:
            if len(args) != len(fn.params):
                raise _err(node, f"{name}() takes {len(fn.params)} arguments, {len(args)} given")
            self.names.used_functions.add(name)
            return ["call", name, [self.expr(a) for a in args]]
        builtin = WEB_BUILTINS.get(name)
        if builtin is not None:
            if not builtin.low <= len(args) <= builtin.high:
                raise _err(node, f"unsupported use of {name}(): {describe(node)}")
            return ["bi", name, [self.expr(a) for a in args]]
        raise _err(node, f"unknown or unsupported function {name}(): {describe(node)}")

    # Statements ---------------------------------------------------------------

    def block(self, body: list[ast.stmt]) -> list:
        rv = []
        for stmt in body:
            out = self.stmt(stmt)
            if out is not None:
                rv.append(out)
        return rv

    def stmt(self, node: ast.stmt) -> list | None:
        if isinstance(node, ast.Pass):
            return None
        if isinstance(node, ast.Expr):
            value = node.value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                return None  # a docstring or a bare string
            if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "setattr":
                if len(value.args) != 3 or value.keywords or not is_store(value.args[0]):
                    raise _err(node, f"setattr is supported only as setattr(store, name, value): {describe(node)}")
                return ["set", ["dyn", self.expr(value.args[1])], self.expr(value.args[2])]
            if not isinstance(value, ast.Call):
                raise _err(node, f"a statement that does nothing: {describe(node)}")
            display = dotted_name(value.func)
            if display in DISPLAY_ONLY:
                raise _err(node, f"{display}() is not supported by the web player "
                                 f"(the route checker ignores it as display-only)")
            return ["expr", self.expr(value)]
        if isinstance(node, ast.Assign):
            value = self.expr(node.value)
            if len(node.targets) != 1:
                raise _err(node, f"chained assignment is not supported: {describe(node)}")
            return ["set", self.target(node.targets[0]), value]
        if isinstance(node, ast.AugAssign):
            op = BINOPS.get(type(node.op))
            if op is None:
                raise _err(node, f"unsupported operator in {describe(node)}")
            target = self.target(node.target)
            if target[0] == "unpack":
                raise _err(node, f"unsupported assignment: {describe(node)}")
            self._check_readable(target, node)
            return ["aug", target, op, self.expr(node.value)]
        if isinstance(node, ast.If):
            branches = []
            current: ast.stmt | None = node
            orelse: list = []
            while current is not None:
                branches.append([self.expr(current.test), self.block(current.body)])
                if len(current.orelse) == 1 and isinstance(current.orelse[0], ast.If):
                    current = current.orelse[0]
                else:
                    orelse = self.block(current.orelse)
                    current = None
            return ["if", branches, orelse]
        if isinstance(node, ast.Return):
            return ["ret", self.expr(node.value) if node.value is not None else ["c", None]]
        if isinstance(node, ast.Global):
            return None  # handled when the function is compiled
        raise _err(node, f"unsupported Python statement: {describe(node).splitlines()[0]}")

    def _check_readable(self, target: list, node: ast.AST) -> None:
        if target[0] == "v" and target[1] not in self.names.variables:
            raise _err(node, f"unknown name {target[1]!r}")

    def target(self, node: ast.AST) -> list:
        if isinstance(node, ast.Name):
            if node.id in self.local and node.id not in self.global_decl:
                return ["l", node.id]
            if node.id not in self.names.variables:
                found, _ = self.names.lookup_constant(node.id)
                if found or self.names.lookup_function(node.id) is not None:
                    raise _err(node, f"assigning to {node.id!r}, which is a define or a function")
                self.names.variables.add(node.id)
            self.names.used_variables.add(node.id)
            return ["v", node.id]
        attr = store_attr(node)
        if attr is not None:
            return self.target(ast.Name(id=attr, lineno=getattr(node, "lineno", 1)))
        if isinstance(node, (ast.Tuple, ast.List)):
            return ["unpack", [self.target(e) for e in node.elts]]
        raise _err(node, f"unsupported assignment target: {describe(node)}")


def compile_expression(source: str, names: Names) -> list:
    try:
        tree = pysubset.parse(source.strip(), "eval")
    except pysubset.ParseError as e:
        raise CompileError(f"Python syntax error in {source!r}: {e.msg}") from None
    return Compiler(names).expr(tree.body)


def compile_statements(source: str, names: Names) -> list:
    try:
        tree = pysubset.parse(source)
    except pysubset.ParseError as e:
        raise CompileError(f"Python syntax error: {e.msg}", e.line_offset) from None
    return Compiler(names).block(tree.body)


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
        elif isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)) and sub is not node:
            raise _err(sub, f"{node.name}(): nested functions and classes are not supported")
        elif isinstance(sub, (ast.For, ast.While, ast.AsyncFor, ast.With, ast.Try)):
            raise _err(sub, f"{node.name}(): loops, with and try are not supported")
    # `store.x = ...` writes the store; every other name the body binds is local
    local |= {n for n in pysubset.assigned_names(node.body) if "." not in n} - global_decl
    body = Compiler(names, local, global_decl).block(node.body)
    return Function(node.name, params, body, file, line)
