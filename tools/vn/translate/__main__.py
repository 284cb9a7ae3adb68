"""`python -m vn.translate ACTION ...`: the same as `vn translate ACTION ...`."""

import sys

from .cli import run

sys.exit(run())
