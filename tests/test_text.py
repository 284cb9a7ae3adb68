"""vn.text: the one reader of Ren'Py text tags and [interpolation] that lint, translate,
web and route coverage share (each keeps its own policy on top)."""

from __future__ import annotations

import pytest

from vn.text import Field, Tag, TextError, fields, strip_tags, tags, tokenize


def test_tokenize_matches_renpy():
    assert tokenize("a{b}c{{d}{/b}{#x}") == ["a", Tag("b", 1, 4), "c{d}", Tag("/b", 9, 13),
                                               Tag("#x", 13, 17)]


def test_tag_parts():
    color, close = tags("{color=#f00}x{/color}")
    assert (color.name, color.value, color.closing) == ("color", "#f00", False)
    assert (close.name, close.value, close.closing) == ("color", "", True)
    style, = tags("{=title}")
    assert (style.name, style.value) == ("", "title")
    assert tags("{#note=x}")[0].comment


def test_nested_braces_belong_to_the_tag_as_in_renpy():
    # everything up to the first `}` is the tag's body, braces included
    assert [t.body for t in tags("{a{b}c}")] == ["a{b"]
    assert tokenize("{a{b}c}") == [Tag("a{b", 0, 5), "c}"]


@pytest.mark.parametrize("text, message, position", [
    ("{}", "an empty text tag `{}`", 0),
    ("ok {b", "a text tag opened with `{` is never closed with `}` (`{b`)", 3),
    ("{b}x{", "a text tag opened with `{` is never closed with `}`", 4),
])
def test_broken_tags_say_why_and_where(text, message, position):
    with pytest.raises(TextError) as e:
        tokenize(text)
    assert (str(e.value), e.value.position) == (message, position)


def test_format_fields_are_text_in_interface_strings():
    assert tokenize("Page {} of {0:>3}{b}", format_fields=True) == ["Page {} of {0:>3}",
                                                                    Tag("b", 17, 20)]
    assert [t.body for t in tags("{0}")] == ["0"]


def test_strip_tags_keeps_broken_input_as_it_stands():
    assert strip_tags("{size=+16}New {{Caledonia}, {i}2043{/i}{/size}") == "New {Caledonia}, 2043"
    assert strip_tags("a{}b {open") == "ab {open"


def test_fields_follow_formatter_parse():
    assert list(fields("Hi [name], [[literal] [score!u] [x:>3] [y:^5!q] [a[0]]!")) == [
        ("Hi ", Field("name", "", None, 3, 9)),
        (", [literal] ", Field("score", "", "u", 22, 31)),
        (" ", Field("x", ">3", None, 32, 38)),
        (" ", Field("y", "^5", "q", 39, 47)),
        (" ", Field("a[0]", "", None, 48, 54)),
        ("!", None),
    ]
    assert list(fields("no fields ]")) == [("no fields ]", None)]


def test_fields_take_the_first_character_whatever_it_is():
    # Formatter.parse reads the character after `[` into the expression unconditionally
    assert list(fields("[:x]")) == [("", Field(":x", "", None, 0, 4)), ("", None)]


@pytest.mark.parametrize("text, position", [("[open", 0), ("ok [a:b", 3), ("[", 0), ("[a[b]", 0)])
def test_a_field_never_closed_is_an_error_after_the_fields_before_it(text, position):
    seen = []
    with pytest.raises(TextError) as e:
        for part in fields("[x] " + text):
            seen.append(part)
    assert seen == [("", Field("x", "", None, 0, 3))]
    assert e.value.position == position + 4
    assert "never closed with `]`" in str(e.value)
