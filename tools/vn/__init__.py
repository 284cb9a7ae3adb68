"""vn: the Smile Protocol toolkit for Ren'Py games (export, lint, play, routes, sprites, web, translate)."""

__version__ = "0.1.0"
