"""Synthetic stories: story-export JSON built in Python, without the engine.

Tests (property tests against brute force) and `bench/routes_bench.py` need
many stories of known shape. Starting Ren'Py for each would take seconds, so
this module writes the JSON the exporter would: statements with file, line, a
stable id and `next` linked the way Ren'Py chains blocks (the end of a menu
item's block continues after the menu, the end of a while body loops back, a
label's block falls through to the next top-level statement, each file ends
with an implicit `return`).

    S = Story()
    S.default("a", "0")
    S.label("start", [Menu([("Left", None, [Py("a += 1")]), ("Right", None, [])]),
                      Jump("ending_human_x")])
    S.label("ending_human_x", [Say("The end."), Return()])
    story = S.build()
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any, Union


@dataclass
class Say:
    text: str
    who: str | None = None


@dataclass
class Py:
    source: str


@dataclass
class Jump:
    target: str


@dataclass
class Call:
    target: str
    from_: str | None = None


@dataclass
class Return:
    pass


@dataclass
class Menu:
    items: list[tuple[str, str | None, list]]      # (text, condition or None, block)
    set: str | None = None                         # `menu NAME:` set expression


@dataclass
class If:
    entries: list[tuple[str | None, list]]         # (condition, block); None = else


@dataclass
class While:
    condition: str
    body: list


@dataclass
class Label:
    name: str
    body: list


Stmt = Union[Say, Py, Jump, Call, Return, Menu, If, While, Label]


@dataclass
class Story:
    file: str = "game/script.rpy"
    inits: list[dict] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)

    def default(self, name: str, source: str) -> None:
        self.inits.append({"kind": "default", "store": "store", "name": name, "source": source})

    def define(self, name: str, source: str) -> None:
        self.inits.append({"kind": "define", "store": "store", "name": name, "source": source,
                           "operator": "=", "index": None})

    def init_python(self, source: str) -> None:
        self.inits.append({"kind": "python", "source": source, "hide": False, "store": "store", "init": 0})

    def label(self, name: str, body: list) -> None:
        self.labels.append(Label(name, body))

    def build(self) -> dict[str, Any]:
        return _Builder(self).build()


class _Builder:
    def __init__(self, story: Story):
        self.story = story
        self.line = 0
        self.records: list[dict] = []
        self.labels: dict[str, str] = {}

    def new(self, kind: str, same_line: bool = False, **fields: Any) -> dict:
        if not same_line:
            self.line += 1
            suffix = ""
        else:
            suffix = "#1"
        rid = f"{self.story.file}:{self.line}{suffix}"
        r = {"id": rid, "file": self.story.file, "line": self.line, "next": None, "kind": kind}
        r.update(fields)
        self.records.append(r)
        return r

    def build(self) -> dict[str, Any]:
        for init in self.story.inits:
            self.new(init["kind"], **{k: v for k, v in init.items() if k != "kind"})
        firsts = [self.emit(lab) for lab in self.story.labels]
        end = self.new("return", expression=None)
        for k, (first, last_links) in enumerate(firsts):
            after = firsts[k + 1][0]["id"] if k + 1 < len(firsts) else end["id"]
            for link in last_links:
                link(after)
        return {"format": "vn-story-export", "version": 1, "renpy_version": "synthetic",
                "files": [self.story.file], "characters": {}, "images": [],
                "labels": self.labels, "nodes": self.records}

    def emit(self, stmt: Stmt) -> tuple[dict, list]:
        """Emit `stmt`; return its record and the callbacks that set where it continues."""
        if isinstance(stmt, Label):
            r = self.new("label", name=stmt.name, parameters=None, hide=False)
            self.labels[stmt.name] = r["id"]
            if not stmt.body:
                return r, [lambda nxt, r=r: r.__setitem__("next", nxt)]
            first, links = self.block(stmt.body)
            r["next"] = first["id"]
            return r, links
        if isinstance(stmt, Say):
            r = self.new("say", who=stmt.who, character=stmt.who, what=stmt.text, attributes=[],
                         temporary_attributes=[], arguments=None, interact=True, translate_id=None,
                         **{"with": None})
            return r, [lambda nxt, r=r: r.__setitem__("next", nxt)]
        if isinstance(stmt, Py):
            r = self.new("python", source=stmt.source, hide=False, store="store", init=None)
            return r, [lambda nxt, r=r: r.__setitem__("next", nxt)]
        if isinstance(stmt, Jump):
            return self.new("jump", target=stmt.target, expression=False), []
        if isinstance(stmt, Return):
            return self.new("return", expression=None), []
        if isinstance(stmt, Call):
            r = self.new("call", target=stmt.target, expression=False, arguments=None,
                         **{"from": stmt.from_})
            if stmt.from_:
                lab = self.new("label", same_line=True, name=stmt.from_, parameters=None, hide=False)
                self.labels[stmt.from_] = lab["id"]
                r["next"] = lab["id"]
                return r, [lambda nxt, lab=lab: lab.__setitem__("next", nxt)]
            return r, [lambda nxt, r=r: r.__setitem__("next", nxt)]
        if isinstance(stmt, Menu):
            r = self.new("menu", caption=None, items=[], set=stmt.set, arguments=None, **{"with": None})
            return self.arms(r, "items", [({"text": text, "condition": cond or "True", "next": None}, block)
                                          for text, cond, block in stmt.items])
        if isinstance(stmt, If):
            r = self.new("if", entries=[])
            return self.arms(r, "entries", [({"condition": cond or "True", "next": None}, block)
                                            for cond, block in stmt.entries])
        if isinstance(stmt, While):
            r = self.new("while", condition=stmt.condition, body=None)
            first, sub = self.block(stmt.body)
            r["body"] = first["id"]
            for link in sub:
                link(r["id"])
            return r, [lambda nxt, r=r: r.__setitem__("next", nxt)]
        raise TypeError(f"unknown statement {stmt!r}")

    def arms(self, r: dict, key: str, arms: list[tuple[dict, list]]) -> tuple[dict, list]:
        """A menu's items or an if's entries: each arm runs its block, or (empty) goes on to
        whatever follows the statement, as the statement itself does when nothing is taken."""
        links = [lambda nxt, r=r: r.__setitem__("next", nxt)]
        for arm, block in arms:
            r[key].append(arm)
            if block:
                first, sub = self.block(block)
                arm["next"] = first["id"]
                links += sub
            else:
                links.append(lambda nxt, arm=arm: arm.__setitem__("next", nxt))
        return r, links

    def block(self, stmts: list) -> tuple[dict, list]:
        first = None
        pending: list = []
        for s in stmts:
            r, links = self.emit(s)
            for link in pending:
                link(r["id"])
            pending = links
            if first is None:
                first = r
        return first, pending


# -- random stories for property tests ---------------------------------------------------------

VARS = ("a", "b", "f")


def random_condition(rng: random.Random) -> tuple[str, str, int] | None:
    if rng.random() < 0.5:
        return None
    var = rng.choice(VARS)
    if var == "f":
        return ("f", "==", rng.choice((0, 1)))
    return (var, rng.choice((">=", "<", "==")), rng.randint(0, 3))


def random_assign(rng: random.Random) -> tuple[str, str, int]:
    var = rng.choice(VARS)
    if var == "f":
        return ("f", rng.choice(("=", "not")), rng.choice((0, 1)))
    return (var, rng.choice(("+=", "+=", "-=", "=")), rng.randint(0, 2))


def random_program(rng: random.Random, segments: int = 5) -> dict:
    """An abstract branching story: segments of menus, ifs, assignments, calls and forward jumps.

    The shape is plain data so a test can interpret it independently of the checker."""
    segs = []
    for i in range(segments):
        stmts = []
        for _ in range(rng.randint(1, 3)):
            r = rng.random()
            if r < 0.45:
                items = []
                for k in range(rng.randint(1, 3)):
                    body = [("assign", random_assign(rng)) for _ in range(rng.randint(0, 2))]
                    target = None
                    if i + 1 < segments and rng.random() < 0.25:
                        target = rng.randint(i + 1, segments - 1)
                    items.append({"text": f"s{i} choice {len(stmts)}.{k}", "cond": random_condition(rng),
                                  "body": body, "jump": target})
                stmts.append(("menu", items))
            elif r < 0.65:
                cond = random_condition(rng) or ("a", ">=", 1)
                body = [("assign", random_assign(rng)) for _ in range(rng.randint(0, 2))]
                target = rng.randint(i + 1, segments - 1) if i + 1 < segments and rng.random() < 0.5 else None
                stmts.append(("if", cond, body, target))
            elif r < 0.8:
                stmts.append(("call",))
            else:
                stmts.append(("assign", random_assign(rng)))
        segs.append(stmts)
    sub = [("assign", random_assign(rng))]
    if rng.random() < 0.5:
        sub.append(("menu", [{"text": "sub yes", "cond": random_condition(rng),
                              "body": [("assign", random_assign(rng))], "jump": None},
                             {"text": "sub no", "cond": None, "body": [], "jump": None}]))
    return {"segments": segs, "sub": sub,
            "rule": [random_condition(rng) or ("a", ">=", 2), random_condition(rng) or ("f", "==", 1)],
            "dead_end": rng.random() < 0.3}


def _cond_src(cond: tuple[str, str, int] | None) -> str | None:
    if cond is None:
        return None
    var, op, k = cond
    if var == "f":
        return "f" if k else "not f"
    return f"{var} {op} {k}"


def _assign_src(assign: tuple[str, str, int]) -> str:
    var, op, k = assign
    if var == "f":
        return "f = not f" if op == "not" else f"f = {bool(k)}"
    return f"{var} {op} {k}"


def program_story(prog: dict) -> dict[str, Any]:
    """The story export JSON of an abstract program from `random_program`."""
    S = Story(file="game/random.rpy")
    S.default("a", "0")
    S.default("b", "1")
    S.default("f", "False")
    calls = 0

    def stmts(items: list) -> list:
        nonlocal calls
        out: list = []
        for s in items:
            if s[0] == "assign":
                out.append(Py(_assign_src(s[1])))
            elif s[0] == "menu":
                menu_items = []
                for it in s[1]:
                    block = stmts(it["body"])
                    if it["jump"] is not None:
                        block.append(Jump(f"seg{it['jump']}"))
                    menu_items.append((it["text"], _cond_src(it["cond"]), block))
                out.append(Menu(menu_items))
            elif s[0] == "if":
                _, cond, body, target = s
                block = stmts(body) + ([Jump(f"seg{target}")] if target is not None else [])
                out.append(If([(_cond_src(cond), block or [Say("...")])]))
            elif s[0] == "call":
                calls += 1
                out.append(Call("sub", f"call_{calls}"))
        return out

    segs = prog["segments"]
    body = [Jump("seg0")]
    S.label("start", body)
    for i, seg in enumerate(segs):
        S.label(f"seg{i}", [Say(f"Segment {i}.")] + stmts(seg))
    rule1, rule2 = prog["rule"]
    finale = [If([(_cond_src(rule1), [Jump("ending_human_one")]),
                  (_cond_src(rule2), [Jump("ending_hybrid_two")])])]
    if prog["dead_end"]:
        finale.append(If([("b >= 2", [Return()])]))
    finale.append(Jump("ending_automation_three"))
    S.label("finale", finale)
    S.label("sub", stmts(prog["sub"]) + [Return()])
    for name in ("ending_human_one", "ending_hybrid_two", "ending_automation_three"):
        S.label(name, [Say("The end."), Return()])
    return S.build()


def chain_of_menus(menus: int, width: int = 3, limit: int = 10) -> dict[str, Any]:
    """Stress story: `menus` sequential `width`-way menus feeding clamped counters,
    and an ending rule on the counters (the benchmark's workload)."""
    S = Story(file="game/chain.rpy")
    counters = ["human", "hybrid", "machine"][:max(1, min(width, 3))]
    S.define("RANGES", "{" + ", ".join(f'"{c}": (0, {limit})' for c in counters) + "}")
    for c in counters:
        S.default(c, "0")
    S.init_python(
        "def adjust(name, delta):\n"
        "    \"\"\"Adds delta to a counter, clamped to RANGES.\"\"\"\n"
        "    low, high = RANGES[name]\n"
        "    setattr(store, name, max(low, min(high, getattr(store, name) + delta)))\n"
        "\n"
        "def leads(name):\n"
        "    \"\"\"The counter `name` is at least as high as every other.\"\"\"\n"
        "    return getattr(store, name) >= max(" + ", ".join(counters) + ")\n")
    body: list = []
    for m in range(menus):
        items = []
        for k in range(width):
            c = counters[k % len(counters)]
            other = counters[(k + 1) % len(counters)]
            block = [Py(f'adjust("{c}", 1)')]
            if other != c:
                block.append(Py(f'adjust("{other}", -1)'))
            items.append((f"Menu {m + 1}: option {k + 1}", None, block))
        body += [Say(f"Scene {m + 1}."), Menu(items)]
    rule: list = []
    for k, c in enumerate(counters):
        outcome = ("human", "hybrid", "automation")[k]
        rule.append((f'leads("{c}")', [Jump(f"ending_{outcome}_{c}")]))
    body.append(If(rule))
    body.append(Jump(f"ending_{('human', 'hybrid', 'automation')[len(counters) - 1]}_{counters[-1]}"))
    S.label("start", body)
    for k, c in enumerate(counters):
        outcome = ("human", "hybrid", "automation")[k]
        S.label(f"ending_{outcome}_{c}", [Say("The end."), Return()])
    return S.build()
