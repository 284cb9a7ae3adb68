"""A small validator for the art specs: precise one-line errors, defaults filled in.

Each checker turns raw JSON into a normalised value or raises
``VnError("art/characters/calla.json: palette.skin: expected ..., got ...")``.
Colours become (r, g, b, a) tuples; a colour field also accepts the name of an
entry of the spec's ``palette``.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

from vn.errors import VnError

REQUIRED = object()
_HEX = re.compile(r"^#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")


class Ctx:
    def __init__(self, file: str, palette: dict[str, tuple[int, ...]] | None = None) -> None:
        self.file = file
        self.palette = palette or {}

    def fail(self, path: str, expected: str, got: Any) -> None:
        raise VnError(f"{self.file}: {path}: expected {expected}, got {json.dumps(got)}")


def parse_hex(s: str) -> tuple[int, ...]:
    s = s.lstrip("#")
    if len(s) == 6:
        s += "ff"
    return tuple(int(s[i:i + 2], 16) for i in (0, 2, 4, 6))


class Checker:
    """Checks one JSON value at `path` and returns it normalised (or raises VnError)."""

    what = "a value"

    def __call__(self, v: Any, path: str, ctx: Ctx) -> Any:
        raise NotImplementedError


# an object's fields: name -> (checker, default); REQUIRED marks a required field
Fields = dict[str, tuple[Checker, Any]]


class Str(Checker):
    def __init__(self, pattern: str | None = None, what: str = "a string") -> None:
        self.re = re.compile(pattern) if pattern else None
        self.what = what

    def __call__(self, v: Any, path: str, ctx: Ctx) -> Any:
        if not isinstance(v, str) or (self.re and not self.re.match(v)):
            ctx.fail(path, self.what, v)
        return v


# Specs draw on a 1280x720 canvas: a coordinate or size beyond a few canvas widths is a
# typo, and a giant one overflows Pillow's C integers (or takes minutes to draw).
LIMIT = 5000
SEED_MAX = 2**31 - 1


def _finite_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _in_canvas(v: Any) -> bool:
    return _finite_number(v) and -LIMIT <= v <= LIMIT


class Num(Checker):
    """A finite number (JSON's NaN and Infinity are not) within [lo, hi]; a missing bound
    is the canvas limit (for integers, which are seeds and counts: SEED_MAX)."""

    def __init__(self, lo: float | None = None, hi: float | None = None, integer: bool = False) -> None:
        limit = SEED_MAX if integer else LIMIT
        self.lo = -limit if lo is None else lo
        self.hi = limit if hi is None else hi
        self.integer = integer
        kind = "an integer" if integer else "a number"
        self.what = f"{kind} from {self.lo} to {self.hi}"

    def __call__(self, v: Any, path: str, ctx: Ctx) -> Any:
        if not _finite_number(v) or (self.integer and not isinstance(v, int)):
            ctx.fail(path, self.what, v)
        if v < self.lo or v > self.hi:
            ctx.fail(path, self.what, v)
        return v


def Int(lo: float | None = None, hi: float | None = None) -> Num:
    return Num(lo, hi, integer=True)


class Bool(Checker):
    what = "true or false"

    def __call__(self, v: Any, path: str, ctx: Ctx) -> Any:
        if not isinstance(v, bool):
            ctx.fail(path, self.what, v)
        return v


class Enum(Checker):
    def __init__(self, *options: Any) -> None:
        self.options = options
        self.what = "one of " + ", ".join(json.dumps(o) for o in options)

    def __call__(self, v: Any, path: str, ctx: Ctx) -> Any:
        if v not in self.options:
            ctx.fail(path, self.what, v)
        return v


class Color(Checker):
    """"#rrggbb", "#rrggbbaa", or (unless hex_only) a palette entry's name."""

    def __init__(self, hex_only: bool = False, nullable: bool = False) -> None:
        self.hex_only, self.nullable = hex_only, nullable

    def __call__(self, v: Any, path: str, ctx: Ctx) -> Any:
        if v is None and self.nullable:
            return None
        if isinstance(v, str) and _HEX.match(v):
            return parse_hex(v)
        if not self.hex_only and isinstance(v, str) and v in ctx.palette:
            return ctx.palette[v]
        what = 'a colour like "#aabbcc"'
        if not self.hex_only and ctx.palette:
            what += " or a palette name (" + ", ".join(sorted(ctx.palette)) + ")"
        ctx.fail(path, what, v)


class List(Checker):
    def __init__(self, item: Checker, lo: int = 0, hi: int | None = None) -> None:
        self.item, self.lo, self.hi = item, lo, hi
        self.what = f"a list of {item.what}" + (f" ({lo} to {hi} items)" if hi is not None else
                                              f" (at least {lo})" if lo else "")

    def __call__(self, v: Any, path: str, ctx: Ctx) -> Any:
        if not isinstance(v, list) or len(v) < self.lo or (self.hi is not None and len(v) > self.hi):
            ctx.fail(path, self.what, v)
        return [self.item(x, f"{path}[{i}]", ctx) for i, x in enumerate(v)]


class Point(Checker):
    what = f"a point [x, y] from {-LIMIT} to {LIMIT}"

    def __call__(self, v: Any, path: str, ctx: Ctx) -> Any:
        if not isinstance(v, list) or len(v) != 2 or not all(_in_canvas(a) for a in v):
            ctx.fail(path, self.what, v)
        return tuple(v)


class Box(Checker):
    what = f"a box [x0, y0, x1, y1] with x0 < x1 and y0 < y1, from {-LIMIT} to {LIMIT}"

    def __call__(self, v: Any, path: str, ctx: Ctx) -> Any:
        if (not isinstance(v, list) or len(v) != 4 or not all(_in_canvas(a) for a in v)
                or v[0] >= v[2] or v[1] >= v[3]):
            ctx.fail(path, self.what, v)
        return tuple(v)


class Obj(Checker):
    """A JSON object with known fields: {name: (checker, default)}; REQUIRED marks required."""

    def __init__(self, fields: Fields, what: str = "an object", nullable: bool = False,
                 open_: bool = False) -> None:
        # `open_` lets other fields through unchecked: for files vn writes itself (the
        # manifest), which may gain fields that older readers need not know.
        self.fields, self.what, self.nullable, self.open = fields, what, nullable, open_

    def __call__(self, v: Any, path: str, ctx: Ctx) -> Any:
        if v is None and self.nullable:
            return None
        if not isinstance(v, dict):
            ctx.fail(path, self.what, v)
        prefix = f"{path}." if path else ""
        for k in v:
            if k not in self.fields and not self.open:
                raise VnError(f"{ctx.file}: {prefix}{k}: unknown field (expected one of: "
                              + ", ".join(self.fields) + ")")
        out = {}
        for k, (chk, default) in self.fields.items():
            if k in v:
                out[k] = chk(v[k], prefix + k, ctx)
            elif default is REQUIRED:
                raise VnError(f"{ctx.file}: {prefix}{k}: missing required field ({chk.what})")
            else:
                out[k] = default() if callable(default) else default
        return out


class Map(Checker):
    def __init__(self, value: Checker, key_pattern: str = r"^[a-z][a-z0-9_]*$") -> None:
        self.value, self.key = value, re.compile(key_pattern)
        self.what = f"an object of names to {value.what}"

    def __call__(self, v: Any, path: str, ctx: Ctx) -> Any:
        if not isinstance(v, dict):
            ctx.fail(path, self.what, v)
        out = {}
        for k, x in v.items():
            if not self.key.match(k):
                raise VnError(f"{ctx.file}: {path}.{k}: expected a lower-case name like \"coat_dark\"")
            out[k] = self.value(x, f"{path}.{k}", ctx)
        return out


class Tagged(Checker):
    """A list element chosen by its "type" field: {type: Obj}."""

    def __init__(self, variants: dict[str, Fields],
                 common: Fields | None = None) -> None:
        self.variants, self.common = variants, common or {}
        self.what = "an object with \"type\" one of " + ", ".join(json.dumps(k) for k in variants)

    def __call__(self, v: Any, path: str, ctx: Ctx) -> Any:
        if not isinstance(v, dict) or "type" not in v:
            ctx.fail(path, self.what, v)
        t = v["type"]
        if not isinstance(t, str) or t not in self.variants:
            ctx.fail(f"{path}.type", "one of " + ", ".join(json.dumps(k) for k in self.variants), t)
        fields: Fields = {"type": (Str(), REQUIRED)}
        fields.update(self.common)
        fields.update(self.variants[t])
        return Obj(fields, self.what)(v, path, ctx)


def load_json(path: Path, rel: str) -> Any:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise VnError(f"{rel}: cannot read: {e.strerror}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[:e.start].count(b"\n") + 1
        raise VnError(f"{rel}:{line}: not valid UTF-8 (byte 0x{data[e.start]:02x}); "
                      "save the spec as UTF-8") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise VnError(f"{rel}:{e.lineno}: invalid JSON: {e.msg}") from None
    except RecursionError:
        raise VnError(f"{rel}: invalid JSON: nested too deeply") from None
