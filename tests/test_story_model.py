"""vn.story (the export's one loader and walker) and vn.pysubset (the Python both routes and
web read): fast, no engine."""

import re

import pytest

from vn import pysubset, story
from vn.errors import VnError
from vn.routes import pyeval
from vn.routes.pyeval import Program
from vn.web import pyexpr


def node(nid, kind, nxt=None, **extra):
    return {"id": nid, "file": "game/s.rpy", "line": int(nid[1:]), "kind": kind, "next": nxt, **extra}


STORY = {"format": story.FORMAT, "labels": {"start": "n1", "side": "n9"}, "nodes": [
    node("n1", "label", "n2", name="start"),
    node("n2", "if", "n5", entries=[{"condition": "x", "next": "n3"}, {"condition": "True", "next": "n4"}]),
    node("n3", "say", "n5"), node("n4", "call", "n5", target="side"),
    node("n5", "jump", "n6", target="start"),
    node("n6", "say", None),            # after a jump: never reached
    node("n9", "label", "n10", name="side"), node("n10", "return", None),
]}


def test_successors_follow_control_not_file_order():
    by_id = {n["id"]: n for n in STORY["nodes"]}
    labels = STORY["labels"]
    assert story.successors(by_id["n2"], labels, by_id) == ["n3", "n4"]  # else: not past the if
    assert story.successors(by_id["n5"], labels, by_id) == ["n1"]
    assert story.callee(by_id["n4"], labels) == "n9"
    assert story.reachable(STORY, ["n1"]) == {"n1", "n2", "n3", "n4", "n5", "n9", "n10"}


def test_validate_names_the_bad_field():
    bad = {**STORY, "nodes": [node("n1", "label", None, name="start", line="one")]}
    with pytest.raises(VnError, match=r"nodes\[0\]\.line: expected int"):
        story.validate(bad, "s.json")


def test_image_index_matches_attribute_subsets():
    idx = story.ImageIndex(["eileen happy", "eileen happy wave", "side noah"])
    assert idx.matching("eileen", ["happy"]) == ["eileen happy", "eileen happy wave"]
    assert idx.matching("eileen", ["sad"]) == []


def test_web_assigned_names_skip_the_locals_of_nested_functions():
    src = "def helper():\n    tmp = 1\n    return tmp\nscore = helper()\nstore.seen = True\n"
    assert pyexpr.assigned_names(src) == {"score", "seen"}


def test_assigned_names_walk_every_block_but_not_functions():
    tree = pysubset.parse("a, (b, *c) = 1, (2, 3)\nif a:\n    store.d = 1\nelse:\n"
                          "    for i in x:\n        e += 1\nmatch a:\n    case 1:\n        f = 1\n"
                          "g: int\nh: int = 1\nk[0] = 1\nobj.attr = 2\n"
                          "def helper():\n    local = 1\n")
    assert pysubset.assigned_names(tree.body) == {"a", "b", "c", "store.d", "e", "f", "h"}
    assert pysubset.store_writes(tree.body) == {"a", "b", "c", "d", "e", "f", "h"}


def test_parse_gives_the_line_of_a_syntax_error():
    with pytest.raises(pysubset.ParseError) as err:
        pysubset.parse("x = 1\ny = (\n")
    assert err.value.line_offset == 1
    assert pysubset.parse_or_none("x = (") is None


@pytest.mark.parametrize("source, routes_gives, web_refusal", [
    ("renpy.pause(1.0)", None, "renpy.pause() is not supported by the web player"),
    ("x = score / 2", 2.5, "true division '/' is not supported"),
    ("x = name[4:]", "Reyes", "slices are not supported"),
    ("x = float(score)", 5.0, "unknown or unsupported function float()"),
])
def test_what_routes_accepts_and_web_refuses(source, routes_gives, web_refusal):
    """The table in vn/pysubset.py: these run in the route checker (`x` is what they leave),
    and the web build refuses them with a message (compile.py adds the file and line)."""
    prog = Program()
    for var, value in (("score", 5), ("name", "Dr. Reyes"), ("x", None)):
        prog.add_var(var, value)
    state = list(prog.initial)
    prog.statements(source)(state, {})
    assert state[prog.index["x"]] == routes_gives
    names = pyexpr.Names({"score", "name", "x"}, lambda n: (False, None), lambda n: None)
    with pytest.raises(pyexpr.CompileError, match=re.escape(web_refusal)):
        pyexpr.compile_statements(source, names)


def test_one_builtin_table_for_both_targets():
    assert set(pyexpr.WEB_BUILTINS) < set(pyeval.BUILTINS) and pyeval.BUILTINS is pysubset.BUILTINS
    assert all(b.web for b in pysubset.WEB_BUILTINS.values())


def test_a_creator_defined_block_is_entered_where_its_next_says():
    """`example:` (registered with block="script") runs its block: lint's walks follow the
    export's `enters`, so what is inside is reachable and its shows count."""
    aside = {"format": story.FORMAT, "labels": {"start": "n1"}, "nodes": [
        node("n1", "label", "n2", name="start"),
        node("n2", "user", "n6", block="n3", enters="n3", name="aside:"),
        node("n3", "show", "n4", tag="calla"), node("n4", "say", "n5", character="calla"),
        node("n5", "say", "n6", character="calla"), node("n6", "return", None),
    ]}
    by_id = {n["id"]: n for n in aside["nodes"]}
    assert story.successors(by_id["n2"], aside["labels"], by_id) == ["n3"]
    assert story.reachable(aside, ["n1"]) == {"n1", "n2", "n3", "n4", "n5", "n6"}
    from vn.rules.flow import Flow
    assert "calla" in Flow(aside).must["n5"]   # shown inside the block, before the line
    # a block its `next` does not enter (enters == next) is skipped, as the engine does
    skipped = dict(aside, nodes=[dict(n, enters="n6") if n["id"] == "n2" else n
                                 for n in aside["nodes"]])
    assert story.reachable(skipped, ["n1"]) == {"n1", "n2", "n6"}
