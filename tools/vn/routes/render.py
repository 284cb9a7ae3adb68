"""The route map as a picture: Graphviz (`--graph FILE`) or a Mermaid flowchart (`--mermaid`).

The map is the *static* story graph with the analysis laid over it. Straight
runs of statements (lines, scene changes, Python, dialogue-only ifs, jumps)
collapse into edges, so only labels, menus, branches, calls, returns and
endings remain as nodes. Chapters (global labels) and their scenes (local
labels) are clusters; choices are labelled edges; endings are coloured by
outcome; dead ends are red; what no route reaches is grey and dashed. With the
odds of a report, each ending shows its chance under random play and each menu
its influence, also as the width of its outline (the most decisive menu widest).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import atomic
from ..errors import VnError
from .analysis import Analysis, unreachable_choices
from .graph import IF, StoryGraph
from .report import percent

OUTCOME_COLOURS = {"human": "#ffbf47", "hybrid": "#8ff0c0", "automation": "#4fdff0"}
OTHER_ENDING = "#e0e0e0"
DEAD_COLOUR = "#e53935"
GREY = "#9e9e9e"
DOT_FORMATS = {".svg": "svg", ".png": "png", ".pdf": "pdf"}
INSTALL_GRAPHVIZ = ("Graphviz's `dot` was not found: install graphviz "
                    "(sudo apt-get install graphviz) or write a .dot file instead")


@dataclass
class Vertex:
    id: str
    label: str
    shape: str                      # label, menu, branch, call, return, end, dead
    cluster: str | None = None      # enclosing label name
    outcome: str | None = None      # endings only
    dead: bool = False
    reached: bool = True
    where: str = ""
    weight: float = 0.0             # menus: influence relative to the most decisive one


@dataclass
class Edge:
    src: str
    dst: str
    label: str = ""
    style: str = "solid"            # solid, dashed (call), dotted (never taken)
    reached: bool = True


@dataclass
class RouteMap:
    vertices: dict[str, Vertex] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    reached_labels: set[str] = field(default_factory=set)   # clusters drawn solid


def _short(text: str | None, n: int = 38) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _is_vertex(g: StoryGraph, i: int) -> bool:
    n = g.nodes[i]
    kind = n["kind"]
    if kind == "label":
        return g.is_flow_label(i)
    if kind == "if":
        return g.stop[i] == IF
    return kind in ("menu", "while", "call", "return") or i == g.END


def route_map(a: Analysis, report: dict[str, Any] | None = None) -> RouteMap:
    """Build the collapsed route map of the story, coloured by the analysis; with a
    `vn routes` report that has odds, also each ending's odds and each menu's influence."""
    ex, g = a.ex, a.ex.graph
    m = RouteMap()
    owner: dict[int, str] = {}          # pass-through statement -> vertex whose run crosses it
    never = set(unreachable_choices(a))

    def vid(i: int) -> str:
        return f"n{i}"

    def vertex(i: int) -> str:
        key = vid(i)
        if key in m.vertices:
            return key
        n = g.nodes[i]
        kind = n["kind"]
        cluster = g.label_of[i] if i != g.END else None
        reached = bool(a.visited[i]) if i < len(a.visited) else False
        where = f"{n['file']}:{n['line']}"
        if kind == "label":
            name = n["name"]
            short = name if "." not in name else "." + name.split(".", 1)[1]
            v = Vertex(key, short, "label", cluster, g.endings.get(name), reached=reached, where=where)
            if name in g.endings:
                v.shape = "end"
        elif kind == "menu":
            v = Vertex(key, _short(n.get("caption")) or f"menu :{n['line']}", "menu", cluster,
                       reached=reached, where=where)
        elif kind in ("if", "while"):
            v = Vertex(key, f"{kind} :{n['line']}", "branch", cluster, reached=reached, where=where)
        elif kind == "call":
            v = Vertex(key, f"call {n.get('target')}", "call", cluster, reached=reached, where=where)
        elif kind == "return":
            v = Vertex(key, "return", "return", cluster, reached=reached, where=where)
        else:
            v = Vertex(key, "end", "return", None, reached=reached, where=where)
        m.vertices[key] = v
        return key

    def run(raw: int, src: str) -> int:
        """Follow statements from `raw` until a vertex; remember who crossed what."""
        seen = set()
        i = raw
        while i >= 0 and not _is_vertex(g, i) and i not in seen:
            seen.add(i)
            owner.setdefault(i, src)
            n = g.nodes[i]
            if n["kind"] == "jump" and g.target[i] >= 0:
                i = g.target[i]
            elif i in g.dialogue_ifs:
                for b in g.branches(i)[1:]:
                    j, k = b, set()
                    while j >= 0 and not _is_vertex(g, j) and j not in k and j not in seen:
                        k.add(j)
                        owner.setdefault(j, src)
                        j = g.pass_successor(j)
                i = g.branches(i)[0]
            else:
                i = g.next[i]
        if i < 0 or i in seen:
            return g.END
        return i

    def edge(src: str, raw: int, label: str = "", style: str = "solid", reached: bool = True) -> None:
        dst = vertex(run(raw, src))
        m.edges.append(Edge(src, dst, label, style, reached))

    m.reached_labels = {name for name, i in g.labels.items() if a.visited[i]}
    todo = [i for name, i in g.labels.items() if g.is_flow_label(i)]
    todo.sort(key=g.order)
    done: set[int] = set()
    while todo:
        i = todo.pop(0)
        if i in done or i == g.END:
            continue
        done.add(i)
        src = vertex(i)
        n = g.nodes[i]
        kind = n["kind"]
        before = len(m.edges)
        if kind == "label":
            edge(src, g.next[i])
        elif kind == "menu":
            for k, item in enumerate(n.get("items") or []):
                cid = ex.choice_index[(i, k)]
                ok = cid not in never
                edge(src, g.ids.get(item.get("next"), -1), _short(item.get("text")),
                     "solid" if ok else "dotted", ok)
        elif kind == "if":
            for e, raw in zip(n.get("entries") or [], g.branches(i), strict=False):
                edge(src, raw, _short(e.get("condition"), 30))
            if len(g.branches(i)) > len(n.get("entries") or []):
                edge(src, g.next[i], "else")
        elif kind == "while":
            edge(src, g.ids.get(n.get("body") or "", -1), _short(n.get("condition"), 30))
            edge(src, g.next[i], "done")
        elif kind == "call":
            m.edges.append(Edge(src, vertex(g.target[i]), "", "dashed"))
            edge(src, g.next[i], "returns")
        for e in m.edges[before:]:
            j = int(e.dst[1:])
            if j not in done:
                todo.append(j)

    # Dead ends: colour the vertex, or hang a red node off the vertex whose run holds it.
    for k, d in enumerate(a.dead_ends):
        key = vid(d.node)
        n = g.nodes[d.node]
        if key in m.vertices:
            m.vertices[key].dead = True
            m.vertices[key].label += f"\n{d.kind}"
            continue
        dead = f"d{k}"
        m.vertices[dead] = Vertex(dead, f"{d.kind}\n{n['file']}:{n['line']}", "dead",
                                  g.label_of[d.node], dead=True, where=f"{n['file']}:{n['line']}")
        shown_in = owner.get(d.node)
        if shown_in is None and _is_vertex(g, d.node):
            shown_in = vertex(d.node)
        if shown_in is not None:
            m.edges.append(Edge(shown_in, dead, "", "solid"))
    if report is not None and "odds" in report:
        _add_odds(m, g, report)
    return m


def _add_odds(m: RouteMap, g: StoryGraph, report: dict[str, Any]) -> None:
    for name, e in report["odds"].items():
        v = m.vertices.get(f"n{g.labels[name]}") if name in g.labels else None
        if v is not None:
            v.label += f"\n{percent(e['p'])}"
    influence = {f"{x['file']}:{x['line']}": x["influence"] for x in report["menus"]}
    top = max(influence.values(), default=0.0) or 1.0
    for v in m.vertices.values():
        if v.shape == "menu" and v.where in influence:
            v.weight = influence[v.where] / top
            v.label += f"\ninfluence {influence[v.where]:.2f}"


# -- Graphviz -------------------------------------------------------------------------------

def _dot_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _clusters(m: RouteMap) -> dict[str | None, dict[str | None, list[Vertex]]]:
    """chapter -> scene (None for the chapter itself) -> vertices."""
    tree: dict[str | None, dict[str | None, list[Vertex]]] = {}
    for v in m.vertices.values():
        chapter = v.cluster.split(".")[0] if v.cluster else None
        scene = v.cluster if v.cluster and "." in v.cluster else None
        tree.setdefault(chapter, {}).setdefault(scene, []).append(v)
    return tree


def _dot_vertex(v: Vertex) -> str:
    attrs = {"label": v.label, "tooltip": v.where}
    if v.shape == "label" and v.dead:
        attrs.update(shape="octagon")
    elif v.shape == "label":
        # the enclosing cluster already names the label: draw its entry as a dot
        attrs.update(shape="circle", style="filled", fillcolor="#5c6bc0", color="#5c6bc0",
                     width="0.14", fixedsize="true", label="", xlabel="")
    elif v.shape == "end":
        attrs.update(shape="box", style="rounded,filled,bold",
                     fillcolor=OUTCOME_COLOURS.get(v.outcome or "", OTHER_ENDING))
    elif v.shape == "menu":
        attrs.update(shape="hexagon", style="filled", fillcolor="#eef3ff")
        if v.weight:
            attrs.update(penwidth=f"{1 + 5 * v.weight:.1f}", color="#3949ab")
    elif v.shape == "branch":
        attrs.update(shape="diamond", fontsize="10")
    elif v.shape == "call":
        attrs.update(shape="cds", fontsize="10")
    elif v.shape == "return":
        attrs.update(shape="circle", fontsize="9", width="0.3")
    elif v.shape == "dead":
        attrs.update(shape="octagon", style="filled", fillcolor=DEAD_COLOUR, fontcolor="white")
    if v.dead and v.shape != "dead":
        attrs.update(style="filled,bold", fillcolor=DEAD_COLOUR, fontcolor="white", color=DEAD_COLOUR)
    if not v.reached and not v.dead:
        attrs.update(color=GREY, fontcolor=GREY, style=(attrs.get("style", "") + ",dashed").strip(","))
        if v.shape == "label":
            attrs["fillcolor"] = GREY
    body = ", ".join(f"{k}={_dot_str(str(val))}" for k, val in attrs.items())
    return f"{_dot_str(v.id)} [{body}];"


def to_dot(m: RouteMap, title: str = "routes") -> str:
    out = [f"digraph {_dot_str(title)} {{",
           '  graph [rankdir=TB, fontname="Helvetica", compound=true, newrank=true];',
           '  node [fontname="Helvetica", fontsize=11];',
           '  edge [fontname="Helvetica", fontsize=9];']
    tree = _clusters(m)
    for chapter, scenes in sorted(tree.items(), key=lambda kv: kv[0] or ""):
        indent = "  "
        if chapter is not None:
            out.append(f"  subgraph {_dot_str('cluster_' + chapter)} {{")
            if chapter in m.reached_labels:
                out.append(f"    label={_dot_str(chapter)}; style=rounded; color=\"#7986cb\";")
            else:
                out.append(f"    label={_dot_str(chapter + ' (unreached)')}; style=\"rounded,dashed\"; "
                           f"color=\"{GREY}\"; fontcolor=\"{GREY}\";")
            indent = "    "
        for scene, vs in sorted(scenes.items(), key=lambda kv: kv[0] or ""):
            inner = indent
            if scene is not None:
                out.append(f"{indent}subgraph {_dot_str('cluster_' + scene)} {{")
                colour = "#b0bec5" if scene in m.reached_labels else GREY
                font = "black" if scene in m.reached_labels else GREY
                out.append(f"{indent}  label={_dot_str('.' + scene.split('.', 1)[1])}; style=dashed; "
                           f"color=\"{colour}\"; fontcolor=\"{font}\";")
                inner = indent + "  "
            for v in vs:
                out.append(inner + _dot_vertex(v))
            if scene is not None:
                out.append(f"{indent}}}")
        if chapter is not None:
            out.append("  }")
    for e in m.edges:
        attrs = {}
        if e.label:
            attrs["label"] = e.label
        if e.style != "solid":
            attrs["style"] = e.style
        if not e.reached:
            attrs.update(color=GREY, fontcolor=GREY)
        body = ", ".join(f"{k}={_dot_str(v)}" for k, v in attrs.items())
        out.append(f"  {_dot_str(e.src)} -> {_dot_str(e.dst)}" + (f" [{body}];" if body else ";"))
    out.append("}")
    return "\n".join(out) + "\n"


def graph_format(path: Path) -> str | None:
    """`dot`'s output format for `path` (None for Graphviz source), or a VnError for a
    suffix `dot` cannot draw or a missing `dot`: checked before the analysis starts."""
    suffix = path.suffix.lower()
    if suffix in (".dot", ".gv"):
        return None
    fmt = DOT_FORMATS.get(suffix)
    if fmt is None:
        raise VnError(f"{path}: unknown picture format {suffix or '(none)'}; use .svg, .png, .pdf or .dot")
    if shutil.which("dot") is None:
        raise VnError(INSTALL_GRAPHVIZ)
    return fmt


def write_graph(m: RouteMap, path: str | Path, title: str = "routes") -> None:
    """Write the map: `.dot`/`.gv` as Graphviz source, `.svg`/`.png`/`.pdf` drawn by `dot`."""
    path = Path(path)
    fmt = graph_format(path)
    source = to_dot(m, title)
    if fmt is None:
        atomic.write_text(path, source)
        return
    dot = shutil.which("dot") or "dot"  # graph_format has checked it is there
    with tempfile.TemporaryDirectory(prefix="vn-routes-") as tmp:
        src = Path(tmp) / "routes.dot"
        src.write_text(source, encoding="utf-8")
        proc = subprocess.run([dot, f"-T{fmt}", str(src)], capture_output=True, timeout=300)
    if proc.returncode != 0:
        err = (proc.stderr or b"").decode("utf-8", "replace").strip().splitlines()
        raise VnError(f"{path}: dot failed: {err[-1] if err else f'status {proc.returncode}'}")
    atomic.write_bytes(path, proc.stdout)


# -- Mermaid ---------------------------------------------------------------------------------

# Mermaid reads `#name;` and `#123;` in a label as entity codes, renders labels as (sanitised)
# HTML, `$$...$$` as KaTeX and a backtick-quoted label as Markdown, and finds `%%{...}%%`
# directives anywhere in the text. So every character that could start one of those is written
# as an entity code (Mermaid turns them back into the character); each is replaced once.
_MM_ENTITIES = str.maketrans({
    "#": "#35;", '"': "#quot;", "&": "#amp;", "<": "#lt;", ">": "#gt;",
    "$": "#36;", "%": "#37;", "`": "#96;",
})


def _mm_text(s: str) -> str:
    """A Mermaid label, quoted: the text exactly as written, lines split by `\\n`."""
    return '"' + s.translate(_MM_ENTITIES).replace("\n", "<br/>") + '"'


def _mm_id(s: str) -> str:
    return "".join(ch if ch.isascii() and (ch.isalnum() or ch == "_") else "_" for ch in s)


def to_mermaid(m: RouteMap) -> str:
    out = ["flowchart TD"]
    shapes = {
        "label": ("(", ")"), "end": ("([", "])"), "menu": ("{{", "}}"), "branch": ("{", "}"),
        "call": ("[[", "]]"), "return": ("((", "))"), "dead": ("[/", "/]"),
    }
    taken: set[str] = set()

    def cluster_id(name: str) -> str:
        # `ch1.by_hand` and `ch1_by_hand` would both be c_ch1_by_hand: Mermaid would merge them
        base = key = "c_" + _mm_id(name)
        k = 1
        while key in taken:
            k += 1
            key = f"{base}_{k}"
        taken.add(key)
        return key

    tree = _clusters(m)
    for chapter, scenes in sorted(tree.items(), key=lambda kv: kv[0] or ""):
        indent = "  "
        if chapter is not None:
            out.append(f"  subgraph {cluster_id(chapter)} [{_mm_text(chapter)}]")
            indent = "    "
        for scene, vs in sorted(scenes.items(), key=lambda kv: kv[0] or ""):
            inner = indent
            if scene is not None:
                out.append(f"{indent}subgraph {cluster_id(scene)} [{_mm_text('.' + scene.split('.', 1)[1])}]")
                inner = indent + "  "
            for v in vs:
                a, b = shapes[v.shape]
                out.append(f"{inner}{v.id}{a}{_mm_text(v.label)}{b}")
            if scene is not None:
                out.append(f"{indent}end")
        if chapter is not None:
            out.append("  end")
    for e in m.edges:
        arrow = {"solid": "-->", "dashed": "-.->", "dotted": "-.->"}[e.style]
        label = f"|{_mm_text(e.label)}|" if e.label else ""
        out.append(f"  {e.src} {arrow}{label} {e.dst}")
    out.append(f"  classDef human fill:{OUTCOME_COLOURS['human']},stroke:#8a5a00,color:#000")
    out.append(f"  classDef hybrid fill:{OUTCOME_COLOURS['hybrid']},stroke:#2e7d5b,color:#000")
    out.append(f"  classDef automation fill:{OUTCOME_COLOURS['automation']},stroke:#00838f,color:#000")
    out.append(f"  classDef ending fill:{OTHER_ENDING},color:#000")
    out.append(f"  classDef dead fill:{DEAD_COLOUR},stroke:#8e0000,color:#fff")
    out.append(f"  classDef unreached stroke:{GREY},color:{GREY},stroke-dasharray:4 3")
    # Mermaid styles a node class by class in the order of these lines, the last one winning:
    # `unreached` comes last so an unreached ending keeps its fill but turns grey and dashed.
    classes: dict[str, list[str]] = {cls: [] for cls in (*OUTCOME_COLOURS, "ending", "dead", "unreached")}
    for v in m.vertices.values():
        if v.dead:
            classes["dead"].append(v.id)
        elif v.shape == "end":
            classes[v.outcome if v.outcome in OUTCOME_COLOURS else "ending"].append(v.id)
        if not v.reached and not v.dead:
            classes["unreached"].append(v.id)
    for cls, ids in classes.items():
        if ids:
            out.append(f"  class {','.join(ids)} {cls}")
    for v in m.vertices.values():
        if v.weight:
            out.append(f"  style {v.id} stroke:#3949ab,stroke-width:{1 + 5 * v.weight:.1f}px")
    # edges are numbered in the order written: grey out the choices no route can take
    grey = [str(k) for k, e in enumerate(m.edges) if not e.reached]
    if grey:
        out.append(f"  linkStyle {','.join(grey)} stroke:{GREY},color:{GREY}")
    return "\n".join(out) + "\n"
