"""The control graph of a story export: statements, labels, endings and where control goes.

The export already gives each statement its successor (`next`); this module
indexes the statements, resolves jump and call targets (a missing label is bad
input, exit 2), names the endings, and sorts statements into two classes:

- *stops*, where something can happen: Python runs, a branch is taken, a menu
  is shown, the call stack changes, an ending is passed, the game ends;
- *pass-through* statements (say, scene, show, hide, with, plain labels,
  jumps...), which the explorer skips in one step with `skip()`.

Skipping pass-through runs keeps the state space small without changing what
it describes: those statements cannot change the store or the path.
"""

from __future__ import annotations

import ast
import fnmatch
import re
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from .. import story as story_mod
from ..errors import VnError
from ..pysubset import dotted_name
from .screens import expand_call_screens

# Stop kinds. PASS is everything that cannot change state or path.
PASS, PY, IF, WHILE, MENU, CALL, RET, ENDING, FALLOFF, LOOP, UNSUP = range(11)

ENDING_LABEL = re.compile(r"^ending_([A-Za-z0-9]+)(?:_|$)")
# Ren'Py calls that end the game: play goes back to the main menu (or quits).
GAME_ENDING_CALLS = ("renpy.full_restart", "renpy.utter_restart", "renpy.quit", "MainMenu")
# The story's vocabulary (re-exported: analysis and mute read them from here).
INIT_ONLY = story_mod.INIT_KINDS
ENGINE_LABELS = story_mod.ENGINE_LABELS
ENGINE_EXITS = story_mod.ENGINE_EXITS


def ends_the_game(source: str) -> bool:
    """Python that ends play: a top-level `renpy.full_restart()`, `renpy.quit()`, or a
    `MainMenu(...)()` action called (what follows it never runs)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return False
    for stmt in tree.body:
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
            func = stmt.value.func
            if isinstance(func, ast.Call):  # MainMenu(confirm=False)()
                func = func.func
            if dotted_name(func) in GAME_ENDING_CALLS:
                return True
    return False


# `renpy.call(x)` / `renpy.jump(x)` as the last statement of a python block.
CONTROL_TAIL = {"renpy.call": "call", "renpy.jump": "jump",
                # KS starts its story from the main menu this way: a jump, for the routes
                "renpy.jump_out_of_context": "jump"}


def split_control_tails(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A python block that ends in `renpy.call(x)` or `renpy.jump(x)` (LearnToCodeRPG's
    random start-of-day scene) becomes the block without it, then `call expression x` /
    `jump expression x` at the same file:line, which the checker follows (unknown.py).
    Only a single positional argument in a block that keeps its names in the store:
    anything else stays Python that moves control (an error)."""
    out: list[dict[str, Any]] = []
    for n in nodes:
        if n["kind"] != "python" or n.get("hide") or n.get("init") is not None:
            out.append(n)
            continue
        try:
            body = ast.parse(n.get("source") or "").body
        except SyntaxError:
            out.append(n)
            continue
        last = body[-1] if body else None
        call = last.value if isinstance(last, ast.Expr) else None
        if not isinstance(call, ast.Call):
            out.append(n)
            continue
        kind = CONTROL_TAIL.get(dotted_name(call.func) or "")
        if kind is None or len(call.args) != 1 or call.keywords \
                or isinstance(call.args[0], ast.Starred):
            out.append(n)
            continue
        arg = call.args[0]
        constant = isinstance(arg, ast.Constant) and isinstance(arg.value, str)
        target = arg.value if isinstance(arg, ast.Constant) and constant else ast.unparse(arg)
        tail = {"id": f"{n['id']}#{kind}", "file": n["file"], "line": n["line"], "kind": kind,
                "next": n.get("next"), "expression": not constant, "target": target}
        if kind == "call":
            tail.update(arguments=None, **{"from": None})
        out.append(dict(n, source="\n".join(ast.unparse(s) for s in body[:-1]) or "pass",
                        next=tail["id"]))
        out.append(tail)
    return out


