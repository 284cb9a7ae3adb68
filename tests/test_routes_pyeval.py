"""The safe Python subset of the route checker: what it evaluates, and what it refuses."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from vn.routes import pyeval
from vn.routes.graph import StoryGraph
from vn.routes.pyeval import DEAD, UNSET, Opaque, Program, PyError, Unsupported, freeze_state
from vn.routes.startup import build_program
from routes_synth import Jump, Py, Return, Story


def program(**store) -> tuple[Program, list]:
    prog = Program()
    for name, value in store.items():
        prog.add_var(name, value)
    return prog, list(prog.initial)


def ev(source: str, **store):
    prog, state = program(**store)
    return prog.evaluate(source, tuple(state))


def ex(source: str, **store) -> dict:
    prog, state = program(**store)
    prog.statements(source)(state, {})
    return dict(zip(prog.names, state))


@pytest.mark.parametrize("source, expected", [
    ("1 + 2 * 3 - 4", 3), ("7 // 2", 3), ("7 / 2", 3.5), ("7 % 3", 1), ("-x", -5), ("+x", 5),
    ("x > 3 and 'yes' or 'no'", "yes"), ("not x", False), ("1 < x <= 5 < 9", True),
    ("1 < x < 3", False), ("'a' in 'cat'", True), ("3 not in (1, 2)", True), ("None is None", True),
    ("x if x > 10 else -1", -1), ("[1, 2] + [3]", [1, 2, 3]), ("{'k': x}['k']", 5),
    ("(1, 2, 3)[1:]", (2, 3)), ("{1, 2} == {2, 1}", True), ("min(x, 3)", 3), ("max([x, 9, 2])", 9),
    ("len('abc')", 3), ("abs(-x)", 5), ("int('7') + int(True)", 8), ("bool(0)", False),
    ("str(x) + '!'", "5!"), ("float(x)", 5.0), ("round(2.6)", 3), ("store.x * 2", 10),
    ("'a' < 'b' != 'c'", True), ("0.5 + 1", 1.5),
])
def test_expressions(source, expected):
    assert ev(source, x=5) == expected


def test_statements_assign_in_every_supported_way():
    state = ex("a = b = 3\nc, d = 1, 2\na += 1\nb -= 1\nc *= 10\nd //= 2\nstore.e = a + b\n"
               "if e > 5:\n    f = 'big'\nelif e > 0:\n    f = 'small'\nelse:\n    pass\n",
               a=0, b=0, c=0, d=0, e=0, f=None)
    assert state == {"a": 4, "b": 2, "c": 10, "d": 1, "e": 6, "f": "big"}


def test_list_augmented_assignment_builds_a_new_list():
    prog, state = program(items=[1])
    before = state[0]
    prog.statements("items += (2,)")(state, {})
    assert state[0] == [1, 2] and before == [1]  # the old state's list is untouched


@pytest.mark.parametrize("source, what", [
    ('x = open("f")', "call to open()"),
    ("x = [i for i in range(3)]", "list comprehension"),
    ("x = lambda: 1", "lambda"),
    ("x = f'{x}'", "f-string"),
    ("x = 2 ** 8", "operator in `2 ** 8`"),
    ("x = renpy.random.randint(1, 3)", "call to renpy.random.randint()"),
    ("x = x.real", "attribute `x.real`"),
    ("import os", "import"),
    ("for i in (1, 2):\n    x = i", "for loop"),
    ("del x", "del"),
    ("x = y", "name `y`"),
    ("items[0] = 1", "assignment to `items[0]`"),
    ("x = persistent.seen", "attribute `persistent.seen`"),
])
def test_outside_the_subset_is_unsupported(source, what):
    prog, state = program(x=0, items=[0])
    with pytest.raises(Unsupported, match=r"^" + __import__("re").escape(what)):
        prog.statements(source)(state, {})


def test_display_only_renpy_calls_are_allowed_as_statements():
    assert ex("renpy.pause(0.5)\nrenpy.notify('hi')\nx = 1", x=0) == {"x": 1}


def test_game_errors_are_py_errors_not_crashes():
    prog, state = program(x=0, s="a", late=UNSET)
    for source in ("x = 1 / x", "x = s + 1", "x = late", "x = {}['k']", "x, s = 1, 2, 3"):
        with pytest.raises((PyError, ZeroDivisionError, TypeError, KeyError)):
            try:
                prog.statements(source)(list(state), {})
            except pyeval.RUNTIME_ERRORS as e:
                raise PyError(str(e)) from e


def test_opaque_constants_fail_only_when_read():
    prog, state = program(x=0)
    prog.constants["e"] = Opaque("e", "defined at game/script.rpy:3", 'Character("Eileen")')
    prog.statements("x = 1")(state, {})  # never reads e: fine
    with pytest.raises(Unsupported, match=r'`e` \(defined at game/script.rpy:3\) is `Character\("Eileen"\)`'):
        prog.statements("x = e")(state, {})


def test_conditions_must_not_change_the_store():
    prog, state = program(x=0)
    prog.helpers["bump"] = pyeval.Helper("bump", "game/x.rpy:1", ast.parse(
        "def bump():\n    global x\n    x = x + 1\n    return True").body[0])
    with pytest.raises(Unsupported, match="conditions must not have side effects"):
        prog.condition("bump()")(tuple(state), {})
    prog.statements("bump()")(state, {})
    assert state == [1]


def test_true_and_one_are_different_states():
    assert freeze_state((True, 1.0)) != freeze_state((1, 1))
    assert freeze_state(([1],)) != freeze_state(((1,),))
    assert freeze_state((DEAD, UNSET)) == freeze_state((DEAD, UNSET))


def test_never_eval_or_exec():
    """The evaluator walks ast nodes itself: no eval, exec or compile anywhere in the package."""
    package = Path(pyeval.__file__).parent
    for path in package.glob("*.py"):
        tree = ast.parse(path.read_text())
        calls = {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
        assert not calls & {"eval", "exec", "compile", "__import__"}, path.name


def helper_story(init_source: str, body: list, **defaults: str) -> dict:
    S = Story()
    for name, src in defaults.items():
        S.default(name, src)
    S.init_python(init_source)
    S.label("start", body + [Jump("ending_human_x")])
    S.label("ending_human_x", [Return()])
    return S.build()


def run_story_python(story: dict, *sources: str) -> dict:
    graph = StoryGraph(story)
    prog, initial = build_program(graph)
    state = list(initial)
    for source in sources:
        prog.statements(source)(state, {})
    return dict(zip(prog.names, state))


def test_the_games_clamp_helper_is_understood_generically():
    """game/definitions.rpy's adjust(), byte for byte, plus a STATE_RANGES define."""
    init = ('def adjust(name, delta):\n'
            '    """Adds `delta` to the counter `name`, clamped to its STATE_RANGES."""\n'
            '    low, high = STATE_RANGES[name]\n'
            '    setattr(store, name, max(low, min(high, getattr(store, name) + delta)))\n')
    S = Story()
    S.define("STATE_RANGES", '{"trust": (0, 10), "doubt": (0, 3)}')
    S.default("trust", "3")
    S.default("doubt", "0")
    S.init_python(init)
    S.label("start", [Jump("ending_human_x")])
    S.label("ending_human_x", [Return()])
    state = run_story_python(S.build(), 'adjust("trust", 20)', 'adjust("doubt", -2)', 'adjust("doubt", 2)')
    assert state == {"trust": 10, "doubt": 2}


