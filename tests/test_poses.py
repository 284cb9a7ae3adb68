"""Poses survive expression changes: `show calla gesture happy` then `calla sad "..."` keeps
the gesture, in the real engine and in the web player (issue 15).

The art build writes game/images/poses.rpy (vn/sprites/poses.py): one layeredimage per
character, a pose group and an expression group whose attributes pick the pre-drawn file
of each (pose, expression) pair. A fixture game made here uses that same generator over
one character whose twelve sprite files are flat colours, one colour per file: the engine's
screenshot at each line says which file is on screen, the engine's trace which attributes,
and the web player must show the same at every line.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PIL import Image
from web_helpers import FAST, drive

from vn.playthrough import play_through
from vn.sprites import poses
from vn.sprites.specs import EXPRESSION_NAMES, load_art
from vn.web.build import build_web
from vn.web.serve import serve_in_thread

SCREENS = Path(__file__).resolve().parent / "fixtures" / "web" / "showcase" / "game" / "screens.rpy"

SCRIPT = """\
define config.screen_width = 1280
define config.screen_height = 720
define k = Character("Kit", image="kit")

label start:
    scene black
    show kit gesture happy
    "Kit waves."
    k sad "Sad now, and still waving."
    show kit -gesture
    "The arm comes down."
    k closed "Arms crossed."
    k happy "Crossed, and happy."
    show kit gesture
    "Waving again."
    return
