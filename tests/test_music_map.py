"""The README's music map is the map: the script and the real engine are held to it.

The two tables under "### Music map" (pieces, room tones) give, in their `labels` column,
each label where the script starts or stops a track. Both ways: every music and ambience
statement of the script sits in a label the tables list for its file, and every listed label
has that statement; then one route, played by the real engine with sound mixed (SDL's disk
driver), must hear on its music and ambience channels what the tables say, line by line.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import AUDIBLE
from vn.audio.plays import main_menu_music, statements

ROOT = Path(__file__).resolve().parents[1]
CHANNEL_OF_TABLE = {"piece": "music", "room tone": "ambience"}
# Title screen music is not in a label: the table names it by the engine's label for the menu.
TITLE = "main_menu"

Map = dict[str, dict[str, set[str | None]]]     # channel -> label -> files (None: stopped)


def readme_map(text: str) -> Map:
    """channel -> label -> the files the README's music map plays there."""
    section = text.split("### Music map", 1)[1].split("\n### ", 1)[0]
    out: Map = {}
    channel = None
    for row in section.splitlines():
        if not row.startswith("|"):
            channel = None
            continue
        cells = [c.strip() for c in row.strip().strip("|").split("|")]
        if cells[0] in CHANNEL_OF_TABLE:
            assert cells[2] == "labels", f"the {cells[0]} table's third column is not labels"
            channel = CHANNEL_OF_TABLE[cells[0]]
            continue
        if channel is None or set(cells[0]) <= set("-"):
            continue
        source = cells[1].strip("`")
        file = f"audio/{source.removesuffix('.abc')}.ogg" if source else None
        for label in re.findall(r"`([^`]+)`", cells[2]):
            out.setdefault(channel, {}).setdefault(label, set()).add(file)
    return out


def script_map(story: dict) -> Map:
    """channel -> label -> the files the script's play/stop statements play in that label."""
    label_lines: dict[str, list[tuple[int, str]]] = {}
    for n in story["nodes"]:
        if n["kind"] == "label":
            label_lines.setdefault(n["file"], []).append((n["line"], n["name"]))
    plays, bad = statements(story)
    assert not bad, bad
    out: Map = {}
    for p in plays:
        if p.channel not in CHANNEL_OF_TABLE.values() or not p.file.startswith("game/story/"):
            continue
        label = max((l for l in label_lines[p.file] if l[0] <= p.line), default=(0, None))[1]
        assert label, f"{p.file}:{p.line}: a {p.verb} {p.channel} before any label"
        files = set(p.files) if p.verb != "stop" else {None}
        out.setdefault(p.channel, {}).setdefault(label, set()).update(files)
    title = main_menu_music(story)
    if title:
        out.setdefault("music", {}).setdefault(TITLE, set()).add(title[1])
    return out


def differences(want: Map, got: Map, got_name: str) -> list[str]:
    out = []
    for channel in sorted(set(want) | set(got)):
        w, g = want.get(channel, {}), got.get(channel, {})
        for label in sorted(set(w) | set(g)):
            if w.get(label, set()) != g.get(label, set()):
                out.append(f"{channel} at {label}: README {sorted(w.get(label, set()), key=str)}, "
                           f"{got_name} {sorted(g.get(label, set()), key=str)}")
    return out


@pytest.fixture(scope="module")
def the_map() -> Map:
    return readme_map((ROOT / "README.md").read_text(encoding="utf-8"))


def test_the_readme_map_is_what_the_script_plays(the_map, story):
    assert the_map["music"] and the_map["ambience"]
    drift = differences(the_map, script_map(story), "script")
    assert not drift, "the README's music map and the script disagree:\n" + "\n".join(drift)


def test_a_wrong_file_or_a_missing_row_is_a_difference(the_map):
    drifted = {c: {l: set(f) for l, f in labels.items()} for c, labels in the_map.items()}
    drifted["music"]["ch1.tower"] = {"audio/music/hands.ogg"}
    del drifted["ambience"]["ch5.gantry"]
    assert differences(the_map, drifted, "script") == [
        "ambience at ch5.gantry: README ['audio/ambience/drone_bay.ogg'], script []",
        "music at ch1.tower: README ['audio/music/machines.ogg'], script ['audio/music/hands.ogg']",
    ]


def heard_and_expected(trace, the_map: Map, channel: str) -> list[tuple[int, int, str, set, set, str | None]]:
    """Per line shown: (stretch number, line number, label, files the map wants now, what it
    wanted before the last change, file the engine's channel was playing). A stretch is a run
    of lines between two changes of what the map wants."""
    wants = the_map[channel]
    changes = sorted((a["line"], a[channel]) for a in trace.audio)
    now: set = {None}
    before: set = {None}
    stretch = position = 0
    heard, at = None, 0
    out = []
    for number, line in enumerate(trace.lines, 1):
        # Enter every label passed up to this line's own, in the order the engine entered them.
        while position < len(trace.labels):
            label = trace.labels[position]
            if label in wants and wants[label] != now:
                before, now = now, wants[label]
                stretch += 1
            if label == line.label:
                break
            position += 1
        while at < len(changes) and changes[at][0] <= number:
            heard = changes[at][1]
            at += 1
        out.append((stretch, number, line.label, now, before, heard))
    return out


@pytest.mark.engine
@pytest.mark.parametrize("channel", ["music", "ambience"])
def test_the_engine_plays_the_map_on_a_route(the_map, route_trace, channel):
    trace = route_trace(AUDIBLE)
    assert trace.audio, "the playthrough recorded no audio: was it played with sound mixed?"
    rows = heard_and_expected(trace, the_map, channel)
    # A fade-out keeps the last track playing for a moment (lines fly by under Skip): heard is
    # what the map wants now, or what it wanted before its last change, never anything else.
    wrong = [r for r in rows if r[5] not in r[3] | r[4]]
    assert not wrong, [f"line {n} in {label}: heard {h}, map wants {sorted(w, key=str)}"
                       for _, n, label, w, _, h in wrong[:5]]
    stretches: dict[int, tuple[set, list]] = {}
    for stretch, _, _, want, _, heard in rows:
        stretches.setdefault(stretch, (want, []))[1].append(heard)
    for want, heard in stretches.values():
        # In each stretch the map gives a track, the engine really plays it...
        if want != {None}:
            assert set(heard) & want, f"{sorted(want)} never heard on {channel}"
        # ...and once what the map wants is heard, the track before it never comes back.
        first = next((i for i, h in enumerate(heard) if h in want), len(heard))
        assert all(h in want for h in heard[first:]), f"{channel}: {heard} went back from {want}"
