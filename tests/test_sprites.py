"""Tests for the art pipeline (vn.sprites): build, incremental rebuild, bad specs, manifest, check, sheet.

They run the renderer on a temporary copy of a few real specs from art/, so they
need Pillow but never the Ren'Py engine.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import pytest

from vn.errors import VnError
from vn.sprites import cmd_build, cmd_check, cmd_sheet, register
from vn.sprites.build import build
from vn.sprites.check import check, load_manifest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "sprites"
CHARACTERS = ("calla", "noah", "otto")
BACKGROUNDS = ("preserve_dental", "funeral")
EXPRESSIONS = ("neutral", "happy", "sad", "angry", "worried", "surprised")


def make_project(tmp: Path, *, gui: bool = False) -> Path:
    """A tiny project: three characters, two backgrounds, fonts; optionally the GUI kit."""
    base = tmp / "proj"
    (base / "art" / "characters").mkdir(parents=True)
    (base / "art" / "backgrounds").mkdir()
    (base / "art" / "cg").mkdir()
    shutil.copy(REPO / "art" / "expressions.json", base / "art" / "expressions.json")
    for c in CHARACTERS:
        spec = json.loads((REPO / "art" / "characters" / f"{c}.json").read_text())
        # one named pose (calla's gesture) is enough to test stances, and keeps these builds short
        spec["build"]["stances"] = {k: v for k, v in spec["build"].get("stances", {}).items()
                                    if (c, k) == ("calla", "gesture")}
        (base / "art" / "characters" / f"{c}.json").write_text(json.dumps(spec, indent=1))
    for b in BACKGROUNDS:
        shutil.copy(REPO / "art" / "backgrounds" / f"{b}.json", base / "art" / "backgrounds" / f"{b}.json")
    shutil.copytree(REPO / "game" / "fonts", base / "game" / "fonts")
    if gui:
        spec = json.loads((REPO / "art" / "gui.json").read_text())
        spec["game_menu"]["scene"] = "preserve_dental"
        (base / "art" / "gui.json").write_text(json.dumps(spec))
        title = json.loads((REPO / "art" / "title.json").read_text())
        title["layers"] = [layer for layer in title["layers"] if layer["type"] != "figure"]
        (base / "art" / "title.json").write_text(json.dumps(title))
    return base


def pngs(base: Path) -> dict:
    return {p.relative_to(base).as_posix(): p.read_bytes()
            for p in sorted((base / "game").rglob("*.png"))}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    base = make_project(tmp_path_factory.mktemp("built"))
    build(base, quiet=True)
    return base


def test_build_writes_every_sprite_side_image_and_background(built):
    files = pngs(built)
    for c in ("calla", "otto"):
        for e in EXPRESSIONS:
            assert f"game/images/characters/{c} {e}.png" in files
    for e in EXPRESSIONS:       # a named pose in every expression: `show calla gesture happy`
        assert f"game/images/characters/calla gesture {e}.png" in files
    assert not [f for f in files if " gesture " in f and "calla" not in f]
    for e in EXPRESSIONS:       # drawn in the pose, not copies of the default one
        assert files[f"game/images/characters/calla gesture {e}.png"] != files[f"game/images/characters/calla {e}.png"]
    for e in EXPRESSIONS:
        assert f"game/images/side/side noah {e}.png" in files
        assert f"game/images/characters/noah {e}.png" not in files   # noah gets only side images
    for b in BACKGROUNDS:
        assert f"game/images/bg/bg {b}.png" in files


def test_sprite_and_background_sizes(built):
    from PIL import Image
    with Image.open(built / "game/images/characters/calla happy.png") as im:
        assert im.mode == "RGBA" and im.size == (400, 640)
        assert im.getpixel((2, 2))[3] == 0                     # transparent background
        assert im.getchannel("A").getbbox()[3] == 640          # bottom-anchored
    with Image.open(built / "game/images/side/side noah sad.png") as im:
        assert im.size == (240, 260)
    with Image.open(built / "game/images/bg/bg funeral.png") as im:
        assert im.size == (1280, 720)


def test_expressions_differ(built):
    files = pngs(built)
    faces = {files[f"game/images/characters/calla {e}.png"] for e in EXPRESSIONS}
    assert len(faces) == len(EXPRESSIONS)


def test_build_is_deterministic(built, tmp_path):
    other = make_project(tmp_path)
    build(other, quiet=True, jobs_n=1)          # serial here, parallel in the fixture
    assert pngs(other) == pngs(built)


def test_noop_rebuild_writes_nothing(built):
    before = {p: p.stat().st_mtime_ns for p in (built / "game").rglob("*") if p.is_file()}
    res = build(built, quiet=True)   # how fast a no-op build is: make bench, not a test
    assert res["written"] == []
    after = {p: p.stat().st_mtime_ns for p in (built / "game").rglob("*") if p.is_file()}
    assert after == before


def test_changing_a_colour_redraws_only_that_character(tmp_path):
    base = make_project(tmp_path)
    build(base, quiet=True)
    old = pngs(base)
    spec_path = base / "art" / "characters" / "calla.json"
    spec = json.loads(spec_path.read_text())
    spec["palette"]["coat"] = "#3355aa"
    spec_path.write_text(json.dumps(spec))
    res = build(base, quiet=True)
    written = {w for w in res["written"] if w.endswith(".png")}
    assert written == {f"game/images/characters/calla{pose} {e}.png" for e in EXPRESSIONS for pose in ("", " gesture")}
    new = pngs(base)
    assert all(new[w] != old[w] for w in written)


def test_deleted_output_is_redrawn(built):
    p = built / "game/images/bg/bg funeral.png"
    data = p.read_bytes()
    p.unlink()
    res = build(built, quiet=True)
    assert res["written"] == ["game/images/bg/bg funeral.png"]
    assert p.read_bytes() == data


@pytest.mark.parametrize("mutate, expected", [
    (lambda s: s["palette"].__setitem__("skin", "pink-ish"),
     'art/characters/calla.json: palette.skin: expected a colour like "#aabbcc", got "pink-ish"'),
    (lambda s: s["face"].__setitem__("sparkle", True),
     "art/characters/calla.json: face.sparkle: unknown field"),
    (lambda s: s.pop("hair"),
     'art/characters/calla.json: hair: missing required part for kind "human"'),
    (lambda s: s["build"].__setitem__("height", "tall"),
     'art/characters/calla.json: build.height: expected a number from 300 to 640, got "tall"'),
    (lambda s: s["clothing"]["top"].__setitem__("color", "nope"),
     'art/characters/calla.json: clothing.top.color: expected a colour like "#aabbcc" or a palette name'),
    (lambda s: s["build"].__setitem__("poses", {"angry": {"left": "wave"}}),
     'art/characters/calla.json: build.poses.angry.left: expected one of "down", "pocket", "hip", "hold", '
     '"clasp", "cross", "chin", "open", "palm", "chest", got "wave"'),
    (lambda s: s["build"].__setitem__("poses", {"grumpy": {"left": "cross"}}),
     "art/characters/calla.json: build.poses.grumpy: unknown field (expected one of: neutral, happy, sad, "
     "angry, worried, surprised)"),
    (lambda s: s["build"].__setitem__("poses", {"angry": {"elbow": "cross"}}),
     "art/characters/calla.json: build.poses.angry.elbow: unknown field (expected one of: left, right)"),
    (lambda s: s["build"].__setitem__("poses", {"angry": "cross"}),
     'art/characters/calla.json: build.poses.angry: expected an object with "left" and/or "right" arm poses, '
     'got "cross"'),
    (lambda s: s["build"].__setitem__("poses", ["angry"]),
     'art/characters/calla.json: build.poses: expected an object of expression names to arm poses, got ["angry"]'),
])
def test_malformed_spec_fails_with_file_and_field_and_writes_nothing(tmp_path, capsys, mutate, expected):
    base = make_project(tmp_path)
    spec_path = base / "art" / "characters" / "calla.json"
    spec = json.loads(spec_path.read_text())
    mutate(spec)
    spec_path.write_text(json.dumps(spec))
    with pytest.raises(VnError) as e:
        build(base, quiet=True)
    assert str(e.value).startswith(expected)
    assert cmd_build(argparse.Namespace(game_dir=str(base))) == 2
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err
    assert not (base / "game" / "images").exists()
    assert not (base / ".vn").exists()


@pytest.mark.parametrize("name, field, value, expected", [
    ("sad", "head_tilt", 40, "expressions.sad.head_tilt: expected a number from -15 to 15, got 40"),
    ("angry", "lean", "left", 'expressions.angry.lean: expected a number from -1 to 1, got "left"'),
    ("surprised", "shoulders", 2, "expressions.surprised.shoulders: expected a number from -1 to 1, got 2"),
    ("happy", "head_lift", True, "expressions.happy.head_lift: expected a number from -0.2 to 0.2, got true"),
    ("worried", "head_forward", [1], "expressions.worried.head_forward: expected a number from -1 to 1, got [1]"),
    ("neutral", "head_turn", 5, "expressions.neutral.head_turn: unknown field"),
])
def test_bad_body_field_in_expressions_fails_with_one_line(tmp_path, capsys, name, field, value, expected):
    base = make_project(tmp_path)
    p = base / "art" / "expressions.json"
    spec = json.loads(p.read_text())
    spec["expressions"][name][field] = value
    p.write_text(json.dumps(spec))
    with pytest.raises(VnError) as e:
        build(base, quiet=True)
    msg = str(e.value)
    assert msg.startswith("art/expressions.json: " + expected) and "\n" not in msg
    assert cmd_build(argparse.Namespace(game_dir=str(base))) == 2
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err
    assert not (base / "game" / "images").exists()


# --- body language and hands --------------------------------------------------------

def _spec(cid: str) -> dict:
    from vn.sprites import specs
    raw = json.loads((REPO / "art" / "characters" / f"{cid}.json").read_text())
    return specs.validate_character(raw, f"art/characters/{cid}.json", cid)


def _expr(**body) -> dict:
    from vn.sprites import specs
    from vn.sprites.schema import Ctx
    return specs.EXPRESSION({"mouth_curve": 0.1, **body}, "x", Ctx("x"))


def _render(c: dict, expr: dict, name: str = "neutral"):
    import copy
    from vn.sprites import figure
    return figure.render(copy.deepcopy(c), {name: expr}, "sprite")[name]


def _rows_equal(a, b, y0: int, y1: int) -> bool:
    return a.crop((0, y0, a.width, y1)).tobytes() == b.crop((0, y0, b.width, y1)).tobytes()


def test_head_motion_moves_the_head_and_leaves_the_lower_body_alone():
    c = _spec("calla")
    still = _render(c, _expr())
    tilted = _render(c, _expr(head_tilt=8, head_lift=0.04))
    assert not _rows_equal(still, tilted, 0, 150)            # the head and hair moved
    assert _rows_equal(still, tilted, 330, 640)              # nothing below the chest did


def test_lean_and_shoulders_move_the_body_but_keep_it_on_the_floor():
    c = _spec("calla")
    still = _render(c, _expr())
    moved = _render(c, _expr(lean=1, shoulders=1))
    assert not _rows_equal(still, moved, 150, 300)
    for im in (still, moved):
        assert im.getchannel("A").getbbox()[3] == 640        # still bottom-anchored
    # leaning right moves the top of the figure right
    def centre_x(im, y0, y1):
        bb = im.crop((0, y0, im.width, y1)).getchannel("A").getbbox()
        return (bb[0] + bb[2]) / 2
    assert centre_x(moved, 60, 120) > centre_x(still, 60, 120) + 3


def test_pose_for_one_expression_changes_only_that_expression():
    import copy
    from vn.sprites import figure
    c = _spec("calla")
    c2 = copy.deepcopy(c)
    c2["build"]["poses"]["angry"] = {"left": "cross", "right": "cross"}
    exprs = {"neutral": _expr(), "angry": _expr(head_forward=0.5)}
    a = figure.render(copy.deepcopy(c), exprs, "sprite")
    b = figure.render(copy.deepcopy(c2), exprs, "sprite")
    assert a["neutral"].tobytes() == b["neutral"].tobytes()
    assert a["angry"].tobytes() != b["angry"].tobytes()
    assert figure.expression_pose(c2, "angry") == {"left": "cross", "right": "cross"}
    assert figure.expression_pose(c2, "sad") == c["build"]["pose"]
    c2["build"]["poses"]["sad"] = {"left": "hip", "right": None}
    assert figure.expression_pose(c2, "sad") == {"left": "hip", "right": c["build"]["pose"]["right"]}


@pytest.mark.parametrize("pose", ["down", "pocket", "hip", "hold", "clasp", "cross", "chin"])
def test_every_arm_pose_draws_a_hand_deterministically(pose):
    from vn.sprites import figure
    c = _spec("calla")
    c["build"]["pose"] = {"left": pose, "right": pose}
    expr = _expr(head_tilt=4, lean=0.5)
    img = _render(c, expr)
    assert _render(c, expr).tobytes() == img.tobytes()
    # skin shows where each hand is (a pocket shows its thumb)
    figure.derive_palette(c)
    g = figure.BodyGeometry(c)
    skin = c["skin"]["tone"][:3]
    for side in (-1, 1):
        W = figure.arm_joints(g, side, pose, pose)[2]
        box = img.crop((int(W[0]) - 30, int(W[1]) - 40, int(W[0]) + 30, int(W[1]) + 40)).convert("RGB").tobytes()
        near = sum(1 for i in range(0, len(box), 3) if sum(abs(box[i + k] - skin[k]) for k in range(3)) < 40)
        assert near > 40, (pose, side, near)


@pytest.mark.parametrize("pose", ["open", "palm", "chest"])
def test_gesture_arm_poses_draw_a_hand_where_the_wrist_is(pose):
    from vn.sprites import figure
    c = _spec("calla")
    c["build"]["pose"] = {"left": pose, "right": "down"}
    c["build"]["item"]["type"] = "none"
    img = _render(c, _expr())
    figure.derive_palette(c)
    g = figure.BodyGeometry(c)
    skin = c["skin"]["tone"][:3]
    W = figure.arm_joints(g, -1, pose, "down")[2]
    assert 0 < W[0] < figure.SPRITE_W
    box = img.crop((int(W[0]) - 30, int(W[1]) - 40, int(W[0]) + 30, int(W[1]) + 40)).convert("RGB").tobytes()
    near = sum(1 for i in range(0, len(box), 3) if sum(abs(box[i + k] - skin[k]) for k in range(3)) < 40)
    assert near > 60, (pose, near)


def test_a_sharply_bent_limb_is_one_solid_shape():
    # the forearm folded back over the upper arm (a hand raised in front of the shoulder): the old
    # one-polygon outline crossed itself at the elbow and left a hole there
    from PIL import Image, ImageDraw
    from vn.sprites import kit
    joints = [(100.0, 40.0), (120.0, 150.0), (90.0, 60.0)]
    mask = Image.new("L", (220, 220), 0)
    d = ImageDraw.Draw(mask)
    for shape in kit.limb_shapes(joints, [30, 24, 18]):
        d.polygon(kit._shape_pts(shape), fill=255)
    inside = [(118, 140), (112, 120), (104, 100), (96, 80)]       # along both bones near the elbow
    assert all(mask.getpixel(p) == 255 for p in inside)
    assert mask.getpixel((180, 40)) == 0


def test_a_stance_changes_the_arms_and_posture_in_every_expression():
    import copy
    from vn.sprites import figure
    c = _spec("calla")
    assert set(c["build"]["stances"]) >= {"gesture", "closed"}
    exprs = {"neutral": _expr(), "angry": _expr(head_forward=0.5, lean=0.2)}
    plain = figure.render(copy.deepcopy(c), exprs, "sprite")
    gesture = figure.render(copy.deepcopy(c), exprs, "sprite", "gesture")
    closed = figure.render(copy.deepcopy(c), exprs, "sprite", "closed")
    for e in exprs:
        assert len({plain[e].tobytes(), gesture[e].tobytes(), closed[e].tobytes()}) == 3
    assert figure.expression_pose(c, "neutral", "closed") == {"left": "cross", "right": "cross"}
    # a side not named keeps build.pose; the per-expression arms do not apply inside a stance
    assert figure.expression_pose(c, "neutral", "gesture") == {"left": "open", "right": "hold"}
    moved = figure.stance_expression(c, exprs["angry"], "closed")
    assert moved["lean"] == pytest.approx(0.0) and moved["shoulders"] == pytest.approx(0.2)


def test_machines_raise_their_arms_in_a_stance():
    import copy
    from vn.sprites import figure
    c = _spec("otto")
    plain = figure.render(copy.deepcopy(c), {"neutral": _expr()}, "sprite")["neutral"]
    raised = figure.render(copy.deepcopy(c), {"neutral": _expr()}, "sprite", "gesture")["neutral"]
    assert not _rows_equal(plain, raised, 120, 400)


@pytest.mark.parametrize("stances, expected", [
    ({"happy": {"left": "open"}}, "build.stances.happy: expected a pose name that is not an expression name"),
    ({"Gesture": {}}, "build.stances.Gesture: expected a lower-case name"),
    ({"gesture": {"left": "wave"}}, "build.stances.gesture.left: expected one of"),
    ({"gesture": {"lean": 3}}, "build.stances.gesture.lean: expected"),
])
def test_bad_stance_fails_with_one_line(tmp_path, capsys, stances, expected):
    base = make_project(tmp_path)
    p = base / "art" / "characters" / "calla.json"
    spec = json.loads(p.read_text())
    spec["build"]["stances"] = stances
    p.write_text(json.dumps(spec))
    rc = cmd_build(argparse.Namespace(game_dir=str(base), force=False, jobs=1, quiet=True))
    err = capsys.readouterr().err
    assert rc == 2 and "art/characters/calla.json: " + expected in err and len(err.strip().splitlines()) == 1
    assert not (base / "game" / "images").exists()


def test_machines_tilt_with_the_expression():
    c = _spec("otto")
    still = _render(c, _expr())
    tilted = _render(c, _expr(head_tilt=6))
    assert not _rows_equal(still, tilted, 0, 200)
    assert _rows_equal(still, tilted, 300, 640)


def test_invalid_json_names_file_and_line(tmp_path):
    base = make_project(tmp_path)
    (base / "art" / "backgrounds" / "funeral.json").write_text('{"name": "funeral",\n  "layers": [,]}')
    with pytest.raises(VnError, match=r"art/backgrounds/funeral.json:2: invalid JSON"):
        build(base, quiet=True)


def test_bad_background_layer_names_its_index(tmp_path):
    base = make_project(tmp_path)
    p = base / "art" / "backgrounds" / "funeral.json"
    spec = json.loads(p.read_text())
    spec["layers"][0]["type"] = "volcano"
    p.write_text(json.dumps(spec))
    with pytest.raises(VnError, match=r"funeral.json: layers\[0\].type: expected one of"):
        build(base, quiet=True)


NEW_ELEMENT_LAYERS = [
    {"type": "gradient", "top": "#202830", "bottom": "#101418"},
    {"type": "stripes", "box": [0, 600, 1280, 620], "colors": ["#e8b84a", "#1a1c20"], "outline": True},
    {"type": "cradles", "at": [100, 500], "count": 5, "spacing": 60, "color": "#2c3642", "drone": "#c8d0d8"},
    {"type": "crates", "at": [700, 560], "count": 5, "size": 50, "color": "#6a5440"},
    {"type": "crates", "at": [900, 560], "count": 2, "color": "#4a5a6a", "kind": "case", "label": "KIT"},
    {"type": "crates", "at": [1100, 560], "count": 1, "color": "#8a5a3a", "kind": "radio"},
    {"type": "tree", "at": [200, 400], "kind": "bare", "leaves": 0.5},
    {"type": "tree", "at": [500, 400], "kind": "round"},
    {"type": "tree", "at": [800, 400], "kind": "cypress"},
]


def test_new_scene_elements_validate_and_render(tmp_path):
    from vn.sprites import scene, specs
    spec = specs.validate_scene({"name": "yard", "layers": NEW_ELEMENT_LAYERS}, "art/backgrounds/yard.json", "yard")
    assert spec["layers"][2]["light"] == (90, 230, 140, 255)     # defaults filled in
    assert spec["layers"][6]["trunk"] == (70, 56, 48, 255)
    ctx = scene.Ctx(REPO / "game" / "fonts", {}, {})
    img = scene.render_scene(spec, ctx)
    assert img.size == (1280, 720)
    assert img.getpixel((100, 612)) != img.getpixel((5, 700))       # stripes drawn
    again = scene.render_scene(spec, ctx)
    assert again.tobytes() == img.tobytes()                          # deterministic


@pytest.mark.parametrize("index, field, value, expected", [
    (1, "colors", ["#e8b84a"], "layers[1].colors: expected a list of"),
    (3, "kind", "barrel", 'layers[3].kind: expected one of "wood", "case", "radio", got "barrel"'),
    (6, "kind", "oak", 'layers[6].kind: expected one of "bare", "round", "cypress", got "oak"'),
    (2, "empty", 2, "layers[2].empty: expected a number from 0 to 1, got 2"),
    (7, "branches", 3, "layers[7].branches: unknown field"),
])
def test_new_scene_elements_reject_bad_fields(index, field, value, expected):
    from vn.sprites import specs
    layers = json.loads(json.dumps(NEW_ELEMENT_LAYERS))
    layers[index][field] = value
    with pytest.raises(VnError) as e:
        specs.validate_scene({"name": "yard", "layers": layers}, "art/backgrounds/yard.json", "yard")
    msg = str(e.value)
    assert msg.startswith("art/backgrounds/yard.json: ") and expected in msg and "\n" not in msg


def test_manifest_content(built):
    man = load_manifest(built)
    assert man["format"] == "vn-sprite-manifest"
    calla = man["characters"]["calla"]
    assert calla["name"] == "Dr. Calla Hawthorne"
    assert calla["attributes"] == list(EXPRESSIONS)
    happy = [f for f in calla["files"] if f["attribute"] == "happy"][0]
    assert happy == {"image": "calla happy", "attribute": "happy", "file": "images/characters/calla happy.png",
                     "width": 400, "height": 640}
    noah = man["characters"]["noah"]
    assert noah["side_only"] is True and noah["name"] == "Noah"
    assert {f["image"] for f in noah["files"]} == {f"side noah {e}" for e in EXPRESSIONS}
    assert {b["name"]: b["file"] for b in man["backgrounds"]} == {
        "funeral": "images/bg/bg funeral.png", "preserve_dental": "images/bg/bg preserve_dental.png"}


def test_check_reports_missing_and_unused(built):
    story = json.loads((FIXTURES / "story.json").read_text())
    rep = check(load_manifest(built), story)
    missing = {(m["image"], m["line"]) for m in rep["missing"]}
    assert missing == {("side noah smug", 7), ("calla smug", 8), ("bg nowhere", 14)}
    assert all(m["file"] == "game/story/prologue.rpy" for m in rep["missing"])
    assert "bg funeral" in rep["unused"] and "calla angry" in rep["unused"]
    assert "calla happy" not in rep["unused"] and "side noah worried" not in rep["unused"]
    assert "bg preserve_dental" not in rep["unused"]
    assert rep["usage"]["calla"] == {"happy": 2, "neutral": 1}
    assert rep["usage"]["noah"] == {"worried": 1}
    assert set(rep) >= {"characters", "backgrounds", "missing", "unused"}
    assert rep["characters"]["calla"]["files"][0].startswith("images/characters/calla ")


def test_check_knows_poses_and_names_the_line_of_a_missing_one(built):
    man = load_manifest(built)
    assert man["characters"]["calla"]["poses"] == ["gesture"]
    assert man["characters"]["noah"]["poses"] == [] and man["characters"]["otto"]["poses"] == []
    g = [f for f in man["characters"]["calla"]["files"] if f.get("pose")]
    assert {f["image"] for f in g} == {f"calla gesture {e}" for e in EXPRESSIONS}
    assert g[0]["file"].startswith("images/characters/calla gesture ")

    def show(line: int, *attrs: str) -> dict:
        return {"id": f"n{line}", "kind": "show", "file": "game/story/x.rpy", "line": line, "next": None,
                "image": " ".join(("calla",) + attrs), "tag": "calla", "attributes": list(attrs), "at": []}
    story = {"characters": {}, "images": [], "nodes": [
        show(1, "gesture", "happy"), show(2, "gesture"), show(3, "-gesture", "sad"), show(4, "angry"),
        show(5, "gestur", "happy"), show(6, "closed"), show(7, "-gestur"), show(8, "happy", "sad")]}
    rep = check(man, story)
    assert [(m["image"], m["line"]) for m in rep["missing"]] == [
        ("calla gestur happy", 5), ("calla closed", 6), ("calla -gestur", 7), ("calla happy sad", 8)]
    assert "calla gesture happy" not in rep["unused"] and "calla gesture worried" in rep["unused"]


def test_story_image_index_resolves_negative_attributes():
    from vn.story import ImageIndex
    idx = ImageIndex(["calla happy", "calla sad", "calla gesture happy", "calla gesture sad", "bg room"])
    assert idx.matching("calla", ["happy"]) == ["calla happy", "calla gesture happy"]
    assert idx.matching("calla", ["-gesture"]) == ["calla happy", "calla sad"]
    assert idx.matching("calla", ["-gesture", "sad"]) == ["calla sad"]
    assert idx.matching("calla", ["-closed"]) == []          # no image has it: a typo, not a way back
    assert idx.matching("calla", ["gesture"]) == ["calla gesture happy", "calla gesture sad"]


def test_check_command_json_and_exit_codes(built, capsys, tmp_path):
    args = argparse.Namespace(game_dir=str(built), json=True, story=str(FIXTURES / "story.json"))
    assert cmd_check(args) == 1
    out = json.loads(capsys.readouterr().out)
    assert len(out["missing"]) == 3
    # a clean story exits 0 (unused images are only warnings)
    clean = json.loads((FIXTURES / "story.json").read_text())
    clean["nodes"] = [n for n in clean["nodes"] if n["id"] not in ("n5", "n6", "n10")]
    p = tmp_path / "clean.json"
    p.write_text(json.dumps(clean))
    args = argparse.Namespace(game_dir=str(built), json=False, story=str(p))
    assert cmd_check(args) == 0
    text = capsys.readouterr().out
    assert "0 missing" in text and "calla: happy 2, neutral 1" in text
    # bad input exits 2
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something-else"}')
    assert cmd_check(argparse.Namespace(game_dir=str(built), json=True, story=str(bad))) == 2
    assert cmd_check(argparse.Namespace(game_dir=str(tmp_path), json=True, story=str(p))) == 2


def test_sheet_is_written(built, tmp_path):
    from PIL import Image
    out = tmp_path / "sheet.png"
    assert cmd_sheet(argparse.Namespace(game_dir=str(built), out=str(out))) == 0
    with Image.open(out) as im:
        assert im.width > 1000 and im.height > 1000


def test_gui_kit_has_template_names_and_sizes(tmp_path):
    from PIL import Image
    from vn.sprites.gui import FILES
    base = make_project(tmp_path, gui=True)
    build(base, quiet=True)
    for rel, size in FILES:
        with Image.open(base / "game" / "gui" / rel) as im:
            assert im.size == size, rel
    man = load_manifest(base)
    assert {g["file"] for g in man["gui"]} == {f"gui/{rel}" for rel, _ in FILES}


@pytest.mark.parametrize("mutate, expected", [
    (lambda p: p["textbox"][0].__setitem__("box", [16, 10, "w - x", "h - 6"]),
     'pieces.textbox[0].box[2]: expected a number or an expression of w and h like "w - 16", got "w - x"'),
    (lambda p: p["textbox"][0].__setitem__("box", [16, 10, "w / 0", "h - 6"]),
     'pieces.textbox[0].box[2]: expected a number or an expression of w and h like "w - 16", got "w / 0"'),
    (lambda p: p["textbox"][0].__setitem__("radius", "__import__('os')"),
     "pieces.textbox[0].radius: expected a number or an expression of w and h"),
    (lambda p: p["namebox"][0].__setitem__("edge", "teal"), "pieces.namebox[0].edge: expected a GUI role (panel"),
    (lambda p: p["namebox"][0].__setitem__("edge", {"mix": ["panel", "hover"]}),
     'pieces.namebox[0].edge.mix: expected [colour, colour, fraction], got ["panel", "hover"]'),
    (lambda p: p.pop("frame"), "pieces.frame: missing (every GUI file needs a piece"),
    (lambda p: p.__setitem__("button/fancy", []), "pieces.button/fancy: not a GUI file of the template"),
    (lambda p: p.__setitem__("skip", "nothing"),
     'pieces.skip: expected a list of operations or the name of a piece that has one, got "nothing"'),
    (lambda p: p["frame"].append({"type": "star"}), 'pieces.frame[1]: expected an operation: an object with "type"'),
    (lambda p: p["frame"].append({"type": "pill", "box": [0, 0, 4, 4], "colour": "accent"}),
     "pieces.frame[1].colour: unknown field (expected one of: type, box, color, outline, line, grad)"),
    (lambda p: p["main_menu"].append({"type": "shape", "shape": ["ellipse", 1, 1, 1], "color": "accent"}),
     'pieces.main_menu[1].shape: expected ["rrect", x0, y0, x1, y1, radius]'),
])
def test_bad_gui_piece_fails_with_file_and_field_and_writes_nothing(tmp_path, capsys, mutate, expected):
    base = make_project(tmp_path, gui=True)
    p = base / "art" / "gui.json"
    spec = json.loads(p.read_text())
    mutate(spec["pieces"])
    p.write_text(json.dumps(spec))
    with pytest.raises(VnError) as e:
        build(base, quiet=True)
    assert str(e.value).startswith("art/gui.json: " + expected) and "\n" not in str(e.value)
    assert cmd_build(argparse.Namespace(game_dir=str(base))) == 2
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err
    assert not (base / "game").joinpath("gui").exists() and not (base / ".vn").exists()


def test_gui_pieces_table_decides_what_a_file_shows(tmp_path):
    """The GUI files are drawn from art/gui.json's table: an edit there changes that file only, and
    a piece named after another one is drawn like it at its own size."""
    from vn.sprites import gui, specs
    base = make_project(tmp_path, gui=True)
    art = specs.load_art(base)
    before = {rel: gui.render(rel, art, base).tobytes() for rel in ("namebox.png", "frame.png")}
    assert art.gui["pieces"]["skip"][0]["box"] == (-30, 2, 240 - 30, 43 - 2)     # "notify" at 240x43
    p = base / "art" / "gui.json"
    spec = json.loads(p.read_text())
    spec["pieces"]["namebox"][0]["edge"] = {"mix": ["accent", "hover", 0.5], "alpha": 0.5}
    p.write_text(json.dumps(spec))
    art = specs.load_art(base)
    assert art.gui["pieces"]["namebox"][0]["edge"][3] == 128
    assert gui.render("namebox.png", art, base).tobytes() != before["namebox.png"]
    assert gui.render("frame.png", art, base).tobytes() == before["frame.png"]


def test_register_wires_sprites_subcommands(tmp_path):
    ap = argparse.ArgumentParser(prog="vn")
    register(ap.add_subparsers(dest="command"))
    args = ap.parse_args(["sprites", "build", str(tmp_path)])
    assert args.func is cmd_build and args.game_dir == str(tmp_path)
    args = ap.parse_args(["sprites", "check", "--json", "--story", "s.json"])
    assert args.func is cmd_check and args.json and args.story == "s.json" and args.game_dir == "."
    args = ap.parse_args(["sprites", "sheet", "--out", "x.png"])
    assert args.func is cmd_sheet and args.out == "x.png"
    assert args.func(argparse.Namespace(game_dir=str(tmp_path), out=None)) == 2   # no game/ there
