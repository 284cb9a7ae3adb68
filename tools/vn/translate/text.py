"""Ren'Py's string rules, as the engine applies them: quoting, text tags, interpolation.

Each function mirrors one piece of the engine (named in its docstring), so the
files `vn translate import` writes read back, in Ren'Py, as exactly the text
the translator wrote, and the checks flag what would break in the game.
"""

from __future__ import annotations

import re
from collections import Counter

from ..text import FORMAT_FIELD, TextError, fields, strip_tags, tags

# ---------------------------------------------------------------------------
# Quoting


def encode_say_string(s: str) -> str:
    """A say statement's text as Ren'Py writes it (renpy.translation.encode_say_string)."""
    s = s.replace("\\", "\\\\")
    s = s.replace("\n", "\\n")
    s = s.replace('"', '\\"')
    s = re.sub(r"(?<= ) ", "\\\\ ", s)
    return '"' + s + '"'


def quote_unicode(s: str) -> str:
    """A `translate strings` text as Ren'Py writes it, without the quotes
    (renpy.translation.quote_unicode)."""
    s = s.replace("\\", "\\\\")
    s = s.replace('"', '\\"')
    s = s.replace("\a", "\\a")
    s = s.replace("\b", "\\b")
    s = s.replace("\f", "\\f")
    s = s.replace("\n", "\\n")
    s = s.replace("\r", "\\r")
    s = s.replace("\t", "\\t")
    s = s.replace("\v", "\\v")
    return s


def _dequote(m: re.Match[str]) -> str:
    c: str = m.group(1)
    if c == "{":
        return "{{"
    if c == "[":
        return "[["
    if c == "%":
        return "%%"
    if c == "n":
        return "\n"
    if c[0] == "u" and m.group(2):
        return chr(int(m.group(2), 16))
    return c


def lex_say_string(literal: str) -> str:
    """The text of a say statement's string literal (renpy.parser.Lexer.string)."""
    raw = literal.startswith("r")
    s = literal[2:-1] if raw else literal[1:-1]
    if raw:
        return s
    s = re.sub(r"\s+", " ", s)
    return re.sub(r"\\(u([0-9a-fA-F]{1,4})|.)", _dequote, s)


# A say string literal, as the lexer matches it (quotes: " ' `), maybe raw.
SAY_LITERAL = re.compile(r'''r?(?:"(?:[^\\"]|\\.)*"|'(?:[^\\']|\\.)*'|`(?:[^\\`]|\\.)*`)''', re.S)
TRIPLE = re.compile(r'r?("""|\'\'\'|```)')


def say_literals(text: str, start: int) -> tuple[list[tuple[int, int, str]], bool]:
    """String literals of the logical line starting at `start` in `text`.

    Returns ([(begin, end, value)], has_triple) for literals outside brackets;
    stops at the end of the logical line or at a comment."""
    rv: list[tuple[int, int, str]] = []
    depth = 0
    i = start
    n = len(text)
    triple = False
    while i < n:
        c = text[i]
        if c == "\n" and depth == 0:
            break
        if c == "#":
            while i < n and text[i] != "\n":
                i += 1
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth = max(0, depth - 1)
        if c in "\"'`" or (c == "r" and i + 1 < n and text[i + 1] in "\"'`"
                           and (i == start or not (text[i - 1].isalnum() or text[i - 1] == "_"))):
            if TRIPLE.match(text, i):
                triple = True
            m = SAY_LITERAL.match(text, i)
            if m:
                if depth == 0:
                    rv.append((m.start(), m.end(), lex_say_string(m.group(0))))
                i = m.end()
                continue
        i += 1
    return rv, triple


# ---------------------------------------------------------------------------
# Text tags (renpy.text.extras.check_text_tags) and interpolation, read by vn.text


def check_text_tags(s: str, known: dict[str, bool]) -> str | None:
    """Ren'Py's own tag check: known, matched and properly nested. None if fine."""
    try:
        found = tags(s, format_fields=True)
    except TextError as e:
        return str(e)
    stack: list[str] = []
    for tag in found:
        if tag.comment:
            continue
        if tag.closing:
            if not stack:
                return f"closing tag {{/{tag.name}}} has no open tag"
            if stack[-1] != tag.name:
                return f"closing tag {{/{tag.name}}} does not match open tag {{{stack[-1]}}}"
            stack.pop()
            continue
        if tag.name not in known:
            return f"text tag {{{tag.name}}} is not known"
        if known[tag.name]:
            stack.append(tag.name)
    if stack:
        return "text tag(s) left open: " + ", ".join(f"{{{t}}}" for t in stack)
    return None


