"""Ren'Py's text rules, once: text tags (`{b}...{/b}`) and interpolation (`[name!t]`).

Both readers follow the engine's own state machines, so every verb sees a line
the way the game does:

- `tokenize` is `renpy/text/textsupport.pyx: tokenize`: `{{` is a literal
  brace, `{tag}` / `{tag=value}` / `{/tag}` a tag (everything up to the first
  `}`), `{#...}` a comment tag, `{}` an error, a `{` never closed an error.
- `fields` is `renpy/substitutions.py: Formatter.parse`: `[[` is a literal
  bracket, `[expr]`, `[expr:spec]`, `[expr!conversion]` and `[expr:spec!conversion]`
  are fields; brackets nest inside the expression; a `[` never closed is an error.

The callers keep their own policy (which tags the web player renders, which
translations are complete, how lint words a mistake); this module only reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# Ren'Py 8's built-in tags (renpy/text/extras.py: text_tags): True if it needs closing.
TAGS: dict[str, bool] = {
    "alpha": True, "alt": True, "art": True, "done": False, "image": False, "p": False,
    "w": False, "fast": False, "b": True, "i": True, "u": True, "a": True, "plain": True,
    "font": True, "color": True, "outlinecolor": True, "size": True, "noalt": True,
    "nw": False, "s": True, "rt": True, "rb": True, "k": True, "cps": True,
    "space": False, "vspace": False, "clear": False, "shader": True,
    "": True,  # {=style}...{/=style}
}

# str.format fields ("Page {}", "{0}", "{0:>3}"): interface strings are formatted before
# Ren'Py shows them, so in those these are placeholders, not text tags.
FORMAT_FIELD = re.compile(r"\{\d*(?:![rsa])?(?::[^{}]*)?\}")


class TextError(ValueError):
    """Text the engine would refuse (or a reader's policy refuses); `position` is the
    index of the offending `{` or `[` when there is one."""

    def __init__(self, message: str, position: int | None = None) -> None:
        super().__init__(message)
        self.position = position


@dataclass(frozen=True)
class Tag:
    """One text tag: `body` is what stands between the braces, `start:end` its span."""

    body: str
    start: int
    end: int

    @property
    def closing(self) -> bool:
        return self.body.startswith("/")

    @property
    def comment(self) -> bool:
        return self.body.startswith("#")

    @property
    def name(self) -> str:
        """The tag's name without `/` or value: `color` for `{color=#fff}` and `{/color}`."""
        name = self.body.split("=", 1)[0]
        return name[1:] if name.startswith("/") else name

    @property
    def value(self) -> str:
        """What follows `=` (empty when there is none)."""
        return self.body.partition("=")[2]


# A run of text (escapes already undone) or a tag, in the order they stand.
Token = str | Tag


def _literal(text: str, start: int, opener: str) -> tuple[str, int]:
    """The literal text from `start` up to the next `opener` that opens something, with each
    doubled opener (`{{`, `[[`) read as one, and that opener's index (len(text): none).
    Both of Ren'Py's readers escape this way."""
    parts: list[str] = []
    i = start
    while True:
        j = text.find(opener, i)
        if j < 0:
            parts.append(text[i:])
            return "".join(parts), len(text)
        parts.append(text[i:j])
        if not text.startswith(opener, j + 1):
            return "".join(parts), j
        parts.append(opener)
        i = j + 2


def tokenize(text: str, *, format_fields: bool = False, strict: bool = True) -> list[Token]:
    """The text runs and tags of `text`, in order.

    `format_fields`: `{}`, `{0}`, `{0:>3}` are str.format placeholders and stay text
    (interface strings). `strict=False` reads broken input the way a reader of shown text
    must: a `{` never closed stays text, `{}` is dropped. Otherwise TextError."""
    tokens: list[Token] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            tokens.append("".join(run))
            run.clear()

    i, n = 0, len(text)
    while i < n:
        literal, i = _literal(text, i, "{")
        if literal:
            run.append(literal)
        if i == n:
            break
        end = text.find("}", i + 1)
        if end < 0:
            if not strict:
                run.append(text[i:])
                break
            partial = text[i + 1:]
            raise TextError("a text tag opened with `{` is never closed with `}`"
                            + (f" (`{{{partial}`)" if partial else ""), i)
        if format_fields and FORMAT_FIELD.fullmatch(text, i, end + 1):
            run.append(text[i:end + 1])
        elif end == i + 1:
            if strict:
                raise TextError("an empty text tag `{}`", i)
        else:
            flush()
            tokens.append(Tag(text[i + 1:end], i, end + 1))
        i = end + 1
    flush()
    return tokens


def tags(text: str, *, format_fields: bool = False) -> list[Tag]:
    """The tags of `text`, in order (TextError as `tokenize`)."""
    return [t for t in tokenize(text, format_fields=format_fields) if isinstance(t, Tag)]


def strip_tags(text: str) -> str:
    """The text a player reads: tags removed, `{{` unescaped (Ren'Py's filter_text_tags);
    broken tags are kept as they stand."""
    return "".join(t for t in tokenize(text, strict=False) if isinstance(t, str))


@dataclass(frozen=True)
class Field:
    """One `[...]` interpolation: `expr` is evaluated, formatted with `format_spec`,
    then converted (`conversion` holds the letters after `!`; None without `!`)."""

    expr: str
    format_spec: str
    conversion: str | None
    start: int
    end: int


def fields(text: str) -> Iterator[tuple[str, Field | None]]:
    """(literal, field) pairs of `text` as Ren'Py's Formatter.parse yields them: the literal
    text before each field (`[[` unescaped), and a last (literal, None) for the tail.

    A generator, so a caller can keep what came before a TextError (a `[` never closed)."""
    i, n = 0, len(text)
    while True:
        literal, i = _literal(text, i, "[")
        if i == n:
            yield literal, None
            return
        field = _field(text, i)
        yield literal, field
        i = field.end


def _field(text: str, start: int) -> Field:
    """The field whose `[` stands at `start` (Formatter.parse's VALUE, FORMAT and
    CONVERSION states); TextError when its `]` never comes."""
    # The first character after `[` belongs to the expression whatever it is; after it,
    # `[`/`]` nest inside the expression, `:` starts the spec and `!` the conversion.
    expr: list[str] = list(text[start + 1:start + 2])
    spec: list[str] = []
    conversion: list[str] | None = None
    part = expr
    depth = 0
    i = start + 2
    while i < len(text):
        c = text[i]
        if c == "]" and (part is not expr or not depth):
            return Field("".join(expr), "".join(spec),
                         None if conversion is None else "".join(conversion), start, i + 1)
        if part is expr and c == ":":
            part = spec
        elif conversion is None and c == "!":
            part = conversion = []
        else:
            if part is expr and c in "[]":
                depth += 1 if c == "[" else -1
            part.append(c)
        i += 1
    raise TextError(f"an interpolation opened with `[` is never closed with `]` (`{text[start:]}`)",
                    start)
