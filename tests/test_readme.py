"""The README's commands exist: every ``geo …`` line in its code blocks names a real
command, and every option it shows is one that command takes (as sqlite-utils
checks its docs)."""

from __future__ import annotations

import shlex
from pathlib import Path

import click
import pytest

from geo.cli import main

README = Path(__file__).resolve().parent.parent / "README.md"


def _command_lines() -> list[str]:
    lines, lang = [], None  # lang: the language of the fenced block we are in, None outside
    for raw in README.read_text(encoding="utf-8").splitlines():
        if raw.startswith("```"):
            lang = raw[3:].strip() if lang is None else None
            continue
        if lang in ("", "bash", "sh"):
            line = raw.split("  #", 1)[0].strip()
            if line.startswith(("geo ", ".venv/bin/geo ")):
                lines.append(line.removeprefix(".venv/bin/"))
    return lines


def _resolve(words: list[str]) -> tuple[click.Command, list[str]]:
    cmd: click.Command = main
    rest = words[1:]
    while isinstance(cmd, click.Group) and rest and not rest[0].startswith("-"):
        sub = cmd.get_command(click.Context(cmd), rest[0].split("|")[0])
        assert sub is not None, f"no command {rest[0]!r} in {' '.join(words)!r}"
        cmd, rest = sub, rest[1:]
    return cmd, rest


LINES = _command_lines()


def test_the_readme_shows_commands():
    assert len(LINES) >= 10


@pytest.mark.parametrize("line", LINES)
def test_readme_command_exists(line):
    words = shlex.split(line.replace("[", " ").replace("]", " ").replace("|", " | "))
    words = [w for w in words if w not in ("|", "...")]
    cmd, rest = _resolve(words)
    options = {opt for p in cmd.params for opt in (*p.opts, *p.secondary_opts)}
    for word in rest:
        if word.startswith("-"):
            name = word.split("=", 1)[0]
            assert name in options, (
                f"{' '.join(words[:2])}: no option {name} (has {sorted(options)})"
            )