def substitutions(s: str) -> list[str]:
    """The expressions interpolated with [ ] in `s` ([[ is a literal bracket); a `[` never
    closed ends the list with what follows it, marked "(unclosed)"."""
    rv: list[str] = []
    try:
        for _literal, field in fields(s):
            if field is not None:
                rv.append(field.expr.strip())
    except TextError as e:
        rv.append(s[(e.position or 0) + 1:].strip() + " (unclosed)")
    return rv


# %-formats: %(name)s, %s, %d, %.2f, strftime's %A... ("%%" is a literal percent).
PERCENT = re.compile(r"%%|%(?:\([^)]*\))?[-#0+]*\d*(?:\.\d+)?[a-zA-Z]")


def format_fields(s: str) -> Counter[str]:
    """The %-formats and str.format fields of `s`, counted ("%%" and "{{" are literals)."""
    rv = Counter(m.group(0) for m in PERCENT.finditer(s) if m.group(0) != "%%")
    for m in re.finditer(r"\{\{|\{[^{}]*\}", s):
        if FORMAT_FIELD.fullmatch(m.group(0)):
            rv[m.group(0)] += 1
    return rv


# ---------------------------------------------------------------------------
# The checks a translation must pass


def _tag_names(s: str) -> set[str]:
    try:
        found = tags(s, format_fields=True)
    except TextError:
        return set()
    return {t.name for t in found if not (t.comment or t.closing)}


def check_translation(source: str, translation: str, known_tags: dict[str, bool]) -> list[str]:
    """Problems of `translation` against `source`: placeholders, tags, edges.

    - every [interpolation] of the source is in the translation, and the
      translation interpolates nothing the source does not;
    - every text tag of the source (by name; {#...} excepted) is in the translation;
    - the %-formats and {} format fields are the same (as a multiset);
    - the translation's tags are known, matched and nested (Ren'Py's own rule);
    - a source that begins or ends with a line break keeps it (gettext's rule).
    """
    problems: list[str] = []
    src_subs = substitutions(source)
    tl_subs = substitutions(translation)
    for sub in dict.fromkeys(src_subs):
        if sub not in tl_subs:
            problems.append(f"[{sub}] of the source is missing")
    for sub in dict.fromkeys(tl_subs):
        if sub not in src_subs:
            problems.append(f"[{sub}] is not in the source")
    tl_tags = _tag_names(translation)
    for tag in sorted(_tag_names(source) - tl_tags):
        problems.append(f"text tag {{{tag}}} of the source is missing")
    src_pct = format_fields(source)
    tl_pct = format_fields(translation)
    if src_pct != tl_pct:
        missing = sorted((src_pct - tl_pct).elements())
        extra = sorted((tl_pct - src_pct).elements())
        if missing:
            problems.append("format " + " ".join(missing) + " of the source is missing")
        if extra:
            problems.append("format " + " ".join(extra) + " is not in the source")
    tag_error = check_text_tags(translation, known_tags)
    if tag_error:
        problems.append(tag_error)
    if source.startswith("\n") != translation.startswith("\n"):
        problems.append("the source " + ("begins" if source.startswith("\n") else "does not begin")
                        + " with a line break, the translation "
                        + ("does" if translation.startswith("\n") else "does not"))
    if source.endswith("\n") != translation.endswith("\n"):
        problems.append("the source " + ("ends" if source.endswith("\n") else "does not end")
                        + " with a line break, the translation "
                        + ("does" if translation.endswith("\n") else "does not"))
    return problems


WORDS = re.compile(r"[^\W\d_]", re.U)


def has_words(s: str) -> bool:
    """True when `s` has letters outside its tags and interpolations.

    A line like "..." or "{w}[name]" has nothing to translate: a translation
    identical to it is complete."""
    shown = strip_tags(s)
    try:
        shown = " ".join(literal for literal, _field in fields(shown))
    except TextError:
        pass  # a `[` never closed: its text is shown as it stands
    return bool(WORDS.search(PERCENT.sub(" ", shown)))