class StoryGraph:
    """Indexed statements of one story export, with pass-through skipping."""

    def __init__(self, story: dict[str, Any], source: str = "story",
                 ending_globs: Sequence[str] = (), strict: bool = False) -> None:
        nodes = split_control_tails(story_mod.validate(story, source)["nodes"])  # type: ignore[arg-type]
        self.story = story
        self.source = source
        self.strict = strict
        # file:line -> why the verdict is approximate there (constructs explored as unknown)
        self.approximate: dict[str, str] = {}
        self.nodes = nodes
        n_real = len(nodes)
        self.ids: dict[str, int] = {n["id"]: i for i, n in enumerate(nodes)}
        # A pseudo statement for "control runs off the end" (next is null where it should not be).
        self.END = n_real
        nodes.append({"id": "<end>", "file": "<end>", "line": 0, "kind": "end", "next": None})

        self.next: list[int] = []
        for n in nodes:
            nxt = n.get("next")
            if nxt is not None and nxt not in self.ids:
                raise VnError(f"{n['file']}:{n['line']}: statement points at unknown id {nxt!r}")
            self.next.append(self.ids[nxt] if nxt is not None else -1)

        self.labels: dict[str, int] = {}
        for name, nid in story["labels"].items():
            if nid not in self.ids:
                raise VnError(f"{source}: label {name!r} points at unknown id {nid!r}")
            self.labels[name] = self.ids[nid]
        if "start" not in self.labels:
            raise VnError(f"{source}: the story has no `label start`")

        # labels of the engine's own scripts (`_enter_game_menu`...), as the export lists them
        self.script_engine_labels = frozenset(story.get("engine_labels") or ())
        self.missing_targets: set[int] = set()      # UNSUP: a jump or call to no label
        self.from_labels = {n.get("from") for n in nodes if n["kind"] == "call" and n.get("from")}
        # Labels the engine enters (a load that lost its place goes to the game's own one).
        self.engine_labels = story_mod.engine_labels(story)
        # `menu NAME:` makes a label NAME on the menu's own line: a menu, never an ending.
        self.menu_labels = {n["name"] for i, n in enumerate(nodes[:n_real]) if n["kind"] == "label"
                            and self.next[i] >= 0 and nodes[self.next[i]]["kind"] == "menu"
                            and (nodes[self.next[i]]["file"], nodes[self.next[i]]["line"])
                            == (n["file"], n["line"])}
        self.endings: dict[str, str] = {}          # ending label name -> outcome
        # How endings were found: "named" (ending_*), "declared" (--ending), "implicit"
        # (where play ends: a return with an empty call stack, renpy.full_restart...).
        self.endings_from = "named"
        self._find_named_endings(ending_globs)
        self.ending_index = {name: k for k, name in enumerate(self.endings)}
        self.ending_of_node = {self.labels[name]: k for k, name in enumerate(self.endings)}
        # Implicit endings: the statement where play ends -> index of the ending it names.
        self.implicit_ending: dict[int, int] = {}

        self._order = [(n["file"], n["line"], i) for i, n in enumerate(nodes)]
        self.target: list[int] = [-1] * len(nodes)
        self.stop: list[int] = [PASS] * len(nodes)
        self.why: dict[int, str] = {}               # UNSUP stops: what is unsupported
        for i, n in enumerate(nodes[:n_real]):
            self._classify(i, n)
        self.stop[self.END] = FALLOFF
        self.label_of = self._enclosing_labels()
        self._skip: list[int | None] = [None] * len(nodes)
        # before endings are found and dialogue ifs folded: a screen's buttons are choices
        # and may end play (screens.py)
        expand_call_screens(self)
        if not self.endings and self.endings_from == "named":
            self._find_implicit_endings()
        self.dialogue_ifs: set[int] = set()
        self._fold_dialogue_ifs()

        self._skip = [None] * len(nodes)
        self._order = [(n["file"], n["line"], i) for i, n in enumerate(nodes)]

    # -- set-up -------------------------------------------------------------------------

    def _find_named_endings(self, globs: Sequence[str]) -> None:
        """Endings by name: labels matching a declared glob, else the `ending_*` convention."""
        candidates = [name for name in self.labels
                      if name not in self.from_labels and name not in self.menu_labels]
        if globs:
            self.endings_from = "declared"
            for name in candidates:
                if any(fnmatch.fnmatchcase(name, g) for g in globs):
                    m = ENDING_LABEL.match(name)
                    self.endings[name] = m.group(1) if m else name
            for g in globs:
                if not any(fnmatch.fnmatchcase(name, g) for name in self.endings):
                    raise VnError(f"{self.source}: --ending {g!r} matches no label (the labels of "
                                  f"`menu NAME:` and of call's `from` are not endings)")
            return
        for name in candidates:
            m = ENDING_LABEL.match(name)
            if m and "." not in name:
                self.endings[name] = m.group(1)

    def _find_implicit_endings(self) -> None:
        """A game without named endings ends where play ends: each `return` that can
        leave an empty call stack, each `renpy.full_restart()` and the like, each jump to
        the engine's main menu. Each is named by the label it is in (the last label
        passed), which must be a real label; its outcome is its own name."""
        self.endings_from = "implicit"
        # named by a label a writer wrote: not by `menu NAME:`'s label
        self._play_label = self._enclosing_labels(skip=self.menu_labels)
        for i in range(len(self.nodes)):
            if self.stop[i] not in (RET, FALLOFF) or i == self.END:
                continue
            name = self._play_label[i]
            if name is None or name not in self.labels:
                continue
            # (A return inside a called label ends play only with an empty call stack: the
            # explorer decides; endings play never reaches are left out of the report.)
            if name not in self.endings:
                self.endings[name] = name
                self.ending_index[name] = len(self.ending_index)
            self.implicit_ending[i] = self.ending_index[name]

    def _classify(self, i: int, n: dict[str, Any]) -> None:
        kind = n["kind"]
        if kind in ("jump", "call"):
            if n.get("expression"):
                self.stop[i] = UNSUP
                self.why[i] = f"`{kind} expression {n.get('target')}` (the target is computed at run time)"
                return
            target = n.get("target")
            if target not in self.labels and kind == "jump" and target in ENGINE_EXITS:
                self.stop[i] = FALLOFF  # the engine's own menu: play ends here
                return
            if target not in self.labels and (target in self.script_engine_labels
                                              or target in self.engine_labels):
                # a label of the engine's own scripts (KS's `call _enter_game_menu`)
                if kind == "jump":
                    self.stop[i] = FALLOFF  # play leaves the game's script
                else:
                    self._unsupported(i, f"`call {target}`: a label of the engine's own scripts, "
                                         f"taken as returning at once with nothing changed", PASS)
                return
            if target not in self.labels:
                # bad input only where play can get to it: KS's `jump cruise_control`, a
                # developer's label since removed, sits behind a flag no route sets
                self.stop[i] = UNSUP
                self.why[i] = f"{kind} to missing label `{target}`"
                self.missing_targets.add(i)
                return
            self.target[i] = self.labels[target]
            if kind == "call":
                self.stop[i] = CALL
                if n.get("arguments"):
                    self._unsupported(i, f"`call {target}` with arguments (their values are not "
                                         f"followed into the label)", CALL)
            return
        if kind == "python":
            if n.get("init") is not None:
                self.stop[i] = UNSUP
                self.why[i] = ("control flows into an `init python` block (the export does not say "
                               "what follows it); end the label before it")
            elif n.get("store", "store") != "store":
                self.stop[i] = UNSUP
                self.why[i] = f"`python in {n['store'][6:]}` (only the default store is supported)"
            elif ends_the_game(n.get("source") or ""):
                self.stop[i] = FALLOFF
            else:
                self.stop[i] = PY
            return
        if kind in INIT_ONLY:
            self.stop[i] = UNSUP
            self.why[i] = (f"control flows into an init-time `{kind}` statement (the export does not "
                           f"say what follows it); end the label before it with jump or return")
            return
        simple = {"if": IF, "while": WHILE, "menu": MENU, "return": RET}
        if kind in simple:
            self.stop[i] = simple[kind]
            return
        if kind == "label":
            if n.get("name") in self.endings:
                self.stop[i] = ENDING
            elif (n.get("parameters") or "()") != "()":
                self._unsupported(i, f"label `{n['name']}{n['parameters']}` with parameters (their "
                                     f"values are not known to the checker)", PASS)
                if self.next[i] < 0:
                    self.stop[i] = FALLOFF
            elif self.next[i] < 0:
                self.stop[i] = FALLOFF
            return
        if kind == "user" and n.get("block") and n.get("enters") != n["block"]:
            # a creator-defined statement's block that its `next` does not enter (the
            # export asked it once): the engine may still run it some other way
            name = (n.get("name") or "").rstrip(":")
            self._unsupported(i, f"the block of `{name}:` is not followed (the statement's "
                                 f"`next` does not enter it)", PASS)
        if self.next[i] < 0 and not n.get("enters"):
            self.stop[i] = FALLOFF  # a pass-through statement with nowhere to go

    def _unsupported(self, i: int, why: str, approximate_as: int) -> None:
        """A construct the checker does not follow exactly: an error (UNSUP, when reached)
        with --strict; otherwise explored as `approximate_as` and noted as approximate."""
        if self.strict:
            self.stop[i] = UNSUP
            self.why[i] = why
        else:
            self.stop[i] = approximate_as
            self.approximate[self.where(i)] = why

    def branches(self, i: int) -> list[int]:
        """Where an `if` can send control: each entry up to an `else`, then past the if."""
        return [self.ids.get(nxt, -1) if nxt is not None else -1
                for nxt in story_mod.if_targets(self.nodes[i])]

    def _peek(self, i: int) -> int | None:
        """The stop reached from `i` (None for a pass-through cycle), without memoising."""
        seen = set()
        while i >= 0 and self.stop[i] == PASS:
            if i in seen:
                return None
            seen.add(i)
            i = self.pass_successor(i)
        return i

    def _fold_dialogue_ifs(self) -> None:
        """Treat an `if` whose branches all lead to the same stop as pass-through.

        Such ifs only choose which lines are shown (`if flower_heard: "..."`):
        the route and the store are the same whichever branch runs. Folding
        them keeps their conditions from splitting the state space; their
        conditions are still compiled (checked against the subset) when reached."""
        ifs = [i for i, k in enumerate(self.stop) if k == IF]
        changed = True
        while changed:
            changed = False
            for i in ifs:
                if self.stop[i] != IF:
                    continue
                targets = {self._peek(b) for b in self.branches(i)}
                if len(targets) == 1 and None not in targets:
                    self.stop[i] = PASS
                    self.dialogue_ifs.add(i)
                    changed = True

    def _enclosing_labels(self, skip: AbstractSet[str] = frozenset()) -> list[str | None]:
        """The label each statement belongs to (the last one above it in its file, not
        counting the labels in `skip`)."""
        out: list[str | None] = [None] * len(self.nodes)
        current: str | None = None
        last_file = None
        for _, _, i in sorted(self._order):
            n = self.nodes[i]
            if n["file"] != last_file:
                current, last_file = None, n["file"]
            if n["kind"] == "label" and n.get("name") not in self.from_labels \
                    and n.get("name") not in skip:
                current = n["name"]
            out[i] = current
        return out

    # -- queries ------------------------------------------------------------------------

    def where(self, i: int) -> str:
        n = self.nodes[i]
        return f"{n['file']}:{n['line']}"

    def order(self, i: int) -> tuple[str, int, int]:
        return self._order[i]

    def pass_successor(self, i: int) -> int:
        """Where a pass-through statement sends control (a jump goes to its label)."""
        n = self.nodes[i]
        if n["kind"] == "jump":
            return self.target[i]
        if n.get("enters"):  # a creator-defined statement that runs its own block (export)
            return self.ids.get(n["enters"], self.next[i])
        if i in self.dialogue_ifs:
            return self.branches(i)[0]  # every branch reaches the same stop
        return self.next[i]

    def pass_successors(self, i: int) -> list[int]:
        """Every statement a pass-through statement may run next (all branches of a dialogue if)."""
        if i in self.dialogue_ifs:
            return self.branches(i)
        return [self.pass_successor(i)]

    def skip(self, i: int) -> int:
        """The first stop reached from statement `i` (itself if it is a stop).

        A cycle made only of pass-through statements (`label a: "..." / jump a`)
        can never end: its first statement in file order becomes a LOOP stop."""
        if i < 0:
            return self.END
        s = self._skip[i]
        if s is not None:
            return s
        path: list[int] = []
        pos: dict[int, int] = {}
        j = i
        while True:
            if j < 0:
                res = self.END
                break
            s = self._skip[j]
            if s is not None:
                res = s
                break
            if self.stop[j] != PASS:
                res = j
                break
            if j in pos:
                cycle = path[pos[j]:]
                res = min(cycle, key=self.order)
                self.stop[res] = LOOP
                break
            pos[j] = len(path)
            path.append(j)
            j = self.pass_successor(j)
        for p in path:
            self._skip[p] = res
        self._skip[res] = res if res != self.END else self.END
        return res

    def chain(self, i: int) -> Iterator[int]:
        """The pass-through statements control may cross from `i` to its stop."""
        seen = set()
        todo = [i]
        while todo:
            i = todo.pop()
            if i < 0 or self.stop[i] != PASS or i in seen:
                continue
            seen.add(i)
            yield i
            todo.extend(self.pass_successors(i))

    def stop_successors(self, i: int) -> list[int]:
        """The stops a stop can hand control to, statically (a call: its callee only;
        a return: none, since that depends on the call stack)."""
        n = self.nodes[i]
        kind = self.stop[i]
        if kind in (PY, ENDING):
            return [self.skip(self.next[i])]
        if kind == IF:
            return [self.skip(b) for b in self.branches(i)]
        if kind == WHILE:
            return [self.skip(self.ids.get(n.get("body") or "", -1)), self.skip(self.next[i])]
        if kind == MENU:
            return [self.skip(self.ids.get(item.get("next"), -1)) for item in n.get("items") or []]
        if kind == CALL:
            return [self.skip(self.target[i])]
        return []

    def is_flow_label(self, i: int) -> bool:
        """A label a writer wrote (not a call's `from` label, not an engine entry point)."""
        n = self.nodes[i]
        return n["kind"] == "label" and n.get("name") not in self.from_labels
