"""Headless real-engine playthroughs.

`play_through(["Get it.", ...])` starts the real Ren'Py engine under Xvfb on a
staged copy of the game with the autoplay hook (engine_files/vn_autoplay.rpy),
which presses Start, dismisses every line and clicks each planned menu choice
by its text. It returns what the player saw: every (label, speaker, text),
the choices made, the labels entered, the ending label reached and the
screenshots taken at named points. Saves and persistent data go to the
stage, never to the user's.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .engine import find_engine, game_base, staged_game
from .engine_report import failure_line
from .errors import VnError

PLAY_FILES = ("0vn_stable_names.rpy", "vn_py311_shim.rpy", "vn_autoplay.rpy")
SCREEN = "1920x1080x24"


class PlaythroughError(VnError):
    """The playthrough could not follow its plan (with the trace so far)."""

    def __init__(self, message: str, trace: Trace | None = None) -> None:
        super().__init__(message)
        self.trace = trace


@dataclass
class Line:
    label: str | None
    who: str | None
    name: str | None
    what: str
    # [tag, [transform, ...]] of each `show ... at` run since the line before
    at: list[list[Any]] = field(default_factory=list)
    # the images on stage while the line showed ("calla gesture happy"), sorted
    shown: list[str] = field(default_factory=list)


@dataclass
class Trace:
    lines: list[Line]
    labels: list[str]
    choices: list[dict[str, str]]   # {"menu": "game/x.rpy:12", "text": the text clicked}
    ending: str | None
    screenshots: dict[str, Path] = field(default_factory=dict)
    error: str | None = None
    audio: list[dict[str, Any]] = field(default_factory=list)   # {"line": N, "music": file, "ambience": file}
    persistent: dict[str, Any] = field(default_factory=dict)   # the game's persistent fields at the end
    # "open:NAME" point -> [x, y, w, h] of the button clicked to open NAME (virtual pixels)
    clicked: dict[str, list[float]] = field(default_factory=dict)
    saved: str | None = None   # "game/x.rpy:N", where the plan's save was made
    # per key pressed: {"key": "shift+K_a", "screens": {name: shown}, "self_voicing": bool,
    #   "focus": [focused button's text, as it changed], "played": [[file, channel, time], ...]}
    pressed: list[dict[str, Any]] = field(default_factory=list)
    # "click:TEXT" points: menu screen -> its bars' [value class, mixer]; the point (and
    # "POINT:before") -> channel -> {"mixer", "muted", "volume" the engine set, "playing"}
    bars: dict[str, list[list[str | None]]] = field(default_factory=dict)
    mixers: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)

    @property
    def said(self) -> list[tuple[str | None, str]]:
        """(speaker id, text) for every line shown, in order."""
        return [(line.who, line.what) for line in self.lines]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Trace:
        return cls(
            lines=[Line(**line) for line in data["lines"]],
            labels=data["labels"],
            choices=data["choices"],
            ending=data["ending"],
            screenshots={k: Path(v) for k, v in data.get("screenshots", {}).items()},
            error=data.get("error"),
            audio=data.get("audio", []),
            persistent=data.get("persistent", {}),
            clicked=data.get("clicked", {}),
            saved=data.get("saved"),
            pressed=data.get("pressed", []),
            bars=data.get("bars", {}),
            mixers=data.get("mixers", {}),
        )


def xvfb_command() -> list[str]:
    if os.environ.get("VN_USE_DISPLAY") and os.environ.get("DISPLAY"):
        return []
    xvfb = shutil.which("xvfb-run")
    if not xvfb:
        raise VnError("xvfb-run not found: install Debian's xvfb and xauth packages "
                      "(sudo apt-get install xvfb xauth libgl1-mesa-dri)")
    return [xvfb, "-a", "-s", f"-screen 0 {SCREEN}"]


def play_through(choices: Sequence[str], game: str | Path | None = None, *,
                 screenshots: dict[str, str] | None = None,
                 shots_dir: str | Path | None = None,
                 skip: bool = True, transitions: bool = False, language: str | None = None,
                 timeout: float = 600,
                 stall_seconds: float = 60, audio: bool = False,
                 settle_seconds: float = 0.5, save: dict[str, Any] | None = None,
                 load: str | None = None, session: str | Path | None = None,
                 press: Sequence[dict[str, Any]] = ()) -> Trace:
    """Play the game from the start, choosing `choices` in order, to the main menu.

    `screenshots` maps a name to a point: "title", "line:N", "menu:N",
    "label:NAME", "ending" or "screen:NAME" (the menu screen NAME, opened
    from the main menu after the run), then "open:NAME" (on that menu screen, a
    real mouse click on the button that shows the screen NAME, and NAME once it is
    up; the trace's `clicked` gives the button's box) or "click:TEXT" (on a menu screen, a real
    click on the button reading TEXT, with the screen's `bars` and the engine's `mixers`
    before and after); the PNGs are written to `shots_dir`. With
    `skip`, lines between menus are fast-skipped as a player holding Skip
    would; without it, each line is drawn and clicked through. `language`
    picks a translation (a folder of game/tl/) on the title screen, as a
    player would in Preferences; choices are then given in that language.
    With `audio`, the engine mixes sound into SDL's disk driver (written to
    /dev/null), so the music channels really play and the trace says what played.
    `settle_seconds` is how long a screenshot waits after its point is reached (less, to
    catch a motion of game/stage.rpy mid-way).

    Saves across sessions, as a player makes them: `save` ({"at": "line:N" or "menu:N",
    "slot": name, "quit": bool}) saves there, and `load` (a slot) starts from that save
    instead of Start. Both need `session`, a folder that plays the part of the player's
    computer between runs: it keeps the saves, and the .rpyc files the engine wrote (the
    statement names a save refers to) for scripts that still exist in `game`.

    `press` sends keys while a line is on screen ({"at": "line:N", "key": "K_a", "shift":
    bool, "shot": name, "screens": [name, ...], "repeat": N, "held": bool}, see
    engine_files/vn_autoplay.rpy); the trace's `pressed` says what each did.
    """
    if (save or load) and session is None:
        raise ValueError("save and load need a session folder to keep the saves in")
    base = game_base(game)
    engine = find_engine()
    kept = Path(session) if session is not None else None
    with tempfile.TemporaryDirectory(prefix="vn-play-") as tmp_name, \
            staged_game(base, PLAY_FILES, keep=kept / "stage" if kept else None,
                        keep_compiled=True) as staged:
        tmp = Path(tmp_name)
        saves = kept / "saves" if kept else tmp / "saves"
        shots = Path(shots_dir) if shots_dir else tmp / "shots"
        shots.mkdir(parents=True, exist_ok=True)
        trace_file = tmp / "trace.json"
        plan = {
            "choices": list(choices),
            "trace": str(trace_file),
            "shots_dir": str(shots.resolve()),
            "screenshots": [{"name": n, "at": at} for n, at in (screenshots or {}).items()],
            "skip": skip,
            "language": language,
            "transitions": transitions,
            "stall_seconds": stall_seconds,
            "settle_seconds": settle_seconds,
            "save": save,
            "load": load,
            "press": list(press),
        }
        plan_file = tmp / "plan.json"
        plan_file.write_text(json.dumps(plan), encoding="utf-8")
        env = dict(os.environ)
        env.update({
            "VN_AUTOPLAY": str(plan_file),
            "HOME": str(tmp / "home"),
            "SDL_VIDEODRIVER": "x11",
            "SDL_AUDIODRIVER": "disk" if audio else "dummy",
            "SDL_DISKAUDIOFILE": os.devnull,
        })
        cmd = [*xvfb_command(), *engine.command, str(staged), "--savedir", str(saves)]
        try:
            proc = subprocess.run(cmd, env=env, capture_output=True, text=True,
                                  timeout=timeout, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            proc = None
        if not trace_file.exists():
            if proc is None:
                raise PlaythroughError(f"playthrough timed out after {timeout}s with no trace")
            raise PlaythroughError(failure_line(proc, staged))
        trace = Trace.from_json(json.loads(trace_file.read_text(encoding="utf-8")))
    if trace.error:
        raise PlaythroughError(trace.error, trace)
    return trace
