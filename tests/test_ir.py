"""vn/ir.py: one intermediate form of the story's Python, with a flag per target.

The flags are data both back ends consult, so these tests hold the table to what the back
ends do: every construct whose web flag is off is run by the route checker and refused by the
web build with the flag's own message, naming its line.
"""

from __future__ import annotations

import pytest

from vn import ir, pysubset
from vn.routes.pyeval import Program
from vn.web import pyexpr

# One source per construct the route checker runs and the web player does not.
ROUTES_ONLY = {
    "slice": ("xs[1:]", [2, 3]),
    "set": ("{a, 5}", {1, 5}),
    "/": ("a / 2", 0.5),
}


def lowered(source: str) -> ir.Node:
    return ir.expression(pysubset.parse(source, "eval").body)


def routes_value(source: str) -> object:
    prog = Program()
    prog.add_var("a", 1)
    prog.add_var("xs", [1, 2, 3])
    return prog.evaluate(source, tuple(prog.initial))


def web_names() -> pyexpr.Names:
    return pyexpr.Names({"a", "xs"}, lambda name: (False, None), lambda name: None)


def flags_of(key: str) -> ir.Flags:
    return ir.BINARY[key] if key in ir.BINARY else ir.KINDS[key]


@pytest.mark.parametrize("key", sorted(ROUTES_ONLY))
def test_a_routes_only_construct_runs_in_routes_and_the_web_refuses_it_by_its_flag(key):
    source, value = ROUTES_ONLY[key]
    flags = flags_of(key)
    assert flags.routes and not flags.web
    assert routes_value(source) == value
    with pytest.raises(pyexpr.CompileError) as e:
        pyexpr.compile_statements(f"a = 1\nb = {source}", web_names())
    assert str(e.value) == flags.web_refusal.format(text=source)
    assert e.value.line_offset == 1  # the build names the statement's own line


def test_every_kind_the_lowering_produces_has_flags():
    source = ("a = b = (x if y else -z) + f(*p, k=1)[0:1] // {1: 2, **d}[{3}] - (not q or r and s)"
              "\nstore.m += config.n.o * ~t < u is not None\nif v: pass\nelse: global w\n"
              "del x\nlambda: 1\nreturn")
    kinds = set()

    def walk(value: object) -> None:
        if isinstance(value, ir.Node):
            kinds.add(value.kind)
            walk(value.args)
        elif isinstance(value, tuple):
            for item in value:
                walk(item)

    walk(ir.block(pysubset.parse(source).body))
    assert kinds <= set(ir.KINDS)
    assert {"set_stmt", "aug", "if", "pass", "global", "bad_stmt", "ret", "slice", "dict",
            "starred", "unary", "dotted", "store", "bad", "ifx", "cmp", "call", "set"} <= kinds


def test_nodes_name_their_source_for_messages():
    node = lowered("max(a, xs[0])")
    assert (node.kind, node.line, node.text) == ("call", 1, "max(a, xs[0])")
    func, args, keywords = node.args
    assert (func.kind, func.args, [a.kind for a in args], keywords) == ("name", ("max",), ["name", "idx"], ())
    assert lowered("store.a").args == ("a",) and lowered("config.x.y").args == ("config.x.y",)
