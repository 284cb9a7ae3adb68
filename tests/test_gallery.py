"""The Endings screen under the real engine, as a player who has reached one ending sees it.

No engine start of its own: the photographed route (conftest.PHOTOGRAPHED) ends at the main
menu with its ending in persistent data, opens Endings as the main menu's button does,
photographs it, clicks the reached card with the mouse and photographs what opens."""

from __future__ import annotations

import json
import re

import pytest
from conftest import PHOTOGRAPHED, PLANS
from PIL import Image, ImageChops, ImageStat

pytestmark = [pytest.mark.engine, pytest.mark.playthrough]

THUMB = (256, 144)     # game/screens.rpy: a card's illustration, gui.scale(256) x gui.scale(144)
PAD = 8                # style endings_card: padding
COLUMN = 272 + 18      # a card's xsize plus the grid's spacing
# The Return button sits over the bottom-right corner of the full-screen view.
RETURN_CORNER = (1280 - 200, 720 - 80)


def mean_difference(a: Image.Image, b: Image.Image) -> float:
    return sum(ImageStat.Stat(ImageChops.difference(a.convert("RGB"), b.convert("RGB"))).mean) / 3


def silhouette(cg: Image.Image) -> Image.Image:
    """What the screen draws for an ending not reached: SaturationMatrix(0) * TintMatrix(#262626)."""
    grey = cg.convert("L").point(lambda v: v * 0x26 // 255)
    return Image.merge("RGB", (grey, grey, grey))


def test_the_reached_card_opens_its_illustration_full_screen(root, route_trace):
    plan = json.loads(PLANS[PHOTOGRAPHED].read_text())
    family = plan["ending"].split("_")[1]
    trace = route_trace(PHOTOGRAPHED)
    shot = Image.open(trace.screenshots["endings-illustration"]).convert("RGB")
    cg = Image.open(root / "game" / "images" / "cg" / f"cg {family}.png").convert("RGB")
    assert shot.size == cg.size == (1280, 720)
    # Everything but the Return button's corner is the illustration itself, pixel for pixel
    # (give or take the screenshot's colour rounding).
    w, h = RETURN_CORNER
    for box in ((0, 0, 1280, h), (0, h, w, 720)):
        assert mean_difference(shot.crop(box), cg.crop(box)) < 2.0, box
    # ...and it is not the Endings screen any more: the gallery shot differs from the CG.
    gallery = Image.open(trace.screenshots["endings-gallery"]).convert("RGB")
    assert mean_difference(gallery, cg) > 20


def test_unreached_endings_are_silhouettes_of_their_family(root, route_trace, story):
    trace = route_trace(PHOTOGRAPHED)
    gallery = Image.open(trace.screenshots["endings-gallery"]).convert("RGB")
    x, y, _w, card_h = trace.clicked["open:ending_illustration"]
    # the cards in the order the screen lays them out: the `define ending_gallery` the engine parsed
    define = next(n for n in story["nodes"] if n["kind"] == "define" and n["name"] == "ending_gallery")
    labels = re.findall(r'"(ending_\w+)"', define["source"])
    assert len(labels) == 6
    assert labels[0] == json.loads(PLANS[PHOTOGRAPHED].read_text())["ending"]   # the top-left card

    def thumb_at(tx: int, ty: int) -> Image.Image:
        return gallery.crop((tx, ty, tx + THUMB[0], ty + THUMB[1]))

    def cg(label: str) -> Image.Image:
        family = label.split("_")[1]
        with Image.open(root / "game" / "images" / "cg" / f"cg {family}.png") as im:
            return im.convert("RGB").resize(THUMB, Image.LANCZOS)

    tx, ty = int(x) + PAD, int(y) + PAD
    assert mean_difference(thumb_at(tx, ty), cg(labels[0])) < 12      # reached: in colour
    # The second row starts somewhere below the first card; find it by its first silhouette.
    first_of_row2 = silhouette(cg(labels[3]))
    row2 = min(range(ty + THUMB[1], ty + int(card_h) + 80),
               key=lambda yy: mean_difference(thumb_at(tx, yy), first_of_row2))
    for i, label in enumerate(labels[1:], start=1):
        at = (tx + COLUMN * (i % 3), ty if i < 3 else row2)
        seen = thumb_at(*at)
        assert mean_difference(seen, silhouette(cg(label))) < 6, label
        assert mean_difference(seen, cg(label)) > 40, label           # not the illustration itself
        assert max(ImageStat.Stat(seen.convert("L")).extrema[0]) <= 0x30, label
