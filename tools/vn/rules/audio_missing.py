"""audio-missing: every audio file the scripts play exists in game/.

The score is rendered from audio/*/*.abc by `vn audio build` into game/audio/,
which is not in the repository. Ren'Py's lint does not look for sound files,
and a missing one is silence (or an error in developer mode) where the writer
asked for music. Checked: `play`/`queue` statements (from the story export),
`config.main_menu_music`, and any quoted `audio/...` file name in a script
(interface sounds in styles, for instance).

PASS::

    play music "audio/music/theme.ogg" fadein 2.0      # built from audio/music/theme.abc

FAIL::

    play sound "audio/sfx/dril.ogg"                    # no such file
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .base import ERROR, Context, Problem

PARTIAL_PLAY = re.compile(r"^<[^<>]*>")

RULE_ID = "audio-missing"
SEVERITY = ERROR
SUMMARY = "an audio file a script plays does not exist in game/"


def check(story: dict[str, Any], context: Context) -> Iterable[Problem]:
    from vn.audio.check import references
    from vn.audio.plays import played_files
    refs = played_files(story)
    if context.base is not None:
        for name, where in references(context.base).items():
            refs.setdefault(name, []).extend(where)
        game = context.base / "game"
    else:
        return
    # `play sound "<to 2.0>audio/x.wav"` plays part of audio/x.wav: Ren'Py's partial-play
    # prefix is not part of the file name
    files: dict[str, list[tuple[str, int]]] = {}
    for name, where in refs.items():
        files.setdefault(PARTIAL_PLAY.sub("", name), []).extend(where)
    for name, where in sorted(files.items()):
        if (game / name).is_file():
            continue
        source = "audio/" + name.split("/", 1)[1].rsplit(".", 1)[0] + ".abc" \
            if name.startswith("audio/") else None
        hint = (f"run `vn audio build` (it renders {source})" if source and (context.base / source).is_file()
                else "fix the name, or write its source in audio/ and run `vn audio build`")
        for file, line in sorted(set(where)):
            yield Problem(file, line, f"game/{name} does not exist: {hint}", RULE_ID, SEVERITY)
