# Smile Protocol. `make play` plays, `make test` runs every test; both set up
# everything they need first (Debian packages, the Python venv, the art).

PYTHON ?= python3
VENV := .venv
VN := $(VENV)/bin/vn
STAMP := $(VENV)/.installed

.PHONY: play test test-fast check fuzz deps venv art audio listen mermaid axe lint export bench translate-status web web-serve clean

play: deps venv art audio
	$(VN) play .

# The tests run on every core (pytest-xdist); the engine, web build and playthroughs of the
# real game still run once per run (tests/conftest.py's `once`).
test: deps venv art audio mermaid axe
	$(VENV)/bin/pytest -q -n auto

# The loop to run while working: everything but the real engine and Chromium (a few seconds).
test-fast: venv
	$(VENV)/bin/pytest -q -n auto -m "not engine and not playthrough and not browser"

# Static checks: ruff and mypy (configured in pyproject.toml) on the modules that are clean
# so far; CHECKED (the one list of them) grows as modules are cleaned. mypy reads the
# modules they import for their types but reports only the CHECKED ones.
# Installs the `check` extra on first use.
CHECKED := tools/vn/__init__.py tools/vn/errors.py tools/vn/atomic.py tools/vn/lock.py \
	tools/vn/cli.py tools/vn/engine.py tools/vn/engine_report.py tools/vn/export.py tools/vn/lint.py \
	tools/vn/cache.py tools/vn/play.py tools/vn/playthrough.py tools/vn/story.py tools/vn/pysubset.py tools/vn/ir.py tools/vn/text.py \
	tools/vn/rules/__init__.py tools/vn/rules/base.py tools/vn/rules/flow.py \
	tools/vn/rules/audio_missing.py tools/vn/rules/call_without_from.py tools/vn/rules/crowded_stage.py \
	tools/vn/rules/define_mutated.py tools/vn/rules/gui_image_missing.py tools/vn/rules/silent_character.py \
	tools/vn/rules/speaker_not_shown.py tools/vn/rules/text_tags.py tools/vn/rules/unknown_speaker.py \
	tools/vn/rules/renpy_lint.py tools/vn/rules/route_check.py tools/vn/rules/sprite_check.py \
	tools/vn/rules/translation_check.py tools/vn/rules/ignores.py \
	tools/vn/translate/__init__.py tools/vn/translate/__main__.py tools/vn/translate/cli.py \
	tools/vn/translate/dump.py tools/vn/translate/formats.py tools/vn/translate/importer.py \
	tools/vn/translate/model.py tools/vn/translate/prune.py tools/vn/translate/text.py \
	tools/vn/audio/__init__.py tools/vn/audio/build.py tools/vn/audio/check.py tools/vn/audio/measure.py \
	tools/vn/audio/midi.py tools/vn/audio/ogg.py tools/vn/audio/plays.py tools/vn/audio/listen.py \
	tools/vn/web/__init__.py tools/vn/web/engine.py tools/vn/web/pyexpr.py tools/vn/web/text.py tools/vn/web/translations.py \
	tools/vn/web/theme.py tools/vn/web/serve.py tools/vn/web/screens.py \
	tools/vn/routes/codec.py tools/vn/routes/forked.py tools/vn/routes/__main__.py \
	tools/vn/routes/render.py tools/vn/routes/mute.py tools/vn/routes/effects.py tools/vn/routes/liveness.py \
	tools/vn/routes/startup.py tools/vn/routes/coverage.py tools/vn/routes/analysis.py tools/vn/routes/report.py \
	tools/vn/routes/__init__.py tools/vn/routes/screens.py tools/vn/routes/unknown.py tools/vn/routes/stops.py tools/vn/routes/graph.py tools/vn/routes/odds.py tools/vn/routes/explore.py \
	tools/vn/sprites/__init__.py tools/vn/sprites/__main__.py tools/vn/sprites/poses.py tools/vn/sprites/gui.py tools/vn/sprites/gui_pieces.py \
	tools/vn/sprites/schema.py tools/vn/sprites/check.py tools/vn/sprites/sheet.py \
	$(wildcard tools/vn/sprites/figure/*.py) \
	tests/test_story_model.py tests/test_text.py tests/test_ir.py
check: venv $(VENV)/.check-installed
	$(VENV)/bin/ruff check $(CHECKED)
	$(VENV)/bin/mypy $(filter tools/%,$(CHECKED))

$(VENV)/.check-installed: pyproject.toml | venv
	$(VENV)/bin/pip install -q -e '.[check]'
	touch $@

# Longer fuzzing of every reader of outside input (tests/test_fuzz.py): FUZZ_EXAMPLES per
# reader, random each run (`make test` runs 25 each, the same ones every time); web saves,
# a page load each in Chromium, FUZZ_EXAMPLES / 4 (8 in `make test`); the story export into
# `vn web build`, FUZZ_EXAMPLES / 5 (5 in `make test`).
FUZZ_EXAMPLES ?= 1000
# It also kills every writing verb KILLS times over its whole run, engine included, and
# reruns it after every kill (tests/test_kills.py; make test kills the writing part only).
KILLS ?= 20
fuzz: venv
	FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(VENV)/bin/pytest -q -p no:cacheprovider tests/test_fuzz.py
	KILLS=$(KILLS) KILLS_FULL=1 KILL_RERUN_EVERY=1 $(VENV)/bin/pytest -q -p no:cacheprovider tests/test_kills.py

deps:
	@sh tools/install-deps.sh

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e '.[test]'
	touch $(STAMP)

# Mermaid's browser bundle, for tests/test_routes_mermaid.py (renders `vn routes --mermaid`
# with the real Mermaid in Chromium). One tarball from the npm registry (26 MB, ~2 s),
# checked against the pinned SHA-512; only dist/mermaid.min.js (5.5 MB) and the licence stay.
# The test reads MERMAID_VERSION from here.
MERMAID_VERSION := 12.3.0
MERMAID_SHA512 := e35d774dd5de2c0b0caee27bf4ea452f93bcf8b4c55e142a676eb4ac5ded8149a2340b519b852e99ed3823eeb93d137ac99ebd2787fcad56165bccd193ae5463
MERMAID_DIR := out/mermaid-$(MERMAID_VERSION)

MERMAID_TGZ := $(MERMAID_DIR).part/mermaid-$(MERMAID_VERSION).tgz

mermaid: deps $(MERMAID_DIR)/mermaid.min.js

$(MERMAID_DIR)/mermaid.min.js: | deps
	rm -rf $(MERMAID_DIR).part && mkdir -p $(MERMAID_DIR).part
	npm pack --loglevel=error --pack-destination $(MERMAID_DIR).part mermaid@$(MERMAID_VERSION) >/dev/null
	echo "$(MERMAID_SHA512)  $(MERMAID_TGZ)" | sha512sum -c --quiet
	tar -xzf $(MERMAID_TGZ) -C $(MERMAID_DIR).part package/dist/mermaid.min.js package/LICENSE
	mv $(MERMAID_DIR).part/package/dist/mermaid.min.js $(MERMAID_DIR).part/package/LICENSE $(MERMAID_DIR).part/
	rm -rf $(MERMAID_DIR).part/package $(MERMAID_TGZ)
	rm -rf $(MERMAID_DIR) && mv $(MERMAID_DIR).part $(MERMAID_DIR)

# axe-core, for tests/test_web_a11y.py (WCAG 2.1 AA checks of the web player in Chromium).
# One tarball from the npm registry (~0.9 MB), checked against the pinned SHA-512; only
# axe.min.js and the licence stay. The test reads AXE_VERSION from here.
AXE_VERSION := 4.14.1
AXE_SHA512 := 1477dafa598d8d065f273d6af302aa203c02e83131707b7fa648cd41bd3d6b734f8c22a0dab86ee6a6f64b8afbe804b214d36db85a2826965edfb3a0b9d546b5
AXE_DIR := out/axe-core-$(AXE_VERSION)
AXE_TGZ := $(AXE_DIR).part/axe-core-$(AXE_VERSION).tgz

axe: deps $(AXE_DIR)/axe.min.js

$(AXE_DIR)/axe.min.js: | deps
	rm -rf $(AXE_DIR).part && mkdir -p $(AXE_DIR).part
	npm pack --loglevel=error --pack-destination $(AXE_DIR).part axe-core@$(AXE_VERSION) >/dev/null
	echo "$(AXE_SHA512)  $(AXE_TGZ)" | sha512sum -c --quiet
	tar -xzf $(AXE_TGZ) -C $(AXE_DIR).part package/axe.min.js package/LICENSE
	mv $(AXE_DIR).part/package/axe.min.js $(AXE_DIR).part/package/LICENSE $(AXE_DIR).part/
	rm -rf $(AXE_DIR).part/package $(AXE_TGZ)
	rm -rf $(AXE_DIR) && mv $(AXE_DIR).part $(AXE_DIR)

# Incremental: writes nothing when the art is up to date.
art: venv
	$(VN) sprites build .

# The score, ambience and effects: audio/*/*.abc -> game/audio/*.ogg (incremental, like the art).
audio: deps venv
	$(VN) audio build .

# Listening as a person would: a 30-second excerpt of each piece and its SoX spectrogram,
# out/listen/music-NAME.ogg and .png (`vn audio listen --kind all` for every sound).
listen: deps venv audio
	$(VN) audio listen . --out out/listen

lint: deps venv art audio
	$(VN) lint .

export: deps venv
	$(VN) export . --out out/story.json

clean:
	rm -rf $(VENV) out game/cache game/saves
	find game -name '*.rpyc' -delete

bench: deps venv audio
	$(VN) export . --out out/story.json
	$(VENV)/bin/python bench/routes_bench.py --story out/story.json
	$(VENV)/bin/python bench/translate_bench.py
	$(VENV)/bin/python bench/sprites_bench.py
	$(VENV)/bin/python bench/audio_bench.py
	$(VENV)/bin/python bench/web_bench.py

translate-status: deps venv
	$(VN) translate status .

# The browser version: a static site in out/web/ (about 4 MB).
web: deps venv art audio
	$(VN) web build .

web-serve: web
	$(VN) web serve out/web
