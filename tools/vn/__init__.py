"""vn: the Smile Protocol toolkit for Ren'Py games (export, lint, play, routes, sprites, web, translate)."""

from importlib.metadata import version

# The one place the version is written is pyproject.toml; `vn` is always installed (make venv).
__version__ = version("smile-protocol-vn")