def test_single_return_helpers_are_inlined_with_arguments_and_defaults():
    init = ('def hands():\n    """Doc."""\n    return a + b\n\n'
            'def over(limit, extra=0):\n    return hands() + extra > limit\n')
    story = helper_story(init, [], a="True", b="2")
    graph = StoryGraph(story)
    prog, initial = build_program(graph)
    assert prog.condition("hands() == 3")(initial, {}) is True
    assert prog.condition("over(3)")(initial, {}) is False
    assert prog.condition("over(3, extra=1)")(initial, {}) is True
    with pytest.raises(Unsupported, match="takes 2 argument"):
        prog.condition("over(1, 2, 3)")


def test_unsupported_helper_body_names_the_helper():
    init = "def roll():\n    import random\n    return random.randint(1, 6)\n"
    story = helper_story(init, [], a="0")
    prog, initial = build_program(StoryGraph(story))
    with pytest.raises(Unsupported, match=r"in roll\(\) \(game/script.rpy:\d+\): import"):
        prog.condition("roll() > 3")(initial, {})


def test_defines_evaluate_in_any_order_and_opaque_ones_stay_opaque():
    S = Story()
    S.define("LIMIT", "BASE * 2")
    S.define("BASE", "5")
    S.define("e", 'Character("Eileen")')
    S.default("x", "LIMIT + 1")
    S.label("start", [Py("x += 1"), Jump("ending_human_x")])
    S.label("ending_human_x", [Return()])
    prog, initial = build_program(StoryGraph(S.build()))
    assert prog.constants["LIMIT"] == 10
    assert isinstance(prog.constants["e"], Opaque)
    assert dict(zip(prog.names, initial)) == {"x": 11}
