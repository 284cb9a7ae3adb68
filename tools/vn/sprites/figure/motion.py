"""How an expression and a stance move a person: the arm pose, the lean, the head's turn."""

from __future__ import annotations

import math

from .geometry import SPRITE_H, BodyGeometry, Point, Spec


class ExpressionMotion:
    """How an expression carries into a person's body (expressions.json: head_tilt, head_lift,
    head_forward, shoulders, lean). Three maps from the figure as specified to the figure as drawn:
    body (shoulders raised or dropped, then the lean), head (turned about the top of the neck, lifted or
    brought forward, then the lean) and hair (like the head near it, less and less towards its ends)."""

    def __init__(self, g: BodyGeometry, expr: Spec) -> None:
        self.g = g
        self.tilt = math.radians(expr["head_tilt"])
        fwd = expr["head_forward"]
        self.scale = 1 + 0.035 * fwd
        self.dy = -expr["head_lift"] * g.head_h + 0.05 * fwd * g.head_h
        self.rise = expr["shoulders"] * g.head_h * 0.06
        self.lean = math.radians(expr["lean"] * 1.6)
        self.body_moves = abs(self.rise) > 1e-9 or abs(self.lean) > 1e-9
        self.moves = self.body_moves or any(abs(v) > 1e-9 for v in (self.tilt, fwd, self.dy))
        self.pivot = (g.cx, g.chin - g.head_h * 0.1)
        self.foot = (g.cx, float(SPRITE_H))
        self.ya, self.yb = g.shoulder_y - g.head_h * 0.3, g.chest + g.head_h * 0.3
        self.hair_full, self.hair_far = g.chin + g.head_h * 0.3, g.chin + g.head_h * 1.8
        self._cl, self._sl = math.cos(self.lean), math.sin(self.lean)
        self._ct, self._st = math.cos(self.tilt) * self.scale, math.sin(self.tilt) * self.scale

    def _rot_lean(self, p: Point, inv: bool = False) -> Point:
        fx, fy = self.foot
        x, y = p[0] - fx, p[1] - fy
        sn = -self._sl if inv else self._sl
        return (fx + x * self._cl - y * sn, fy + x * sn + y * self._cl)

    def _head_local(self, p: Point) -> Point:
        px, py = self.pivot
        x, y = p[0] - px, p[1] - py
        return (px + x * self._ct - y * self._st, py + x * self._st + y * self._ct + self.dy)

    def body(self, p: Point) -> Point:
        x, y = p
        if y <= self.ya:
            y -= self.rise
        elif y < self.yb:
            y -= self.rise * (self.yb - y) / (self.yb - self.ya)
        return self._rot_lean((x, y))

    def body_inv(self, p: Point) -> Point:
        x, y = self._rot_lean(p, inv=True)
        ya, yb, r = self.ya, self.yb, self.rise
        if y <= ya - r:
            y += r
        elif y < yb:
            k = r / (yb - ya)
            y = (y + k * yb) / (1 + k)
        return (x, y)

    def head(self, p: Point) -> Point:
        return self._rot_lean(self._head_local(p))

    def hair(self, p: Point) -> Point:
        q = self._head_local(p)
        y = p[1]
        if y > self.hair_full:
            w = max(0.35, 1 - 0.65 * (y - self.hair_full) / (self.hair_far - self.hair_full))
            q = (p[0] + (q[0] - p[0]) * w, p[1] + (q[1] - p[1]) * w)
        return self._rot_lean(q)


def expression_pose(c: Spec, name: str, stance: str | None = None) -> Spec:
    """The arm pose for one expression: build.pose with build.poses[name] on top, or in a named
    stance that stance's arms (over build.pose; a stance keeps its arms in every expression)."""
    pose = dict(c["build"]["pose"])
    over = c["build"]["stances"][stance] if stance else (c["build"].get("poses") or {}).get(name)
    if over:
        pose.update({k: over[k] for k in ("left", "right") if over.get(k) is not None})
    return pose


def _clamp(v: float, lo: float, hi: float) -> float:
    return max(lo, min(hi, v))


def stance_expression(c: Spec, expr: Spec, stance: str | None) -> Spec:
    """An expression's body movement with the stance's posture added (the face is unchanged)."""
    if not stance:
        return expr
    st = c["build"]["stances"][stance]
    return dict(expr, lean=_clamp(expr["lean"] + st["lean"], -1, 1),
                shoulders=_clamp(expr["shoulders"] + st["shoulders"], -1, 1),
                head_tilt=_clamp(expr["head_tilt"] + st["tilt"], -15, 15),
                head_lift=_clamp(expr["head_lift"] + st["lift"], -0.2, 0.2))
