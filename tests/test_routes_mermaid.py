"""`vn routes --mermaid` drawn by the real Mermaid.

The text `to_mermaid` writes is handed to Mermaid's own browser bundle (the npm
package, pinned in the Makefile and fetched by `make mermaid`, a prerequisite
of `make test`) in headless Chromium, with no network: it must parse, render
to an SVG, and the SVG must show what the route map holds (every node with its
exact text, shape and colour class, every choice label, every chapter and
scene box). The real game comes from the shared `story` fixture; the small
route fixtures and a synthetic story bring dead ends, unreachable endings and
never-enabled choices. The real game's picture is kept in
out/screenshots/routes-mermaid.png.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from vn.routes import analyse_story
from vn.routes.render import (DEAD_COLOUR, GREY, OTHER_ENDING, OUTCOME_COLOURS, Edge, RouteMap, Vertex,
                              _mm_text, route_map, to_mermaid)
from vn.routes.report import build_report
from routes_synth import If, Jump, Menu, Py, Return, Say, Story

ROOT = Path(__file__).resolve().parent.parent
ROUTE_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "routes"
MERMAID_VERSION = re.search(r"^MERMAID_VERSION\s*:=\s*(\S+)", (ROOT / "Makefile").read_text(), re.M)[1]
MERMAID_JS = ROOT / "out" / f"mermaid-{MERMAID_VERSION}" / "mermaid.min.js"
RENDERABLE = sorted(p.parent.name for p in ROUTE_FIXTURES.glob("*/story.json") if p.parent.name != "unsupported")

# Everything the page needs is inlined; any request at all is a bug in the harness.
BLANK = ('<!doctype html><html><head><meta charset="utf-8"></head>'
         '<body style="margin:0;background:#fff"><div id="diagram"></div></body></html>')

RENDER_JS = """async (text) => {
  try { await mermaid.parse(text); }
  catch (e) { return {error: 'parse: ' + (e && e.message || e)}; }
  let svg;
  try { ({svg} = await mermaid.render('routes', text)); }
  catch (e) { return {error: 'render: ' + (e && e.message || e)}; }
  const host = document.getElementById('diagram');
  host.innerHTML = svg;
  const root = host.querySelector('svg');
  const unprefix = (id) => id.replace(/^routes-/, '');
  const shapeOf = (g) => {
    let s = g.querySelector('.label-container');
    if (s && s.tagName === 'g') s = s.querySelector('path');
    return s;
  };
  const nodes = {};
  for (const g of root.querySelectorAll('g.node')) {
    const id = unprefix(g.id).replace(/^flowchart-/, '').replace(/-\\d+$/, '');
    const shape = shapeOf(g), label = g.querySelector('.nodeLabel');
    nodes[id] = {text: label.innerText, classes: [...g.classList],
                 shape: shape.tagName + (shape.tagName === 'polygon' ? shape.points.length : ''),
                 fill: getComputedStyle(shape).fill, colour: getComputedStyle(label).color};
  }
  const clusters = [...root.querySelectorAll('g.cluster')].map(
    (g) => ({id: unprefix(g.id), text: g.querySelector('.cluster-label .nodeLabel').innerText}));
  const edges = {};
  for (const p of root.querySelectorAll('.edgePaths path[data-id]'))
    edges[p.dataset.id] = {classes: [...p.classList], stroke: getComputedStyle(p).stroke, label: null};
  for (const l of root.querySelectorAll('.edgeLabels g.label[data-id]'))
    edges[l.dataset.id].label = l.querySelector('span.edgeLabel').innerText;
  return {svg, nodes, clusters, edges};
}"""


class MermaidError(Exception):
    pass


@dataclass
class Drawn:
    svg: str
    nodes: dict        # vertex id -> {text, classes, shape, fill, colour}
    clusters: list     # [{id, text}]
    edges: dict        # Mermaid's link id (L_<src>_<dst>_<n-th such edge>) -> {classes, stroke, label}


class Mermaid:
    def __init__(self, page):
        self.page = page

    def draw(self, text: str) -> Drawn:
        r = self.page.evaluate(RENDER_JS, text)
        if "error" in r:
            raise MermaidError(r["error"])
        return Drawn(r["svg"], r["nodes"], r["clusters"], r["edges"])

    def screenshot(self, path: Path) -> None:
        """The drawing at its natural size (Mermaid scales it to the page width otherwise)."""
        self.page.evaluate("""() => { const s = document.querySelector('#diagram svg');
            const box = s.viewBox.baseVal;
            s.style.maxWidth = 'none'; s.setAttribute('width', box.width); s.setAttribute('height', box.height); }""")
        self.page.locator("#diagram svg").screenshot(path=str(path))


@pytest.fixture(scope="module")
def mermaid(browser):
    """A page with Mermaid loaded, in the run's one Chromium (conftest's `browser`: a second
    Playwright in the same worker would fail)."""
    if not MERMAID_JS.is_file():
        pytest.fail(f"Mermaid {MERMAID_VERSION} is not installed ({MERMAID_JS} is missing): "
                    f"run `make mermaid` (`make test` does it first; it needs npm)", pytrace=False)
    page = browser.new_page(viewport={"width": 1280, "height": 800}, device_scale_factor=1)
    requests: list[str] = []
    page.route("**/*", lambda route: (requests.append(route.request.url), route.abort()))
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.set_content(BLANK)
    page.add_script_tag(path=str(MERMAID_JS))
    page.evaluate("mermaid.initialize({startOnLoad: false})")   # Mermaid's defaults otherwise
    yield Mermaid(page)
    page.close()
    assert not requests, f"the Mermaid page asked the network for {requests}"
    assert not errors, errors


def rgb(hex_colour: str) -> str:
    h = hex_colour.lstrip("#")
    return "rgb({}, {}, {})".format(*(int(h[k:k + 2], 16) for k in (0, 2, 4)))


def expected_classes(v: Vertex) -> set[str]:
    cls = set()
    if v.dead:
        cls.add("dead")
    elif v.shape == "end":
        cls.add(v.outcome if v.outcome in OUTCOME_COLOURS else "ending")
    if not v.reached and not v.dead:
        cls.add("unreached")
    return cls


def check_drawing(m: RouteMap, d: Drawn) -> None:
    """The SVG holds the map: nodes (text, shape, colours), edges (labels, style), boxes."""
    assert d.svg.startswith("<svg") and d.svg.rstrip().endswith("</svg>")
    assert set(d.nodes) == set(m.vertices)
    for v in m.vertices.values():
        n = d.nodes[v.id]
        assert n["text"] == v.label, v
        assert expected_classes(v) <= set(n["classes"]), (v, n["classes"])
        assert {"dead", "unreached", "ending", *OUTCOME_COLOURS} & set(n["classes"]) == expected_classes(v)
        if v.dead:
            assert n["fill"] == rgb(DEAD_COLOUR), (v, n)
        elif v.shape == "end":
            assert n["fill"] == rgb(OUTCOME_COLOURS.get(v.outcome or "", OTHER_ENDING)), (v, n)
        if not v.reached and not v.dead:
            assert n["colour"] == rgb(GREY), (v, n)
        shape = {"menu": "polygon6", "branch": "polygon4", "dead": "polygon4", "return": "circle"}.get(v.shape)
        if shape:
            assert n["shape"] == shape, (v, n)

    # Mermaid names a link L_<src>_<dst>_<n>, numbering links between the same two nodes its own way
    def pair(link_id: str) -> tuple[str, str]:
        src, dst = re.fullmatch(r"L_([nd]\d+)_([nd]\d+)_\d+", link_id).groups()
        return src, dst

    drawn: dict[tuple[str, str], list] = {}
    for link_id, e in d.edges.items():
        drawn.setdefault(pair(link_id), []).append(
            (e["label"] or "", next(c for c in e["classes"] if c.startswith("edge-pattern-")),
             e["stroke"] == rgb(GREY)))
    wanted: dict[tuple[str, str], list] = {}
    for e in m.edges:
        wanted.setdefault((e.src, e.dst), []).append(
            (e.label, "edge-pattern-solid" if e.style == "solid" else "edge-pattern-dotted",
             not e.reached))
    assert len(d.edges) == len(m.edges)
    for key, links in wanted.items():
        assert sorted(drawn.get(key, [])) == sorted(links), key

    titles = sorted(c["text"] for c in d.clusters)
    names = {v.cluster for v in m.vertices.values() if v.cluster}
    names |= {n.split(".")[0] for n in names}
    assert titles == sorted(n if "." not in n else "." + n.split(".", 1)[1] for n in names)
    assert len({c["id"] for c in d.clusters}) == len(d.clusters)


def fixture_map(name: str) -> RouteMap:
    story = json.loads((ROUTE_FIXTURES / name / "story.json").read_text())
    return route_map(analyse_story(story))


def risky_story() -> dict:
    """A dead end inside a straight run (python_error: a node of its own), an ending no score
    reaches, an ending behind a choice that is never enabled."""
    S = Story()
    S.default("score", "0")
    S.label("start", [Menu([("Risk it", None, [Py("score = 1 // 0")]),
                            ("Help", None, [Py("score += 1")]),
                            ("Never", "score > 3", [Jump("ending_automation_never")])]),
                      If([("score > 5", [Jump("ending_hybrid_secret")])]),
                      Jump("ending_human_plain")])
    S.label("ending_human_plain", [Say("Human."), Return()])
    S.label("ending_hybrid_secret", [Say("Hybrid."), Return()])
    S.label("ending_automation_never", [Say("Automation."), Return()])
    return S.build()


# -- the real game ---------------------------------------------------------------------------

def test_real_game_route_map_renders(story, mermaid, shots_dir):
    a = analyse_story(story)
    m = route_map(a)
    text = to_mermaid(m)                    # what `vn routes --mermaid` prints
    # Mermaid's default limits (GitHub, mermaid.live): 50,000 characters, 500 edges
    assert len(text) < 50_000 and len(m.edges) < 500
    d = mermaid.draw(text)
    check_drawing(m, d)

    endings = build_report(a)["endings"]
    assert len(endings) >= 6
    drawn = {n["text"]: n for n in d.nodes.values()}
    for name, ending in endings.items():
        assert ending["outcome"] in drawn[name]["classes"], name
        assert drawn[name]["fill"] == rgb(OUTCOME_COLOURS[ending["outcome"]])
    assert {"human", "hybrid", "automation"} <= {e["outcome"] for e in endings.values()}
    # choice texts with quotes (Leila: "...") and cut short (…) came through as written
    assert any('"' in e.label for e in m.edges) and any("…" in e.label for e in m.edges)

    mermaid.screenshot(shots_dir / "routes-mermaid.png")
    assert (shots_dir / "routes-mermaid.png").stat().st_size > 100_000


# -- small stories: dead ends, unreachable endings, never-enabled choices --------------------

@pytest.mark.parametrize("name", RENDERABLE)
def test_route_fixture_renders(mermaid, name):
    m = fixture_map(name)
    check_drawing(m, mermaid.draw(to_mermaid(m)))


def test_dead_end_and_unreachable_ending_are_drawn(mermaid):
    m = fixture_map("dead_end")
    d = mermaid.draw(to_mermaid(m))
    dead = [n for n in d.nodes.values() if "dead" in n["classes"]]
    assert [n["text"] for n in dead] == ["return\nreturn_without_ending"]
    assert dead[0]["fill"] == rgb(DEAD_COLOUR)

    m = fixture_map("unreachable_ending")
    d = mermaid.draw(to_mermaid(m))
    secret = next(n for n in d.nodes.values() if n["text"] == "ending_hybrid_secret")
    assert {"hybrid", "unreached"} <= set(secret["classes"])
    assert secret["fill"] == rgb(OUTCOME_COLOURS["hybrid"]) and secret["colour"] == rgb(GREY)
    plain = next(n for n in d.nodes.values() if n["text"] == "ending_human_plain")
    assert "unreached" not in plain["classes"] and plain["colour"] != rgb(GREY)
    assert "orphan" in [c["text"] for c in d.clusters]


def test_dead_end_node_and_never_enabled_choice_are_drawn(mermaid):
    m = route_map(analyse_story(risky_story()))
    text = to_mermaid(m)
    assert '[/"python_error<br/>game/script.rpy:' in text and "linkStyle" in text
    d = mermaid.draw(text)
    check_drawing(m, d)
    dead = d.nodes["d0"]
    assert "dead" in dead["classes"] and dead["text"].startswith("python_error\ngame/script.rpy:")
    assert dead["shape"] == "polygon4" and dead["fill"] == rgb(DEAD_COLOUR)
    for name, outcome in (("ending_hybrid_secret", "hybrid"), ("ending_automation_never", "automation")):
        node = next(n for n in d.nodes.values() if n["text"] == name)
        # the outcome fill stays, the unreached grey wins over the outcome's text colour
        assert node["fill"] == rgb(OUTCOME_COLOURS[outcome]) and node["colour"] == rgb(GREY), name


# -- escaping -------------------------------------------------------------------------------

AWKWARD = [
    'Say "hello"', "Item #1; next", "#quot; typed out", "a<b and c>d", "<b>bold</b> <img src=x>",
    "fish & chips &amp; peas", "pipe | bar", "brackets [x] (y) {z} ((w))", "`**markdown**`",
    "**not bold** _nor_ this", "¿Qué pasa? ¡Sí, mañana! — Ñandú…", "end", "semi;colon", "x; y",
    "100% sure %% not a comment", '%%{init: {"theme": "dark"}}%%', "costs $5, $$x^2$$",
    "back\\slash", "emoji 🙂", "A --> B", "class n1 dead", "first line\nsecond line",
]


def awkward_map() -> RouteMap:
    """Every awkward text as node, edge label and box title; two clusters whose ids would collide."""
    m = RouteMap()
    for k, s in enumerate(AWKWARD):
        cluster = ("ch1.by_hand", "ch1_by_hand", "café.scène")[k % 3]
        m.vertices[f"n{k}"] = Vertex(f"n{k}", s, ("menu", "label", "branch", "end")[k % 4], cluster,
                                     outcome="human" if k % 4 == 3 else None)
    m.vertices["n99"] = Vertex("n99", AWKWARD[1], "label", AWKWARD[4])
    for k in range(len(AWKWARD) - 1):
        m.edges.append(Edge(f"n{k}", f"n{k + 1}", AWKWARD[-1 - k]))
    m.edges.append(Edge("n0", "n99", AWKWARD[2]))
    return m


def test_mermaid_text_escapes_every_special_character():
    assert _mm_text('Say "hi"') == '"Say #quot;hi#quot;"'
    assert _mm_text("Item #1; next") == '"Item #35;1; next"'
    assert _mm_text("#quot;") == '"#35;quot;"'                          # each character once
    assert _mm_text("a<b & c>d") == '"a#lt;b #amp; c#gt;d"'
    assert _mm_text("$$x$$ 100% `md`") == '"#36;#36;x#36;#36; 100#37; #96;md#96;"'
    assert _mm_text("one\ntwo") == '"one<br/>two"'
    assert _mm_text("¿Qué? ¡Sí! Ñandú… [x] (y) {z} | ;") == '"¿Qué? ¡Sí! Ñandú… [x] (y) {z} | ;"'
    text = to_mermaid(awkward_map())
    body = [line for line in text.splitlines() if '"' in line]
    statement = re.compile(r'\s*(subgraph \w+ \["[^"]*"\]|[nd]\d+\W+"[^"]*"\W+|n\d+ -->\|"[^"]*"\| n\d+)')
    for line in body:                       # only our quotes are left: labels never end early
        assert statement.fullmatch(line), line
    subgraphs = re.findall(r"subgraph (\S+)", text)
    assert len(subgraphs) == len(set(subgraphs)) == 6
    assert all(s.isascii() for s in subgraphs)


def test_awkward_text_survives_mermaid_exactly(mermaid):
    m = awkward_map()
    d = mermaid.draw(to_mermaid(m))
    check_drawing(m, d)                     # every text as written, nothing parsed as HTML/maths
    assert "<img" not in d.svg and "<b>" not in d.svg and 'class="katex"' not in d.svg


# -- the harness can fail ----------------------------------------------------------------------

@pytest.mark.parametrize("text, error", [
    ('flowchart TD\n  n1{{"menu "with" quotes"}}\n', "parse"),       # a quote ends the label early
    ("flowchart TD\n  n1[unclosed\n", "parse"),
    ('flowchart TD\n  subgraph c_a ["a"]\n  n1 --> n2\n  end\n  end\n', "parse"),
    ("flowchart TD\n  n1 --> n2\n  linkStyle 5 stroke:#9e9e9e\n", "parse: .*style"),  # no link 5
    ("flowchart XX\n  n1 --> n2\n", "parse"),
], ids=["quote-in-label", "unclosed-bracket", "extra-end", "no-such-link", "bad-direction"])
def test_broken_mermaid_fails_in_the_harness(mermaid, text, error):
    with pytest.raises(MermaidError, match=error):
        mermaid.draw(text)


def test_harness_notices_mangled_text(mermaid):
    """The escaping before this test existed: `#1;` was an entity, `<b>` a tag."""
    m = RouteMap()
    m.vertices["n1"] = Vertex("n1", "Item #1; <b>next</b>", "menu", "start")
    old = to_mermaid(m).replace("#35;", "#").replace("#lt;", "<").replace("#gt;", ">")
    with pytest.raises(AssertionError):
        check_drawing(m, mermaid.draw(old))
    check_drawing(m, mermaid.draw(to_mermaid(m)))
