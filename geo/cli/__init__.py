"""The ``geo`` command line: :data:`main` (the ``geo`` console script and ``python -m
geo.cli``), one module per group of commands over :mod:`geo.cli.base`."""

from geo.cli import build, compare, gazetteer, publish  # noqa: F401  (they register the commands)
from geo.cli.base import main

__all__ = ["main"]
