# Smile Protocol. `make play` plays, `make test` runs every test; both set up
# everything they need first (Debian packages, the Python venv, the art).

PYTHON ?= python3
VENV := .venv
VN := $(VENV)/bin/vn
STAMP := $(VENV)/.installed

.PHONY: play test deps venv art lint export bench translate-status web web-serve clean

play: deps venv art
	$(VN) play .

test: deps venv art
	$(VENV)/bin/pytest -q

deps:
	@sh tools/install-deps.sh

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e '.[test]'
	touch $(STAMP)

# Incremental: writes nothing when the art is up to date.
art: venv
	$(VN) sprites build .

lint: deps venv art
	$(VN) lint .

export: deps venv
	$(VN) export . --out out/story.json

clean:
	rm -rf $(VENV) out game/cache game/saves
	find game -name '*.rpyc' -delete

bench: deps venv
	$(VN) export . --out out/story.json
	$(VENV)/bin/python bench/routes_bench.py --story out/story.json
	$(VENV)/bin/python bench/translate_bench.py
	$(VENV)/bin/python bench/sprites_bench.py
	$(VENV)/bin/python bench/web_bench.py

translate-status: deps venv
	$(VN) translate status .

# The browser version: a static site in out/web/ (about 4 MB).
web: deps venv art
	$(VN) web build .

web-serve: web
	$(VN) web serve out/web