"""
# (line, the image on stage, the file that draws it)
EXPECTED = [
    (1, "kit gesture happy", "kit gesture happy"),
    (2, "kit gesture sad", "kit gesture sad"),
    (3, "kit sad", "kit sad"),
    (4, "kit closed sad", "kit closed sad"),
    (5, "kit closed happy", "kit closed happy"),
    (6, "kit gesture happy", "kit gesture happy"),
]
STANCES = ["gesture", "closed"]


def colour(label: str) -> tuple[int, int, int]:
    """One distinct flat colour per sprite file."""
    names = [f"kit {e}" for e in EXPRESSION_NAMES]
    names += [f"kit {s} {e}" for s in STANCES for e in EXPRESSION_NAMES]
    i = names.index(label)
    return (20 + 19 * (i % 12), 240 - 17 * (i % 12), 60 + 90 * (i // 6))


@pytest.fixture(scope="module")
def pose_game(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("poses")
    chars = base / "game" / "images" / "characters"
    chars.mkdir(parents=True)
    for pose in [None, *STANCES]:
        for e in EXPRESSION_NAMES:
            label = f"kit {pose} {e}" if pose else f"kit {e}"
            Image.new("RGB", (400, 640), colour(label)).save(chars / f"{label}.png")
    (base / "game" / "images" / "poses.rpy").write_text(poses.layered_rpy_of([("kit", STANCES)]))
    (base / "game" / "script.rpy").write_text(SCRIPT)
    shutil.copy(SCREENS, base / "game" / "screens.rpy")
    return base


def test_the_build_defines_a_layered_image_per_character_with_a_body(root):
    art = load_art(root)
    text = (root / poses.POSES_RPY).read_text(encoding="utf-8")
    assert text == poses.layered_rpy(art)          # the build wrote what the specs say
    for cid, c in art.characters.items():
        if not c["outputs"]["sprite"]:
            assert f"layeredimage {cid}:" not in text
            continue
        assert f"\n    layeredimage {cid}:\n" in text
        for pose in [None, *c["build"]["stances"]]:
            for e in EXPRESSION_NAMES:
                file = poses.sprite_file(cid, pose, e)
                assert f"'{file}'" in text and (root / "game" / file).is_file(), file


def test_the_export_names_every_pose_and_expression_of_a_layered_image(story):
    """The story export expands each layered image into the names a show can give it, with
    the file each shows, so lint and the web export still see `calla gesture happy`."""
    images = {i["name"]: i for i in story["images"]}
    assert images["calla gesture happy"]["file"] == "images/characters/calla gesture happy.png"
    assert images["calla sad"]["file"] == "images/characters/calla sad.png"
    # a pose alone shows the default face
    assert images["calla gesture"]["file"] == "images/characters/calla gesture neutral.png"
    assert images["calla"]["layered"] == "calla"
    assert story["layered"]["calla"]["groups"] == [["pose", ["gesture", "closed"]],
                                                   ["face", list(EXPRESSION_NAMES)]]


@pytest.mark.engine
@pytest.mark.playthrough
def test_an_expression_change_keeps_the_pose_in_the_engine_and_the_web_player(pose_game, tmp_path, open_page,
                                                                               shots_dir):
    shots = {f"pose-line-{n}": f"line:{n}" for n, _, _ in EXPECTED}
    trace = play_through([], pose_game, screenshots=shots, shots_dir=tmp_path)
    assert trace.error is None, trace.error
    assert [line.shown for line in trace.lines] == [["black", im] for _, im, _ in EXPECTED]
    for n, _, file in EXPECTED:
        shot = Image.open(trace.screenshots[f"pose-line-{n}"]).convert("RGB")
        assert shot.size == (1280, 720)
        # the sprite stands at the bottom centre, above the text box
        assert shot.getpixel((640, 200)) == colour(file), f"line {n}: the engine does not draw {file}"
    shutil.copy(trace.screenshots["pose-line-2"], shots_dir / "engine-pose-kept.png")

    site = build_web(pose_game, tmp_path / "web")
    story = json.loads((site.out / "story.json").read_text())
    assert story["layered"]["kit"] == [["pose", STANCES], ["face", list(EXPRESSION_NAMES)]]
    server, address = serve_in_thread(site.out)
    try:
        page = open_page(address, prefs=FAST, save_key=story["save_key"])
        web = drive(page, [], stopAtLine=2)
        assert web["error"] is None, web["error"]
        # the sprite the player draws at line 2 is the file of the gesture's sad face
        drawn = page.eval_on_selector_all("#layer img.vn-sprite[data-tag=kit]",
                                          "els => els.map(e => [e.dataset.im, e.getAttribute('src')])")
        assert drawn == [["kit gesture sad", story["images"]["kit gesture sad"]["f"]]], drawn
        page.screenshot(path=str(shots_dir / "web-pose-kept.png"))
        web = drive(open_page(address, prefs=FAST, save_key=story["save_key"]), [])
        assert web["error"] is None, web["error"]
        assert [line["shown"] for line in web["lines"]] == [line.shown for line in trace.lines]
    finally:
        server.shutdown()


def test_lint_names_the_line_of_a_pose_or_face_that_does_not_exist(story, root):
    """With the layered images, lint's sprite-missing still names file:line for a pose or an
    expression no sprite has, and passes every combination the layered image offers."""
    from vn.rules.sprite_check import sprite_problems
    nodes = [
        {"kind": "show", "image": "calla flying sad", "tag": "calla", "attributes": ["flying", "sad"],
         "file": "game/story/x.rpy", "line": 3},
        {"kind": "say", "who": "calla", "character": "calla", "attributes": ["gesture", "grumpy"],
         "what": "...", "file": "game/story/x.rpy", "line": 4},
        {"kind": "show", "image": "calla closed worried", "tag": "calla", "attributes": ["closed", "worried"],
         "file": "game/story/x.rpy", "line": 5},
        {"kind": "say", "who": "calla", "character": "calla", "attributes": ["-gesture", "surprised"],
         "what": "...", "file": "game/story/x.rpy", "line": 6},
    ]
    problems, _ = sprite_problems(root, {**story, "nodes": nodes})
    assert [(p.file, p.line, p.rule) for p in problems] == [("game/story/x.rpy", 3, "sprite-missing"),
                                                          ("game/story/x.rpy", 4, "sprite-missing")]
    assert '"calla flying sad"' in problems[0].message and '"calla gesture grumpy"' in problems[1].message
