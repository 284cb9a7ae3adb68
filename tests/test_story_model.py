"""vn.story (the export's one loader and walker) and vn.pysubset (the Python both routes and
web read): fast, no engine."""

import pytest

from vn import story
from vn.errors import VnError
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
