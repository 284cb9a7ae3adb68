"""Store states as integers: one bit field per store variable.

The explorer hashes, compares and masks hundreds of thousands of store
states, and all it needs to know about two values is whether they are the
same (type-exact: True is not 1, see `pyeval.freeze`). So each variable's
values are numbered as they first appear, 0 standing for DEAD (a value no
route reads again, see liveness.py), and a state is the integer that holds
each variable's number in its own bit field. Then:

- dropping dead values is `state & live_fields`;
- what a statement depends on is `state & read_fields`, a cheap memo key;
- equal states are equal ints, hashed in C, with no tuple to build.

Fields start INITIAL_WIDTH bits wide. A variable that runs out of numbers
raises `Widen`; the explorer doubles that field and starts again (the
numbering is kept, so a game needs at most a few restarts, early on).
"""

from __future__ import annotations

from typing import Any

from .pyeval import DEAD, freeze

INITIAL_WIDTH = 4          # 15 values per variable before the first widening
_CONTAINERS = (tuple, list, set, frozenset, dict)
# Values that can grow without bound (a counter, the set of a `menu set`, a string built
# up): a variable with more than `StateCodec.limit` of them is widened.
WIDENED = frozenset({int, float, str, *_CONTAINERS})


class Widen(Exception):
    """A variable has more values than its field holds."""

    def __init__(self, var: int):
        super().__init__(var)
        self.var = var


class Unbounded(Exception):
    """A variable took more than `StateCodec.limit` values: a counter with no bound (a day
    loop), a `menu set` over many items. The explorer widens it to one unknown value and
    starts again."""

    def __init__(self, var: int):
        super().__init__(var)
        self.var = var
        self.where = ""   # file:line of the stop that made the value (stops.py)
        self.crowded = 0  # or: the --max-states the state space reached (explore.py)


class StateCodec:
    """Numbering of each variable's values, and the bit layout of a state."""

    def __init__(self, n_vars: int) -> None:
        self.n = n_vars
        self.widths = [INITIAL_WIDTH] * n_vars
        self.values: list[list[Any]] = [[DEAD] for _ in range(n_vars)]   # number -> first value seen
        self._numbers: list[dict[Any, int]] = [{} for _ in range(n_vars)]  # freeze(value) -> number
        # Variables that held a container: two of their values may be == yet numbered
        # apart ((1,) and (True,)); effects compare those by value, as Python would.
        self.containers = 0
        # Widening: a variable with more than `limit` values of the kinds in WIDENED
        # (None: never, --strict) raises Unbounded; once `unbound`, every such value it
        # holds is that one unknown value (True, False and None stay themselves).
        self.limit: int | None = None
        self._growing = [0] * n_vars
        self.wide: list[Any] = [None] * n_vars
        self.wide_all = 0   # variables (bit mask) whose every value is widened, flags too
        self._layout()

    def _layout(self) -> None:
        self.offsets: list[int] = []
        off = 0
        for w in self.widths:
            self.offsets.append(off)
            off += w
        self.fields = [((1 << w) - 1) << o for w, o in zip(self.widths, self.offsets, strict=True)]
        self.all = (1 << off) - 1
        self._bit_var = [i for i, w in enumerate(self.widths) for _ in range(w)]
        self._fields_of: dict[int, int] = {0: 0}
        self._changed: dict[int, int] = {0: 0}

    def unbound(self, var: int, value: Any, every: bool = False) -> None:
        """From now on every value of WIDENED's kinds `var` holds is `value` (an Unknown);
        with `every`, every value but DEAD (a flag, in a state space past --max-states)."""
        self.wide[var] = value
        if every:
            self.wide_all |= 1 << var

    def widen(self, var: int) -> None:
        self.widths[var] *= 2
        self._layout()

    # -- values <-> numbers --------------------------------------------------------------

    def number(self, var: int, value: Any) -> int:
        """The number of `value` in `var`'s field (a new one if it is new)."""
        if value is DEAD:
            return 0
        if self.wide[var] is not None and (value.__class__ in WIDENED or self.wide_all >> var & 1):
            value = self.wide[var]
        numbers = self._numbers[var]
        key = freeze(value)
        k = numbers.get(key)
        if k is None:
            if value.__class__ in WIDENED and self.limit is not None:
                self._growing[var] += 1
                if self._growing[var] > self.limit:
                    raise Unbounded(var)
            k = numbers[key] = len(self.values[var])
            self.values[var].append(value)
            if isinstance(value, _CONTAINERS):
                self.containers |= 1 << var
        if k >> self.widths[var]:
            raise Widen(var)
        return k

    def encode(self, values: Any) -> int:
        s = 0
        for i, v in enumerate(values):
            s |= self.number(i, v) << self.offsets[i]
        return s

    def put(self, s: int, var: int, value: Any) -> int:
        """`s` with `var` set to `value`."""
        return (s & ~self.fields[var]) | (self.number(var, value) << self.offsets[var])

    def decode(self, s: int) -> list[Any]:
        return [vals[(s & f) >> o] for vals, f, o in zip(self.values, self.fields, self.offsets, strict=True)]

    def value(self, s: int, var: int) -> Any:
        return self.values[var][(s & self.fields[var]) >> self.offsets[var]]

    # -- masks --------------------------------------------------------------------------

    def fields_of(self, var_mask: int) -> int:
        """The bit fields of the variables in `var_mask` (bit i = variable i)."""
        f = self._fields_of.get(var_mask)
        if f is None:
            f = 0
            for i in range(self.n):
                if var_mask >> i & 1:
                    f |= self.fields[i]
            self._fields_of[var_mask] = f
        return f

    def changed(self, a: int, b: int) -> int:
        """Variables (bit mask) whose values differ between states a and b."""
        x = a ^ b
        m = self._changed.get(x)
        if m is None:
            m, rest = 0, x
            while rest:
                i = self._bit_var[(rest & -rest).bit_length() - 1]
                m |= 1 << i
                rest &= ~self.fields[i]
            self._changed[x] = m
        if m & self.containers:
            m = self._container_check(a, b, m)
        return m

    def _container_check(self, a: int, b: int, m: int) -> int:
        for i in range(self.n):
            if m >> i & 1 and self.containers >> i & 1:
                x, y = self.value(a, i), self.value(b, i)
                if type(x) is type(y) and x == y:
                    m &= ~(1 << i)
        return m
