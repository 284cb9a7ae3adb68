"""`vn sprites check`: the sprite manifest against what the story shows.

Every image a scene/show statement names, and every say statement's
attributes applied to the speaker's image tag (side images for a character
that has only side images, like Noah), must exist: missing ones are errors.
Manifest images nothing shows are warnings. Usage is counted per character
and expression.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from vn.errors import VnError, json_error
from vn.story import ImageIndex

from .build import MANIFEST
from .schema import REQUIRED, Bool, Ctx, Int, List, Map, Obj, Str

# What `check` and the contact sheet index without looking; other fields pass unchecked.
_IMAGE_FILE = {"image": (Str(), REQUIRED), "file": (Str(), REQUIRED),
               "width": (Int(1), None), "height": (Int(1), None)}
MANIFEST_SHAPE = Obj({
    "characters": (Map(Obj({"image": (Str(), None), "side_only": (Bool(), False),
                            "attributes": (List(Str()), list),
                            "files": (List(Obj({**_IMAGE_FILE, "attribute": (Str(), None)},
                                               "an image file", open_=True)), list)},
                           "a character", open_=True)), dict),
    "backgrounds": (List(Obj({**_IMAGE_FILE, "name": (Str(), REQUIRED)}, "an image file", open_=True)), list),
    "cg": (List(Obj({**_IMAGE_FILE, "name": (Str(), REQUIRED)}, "an image file", open_=True)), list),
}, "a sprite manifest", open_=True)


def load_manifest(base: Path) -> dict[str, Any]:
    p = Path(base) / MANIFEST
    if not p.exists():
        raise VnError(f"{MANIFEST.as_posix()}: no sprite manifest (run `vn sprites build` first)")
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except OSError as e:
        raise VnError(f"{MANIFEST.as_posix()}: cannot read: {e.strerror}") from None
    except (ValueError, RecursionError) as e:
        raise VnError(f"{MANIFEST.as_posix()}: invalid JSON: {json_error(e)}") from None
    if not isinstance(data, dict) or data.get("format") != "vn-sprite-manifest":
        raise VnError(f"{MANIFEST.as_posix()}: not a sprite manifest "
                      "(format should be \"vn-sprite-manifest\")")
    MANIFEST_SHAPE(data, "", Ctx(MANIFEST.as_posix()))  # check and sheet index it without looking
    manifest: dict[str, Any] = data
    return manifest


def load_story(path: Path) -> dict[str, Any]:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise VnError(f"{path}: cannot read: {e.strerror}") from None
    except (ValueError, RecursionError) as e:
        raise VnError(f"{path}: invalid JSON: {json_error(e)}") from None
    validate_story(data, str(path))
    story: dict[str, Any] = data
    return story


def validate_story(data: Any, name: str) -> None:
    if not isinstance(data, dict) or data.get("format") != "vn-story-export":
        raise VnError(f"{name}: format: expected \"vn-story-export\"")
    if not isinstance(data.get("nodes"), list):
        raise VnError(f"{name}: nodes: expected a list of nodes")
    if not isinstance(data.get("characters", {}), dict):
        raise VnError(f"{name}: characters: expected an object of character ids")
    for i, n in enumerate(data["nodes"]):
        if not isinstance(n, dict) or "kind" not in n:
            raise VnError(f"{name}: nodes[{i}]: expected an object with a \"kind\"")


class Index(ImageIndex):
    """Images by tag, as the story's index, preferring the image named exactly."""

    def find(self, tag: str, attrs: Sequence[str]) -> list[str]:
        cands = self.matching(tag, attrs)
        exact = [name for have, name in self.by_tag.get(tag, []) if frozenset(attrs) == have]
        return exact or cands


def check(manifest: dict[str, Any], story: dict[str, Any]) -> dict[str, Any]:
    idx = Index()
    ours: list[str] = []
    side_only: set[str] = set()
    char_of_image: dict[str, tuple[str, str | None]] = {}
    for cid, c in manifest.get("characters", {}).items():
        if c.get("side_only"):
            side_only.add(c.get("image", cid))
        for f in c.get("files", []):
            idx.add(f["image"])
            ours.append(f["image"])
            char_of_image[f["image"]] = (cid, f.get("attribute"))
    for group in ("backgrounds", "cg"):
        for b in manifest.get(group, []):
            idx.add(b["image"])
            ours.append(b["image"])
    for im in story.get("images", []) or []:
        if isinstance(im, dict) and im.get("name"):
            idx.add(im["name"])
    chars = story.get("characters", {}) or {}
    used: set[str] = set()
    usage: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    missing: list[dict[str, Any]] = []

    def need(tag: str, attrs: Sequence[str], node: dict[str, Any]) -> None:
        name = " ".join([tag] + list(attrs))
        found = idx.find(tag, attrs)
        if not found:
            missing.append({"image": name, "file": node.get("file"), "line": node.get("line")})
            return
        if len(found) == 1 or attrs:
            used.add(found[0])
            hit = char_of_image.get(found[0])
            if hit and hit[1]:
                usage[hit[0]][hit[1]] += 1

    for node in story.get("nodes", []):
        kind = node.get("kind")
        if kind in ("scene", "show"):
            image = node.get("image")
            if not image:
                continue
            tag = node.get("tag") or image.split()[0]
            attrs = node.get("attributes")
            if attrs is None:
                attrs = image.split()[1:]
            need(tag, attrs, node)
        elif kind == "say":
            attrs = node.get("attributes") or []
            if not attrs:
                continue
            cid = node.get("character") or node.get("who")
            if not cid:
                continue
            tag = (chars.get(cid) or {}).get("image") or cid
            has_sprite = bool(idx.by_tag.get(tag))
            if tag in side_only or (not has_sprite and idx.find("side", [tag])):
                need("side", [tag] + list(attrs), node)
            else:
                need(tag, attrs, node)
    unused = [im for im in ours if im not in used]
    return {
        "characters": {cid: {"attributes": c.get("attributes", []),
                             "files": [f["file"] for f in c.get("files", [])]}
                       for cid, c in manifest.get("characters", {}).items()},
        "backgrounds": [b["name"] for b in manifest.get("backgrounds", [])],
        "cg": [b["name"] for b in manifest.get("cg", [])],
        "missing": missing,
        "unused": unused,
        "usage": {cid: dict(sorted(v.items())) for cid, v in sorted(usage.items())},
    }


def format_text(rep: dict[str, Any]) -> str:
    lines = []
    for m in rep["missing"]:
        where = f"{m['file']}:{m['line']}" if m.get("file") else "?"
        lines.append(f"{where}: error: image \"{m['image']}\" has no sprite")
    for u in rep["unused"]:
        lines.append(f"warning: image \"{u}\" is never shown")
    lines.append("usage (character: expression count):")
    for cid in rep["characters"]:
        counts = rep["usage"].get(cid, {})
        if counts:
            lines.append(f"  {cid}: " + ", ".join(f"{a} {n}" for a, n in counts.items()))
        else:
            lines.append(f"  {cid}: never shown")
    lines.append(f"{len(rep['missing'])} missing, {len(rep['unused'])} unused")
    return "\n".join(lines)
