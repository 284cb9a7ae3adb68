"""Continuity lines stand under the flags that make them true (issue 12's route readers).

A line that remembers a choice ("Baseline follows.", "I said those words once before")
must sit inside an `if` on that choice's flag, in the real game's story export, so no
combination of flags shows it where it is false."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import pytest

pytestmark = pytest.mark.engine

# (a piece of the line, the condition of an `if` branch it must stand in; "not X": X's else)
GUARDED = [
    # fixC (issue 12, second pass): the patch's history, Flower's chip, the Tower pass, the notebook
    ("Same patch. New door.", "patch_ready"),
    ("It holds. It— okay. It holds.", "bridge >= 4"),
    ("ran on our relay for one evening", "patch_ready"),
    ("talks to nobody but me", 'flower_chip == "quiet"'),
    ("since the chip man talked me into it", 'flower_chip == "full"'),
    ("I'm not touching a chip.", 'not flower_chip == "quiet"'),
    ("I'm not touching a chip.", 'not flower_chip == "full"'),
    ("I put the scanner on your chip again", 'flower_chip == "quiet"'),
    ("still puts her scanner to it every night", 'flower_chip == "quiet"'),
    ("and kept her mouth her own", "flower_heard"),
    ("guest pass Julian gave me for the tour", "toured_tower"),
    ("The tour didn't cure you", "toured_tower"),
    ("Julian has been asking me to the Tower all week", "not toured_tower"),
    ("Noah. You came. You look terrible", "not toured_tower"),
    ("at a page none of us has been shown", "not calla_open"),
    ("It doesn't get the margins.", "not calla_open"),
    ("Baseline follows.", "jonah_warned"),
    ("No baseline on file", "not jonah_warned"),
    ("I'll bring the charts. In ink.", "jonah_warned"),
    ("I have no chart of you from before", "not jonah_warned"),
    ("I said those words once before", 'told_mom == "your call"'),
    ("I never said that to my mother", 'not told_mom == "your call"'),
    ("I said please. I said it twice.", 'told_mom == "get it"'),
    ("whose mouth isn't talking to a tower", "flower_heard"),
    ("a paper bag of oranges", "flower_heard"),
    ("the man who talked a chip into her", "not flower_heard"),
    ("who has let me hear her doubt: ", "earns_mercy()"),
    ("I have read my sister's file four times", "milena_has_file"),
]


def _block(first: str | None, join: str | None, by_id: Mapping[str, Any]) -> Iterator[str]:
    """The node ids of one `if` branch, from its first statement up to the join after the if
    (nested ifs included, their branches and all)."""
    seen: set[str] = set()
    nid = first
    while nid is not None and nid != join and nid not in seen:
        seen.add(nid)
        node = by_id[nid]
        yield nid
        if node["kind"] == "if":
            for e in node.get("entries") or []:
                yield from _block(e.get("next"), node.get("next"), by_id)
        if node["kind"] in ("jump", "return", "menu"):
            return
        nid = node.get("next")


def _guards(story: dict) -> dict[str, set[str]]:
    """Node id -> the conditions of the `if` branches it stands in ("not C" for C's else)."""
    by_id = {n["id"]: n for n in story["nodes"]}
    guards: dict[str, set[str]] = {}
    for node in story["nodes"]:
        if node["kind"] != "if":
            continue
        before: list[str] = []
        for e in node.get("entries") or []:
            cond = (e.get("condition") or "True").strip()
            names = {cond} if cond != "True" else {f"not {c}" for c in before}
            for nid in _block(e.get("next"), node.get("next"), by_id):
                guards.setdefault(nid, set()).update(names)
            before.append(cond)
    return guards


@pytest.mark.parametrize("text, condition", GUARDED)
def test_a_remembering_line_stands_under_its_flag(story, text, condition):
    guards = _guards(story)
    says = [n for n in story["nodes"] if n["kind"] == "say" and text in (n.get("what") or "")]
    assert says, f"no line says {text!r}"
    for n in says:
        assert condition in guards.get(n["id"], set()), (n["file"], n["line"], guards.get(n["id"]))


def test_the_prologue_shows_the_two_pleases_the_funeral_recalls(story):
    """P.2's "get it" branch has Noah say "please" twice on screen, as P.3 remembers."""
    by_id = {n["id"]: n for n in story["nodes"]}
    nid = story["labels"]["prologue.get_it"]
    pleases = 0
    while by_id[nid]["kind"] != "jump":
        node = by_id[nid]
        if node["kind"] == "say" and node.get("who") == "noah":
            pleases += (node.get("what") or "").lower().count("please")
        nid = node["next"]
    assert pleases == 2


# fixD (issue 12, second pass): the climax, the endings and the coda ###########################
# Same rule as GUARDED above, for the lines the second pair of route readers asked to gate.
GUARDED_CLIMAX_ENDINGS = [
    ("Your quiet chip listens and keeps its mouth shut", 'flower_chip == "quiet"'),
    ("Not a chip in me.", 'not flower_chip == "quiet"'),
    ("Not a chip in me.", "flower_heard"),
    ("with a mirror and paper charts from before the serum", "jonah_warned"),
    ("and no chart of me from before", "not jonah_warned"),
    ("a technician with a six-second scan stood beside her", "jolene_allied"),
    ("Max's patch seals the hole and hands ELARA the keys", "patch_ready"),
    ("which is all half a patch can do", "not patch_ready"),
    ("The quiet chip Asha's drone fitted her", 'flower_chip == "quiet"'),
    ("her first chip, with its telemetry cut", 'flower_chip == "none"'),
    ("for Flower and the old ones who will not be told", "earns_mercy()"),
    ("Flower was to be the first. She sends postcards", "not earns_mercy()"),
    ("for Flower and the stubborn ones", "earns_mercy()"),
    ("for the stubborn ones who stayed", "not earns_mercy()"),
    ("I'm a museum with a tram pass.", "calla_open"),
    ("I said it to your face, and you said perhaps", "noah_blamed"),
    ("So it's Calla's. I said so to her face", "noah_blamed"),
    ("Dear diagnostic suite. Seventy-one", "saw_mara_odds"),
    ("So it's the number's.", "saw_mara_odds"),
    ("I still think you did. I'm writing to ask how you sleep", "not noah_blamed"),
    ("I still think you did. I'm writing to ask how you sleep", "not saw_mara_odds"),
    ("So it's everybody's", "not noah_blamed"),
    ("So it's everybody's", "not saw_mara_odds"),
    ("Every chip on the block glows twice", 'final == "bridge"'),
    ("there hasn't been a chip light on this block", 'final == "shutdown"'),
]


@pytest.mark.parametrize("text, condition", GUARDED_CLIMAX_ENDINGS)
def test_a_climax_or_ending_line_stands_under_its_flag(story, text, condition):
    test_a_remembering_line_stands_under_its_flag(story, text, condition)


def test_no_coda_letter_blames_calla_unless_noah_did(story):
    """B5: "so it's Calla's" is said only where Noah told Calla "You let her die" (C5a)."""
    guards = _guards(story)
    for n in story["nodes"]:
        if n["kind"] == "say" and "so it's calla's" in (n.get("what") or "").lower():
            assert "noah_blamed" in guards.get(n["id"], set()), (n["file"], n["line"])
