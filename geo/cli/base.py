"""The base of the ``geo`` command line: the command group (every error becomes one line on
stderr and exit status 1), the checks of input and output paths made before any work, and
the helpers several commands share."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import click

from geo.exceptions import GeoError, InputError


def _line(message: str) -> str:
    """``message`` as one line that any terminal can print (a file name that is not
    UTF-8 keeps its bytes as ``\\xff`` escapes)."""
    one = " ".join(part.strip() for part in str(message).splitlines() if part.strip()) or "error"
    try:
        raw = one.encode("utf-8", "surrogateescape")  # file names as the system gave them
    except UnicodeEncodeError:
        raw = one.encode("utf-8", "backslashreplace")
    return raw.decode("utf-8", "backslashreplace")


def _fail(message: str) -> None:
    click.echo(f"geo: error: {_line(message)}", err=True)
    sys.exit(1)


def _os_message(exc: OSError) -> str:
    """``file: problem`` for an operating-system error (a folder that is a file, a
    read-only folder, a full disk)."""
    name = exc.filename if exc.filename is not None else ""
    if isinstance(name, bytes):
        name = os.fsdecode(name)
    problem = exc.strerror or str(exc)
    if isinstance(exc, (FileExistsError, NotADirectoryError)) and exc.filename is not None:
        problem += " (a part of this path is a file, not a folder)"
    return f"{name}: {problem}" if name else problem


class _Note(logging.Handler):
    """Prints geo's log records (a document read as cp1251, a skipped row) as
    ``geo: note: ...`` lines on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        kind = "warning" if record.levelno >= logging.WARNING else "note"
        click.echo(f"geo: {kind}: {_line(record.getMessage())}", err=True)


_NO_ARGS = getattr(click.exceptions, "NoArgsIsHelpError", ())  # click >= 8.2


class _Group(click.Group):
    """The command group: every failure is one ``geo: error: ...`` line and exit status 1,
    click's usage errors included (no usage text, no traceback)."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        log = logging.getLogger("geo")
        handler, before = _Note(), (log.level, log.propagate)
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False
        try:
            rv = super().main(
                args, prog_name or "geo", complete_var, standalone_mode=False, **extra
            )
        except GeoError as exc:
            _fail(str(exc))
        except _NO_ARGS as exc:  # "geo" or "geo gazetteer" alone: the help, as click shows it
            click.echo(exc.ctx.get_help() if exc.ctx is not None else exc.format_message())
            rv = 0
        except click.UsageError as exc:
            where = f"{exc.ctx.command_path}: " if exc.ctx is not None else ""
            _fail(f"{where}{exc.format_message()} (see --help)")
        except click.ClickException as exc:
            _fail(exc.format_message())
        except click.Abort:
            _fail("interrupted")
        except OSError as exc:
            _fail(_os_message(exc))
        except RecursionError:
            _fail("input too deeply nested")
        except MemoryError:
            _fail("out of memory")
        except Exception as exc:  # a bug in geo: still one line, the traceback on request
            if os.environ.get("GEO_DEBUG"):
                raise
            _fail(
                f"internal error: {type(exc).__name__}: {exc} "
                "(run with GEO_DEBUG=1 for the traceback)"
            )
        finally:
            log.removeHandler(handler)
            log.setLevel(before[0])
            log.propagate = before[1]
        if standalone_mode:
            sys.exit(rv if isinstance(rv, int) else 0)
        return rv


def _input_file(path: str, what: str = "file") -> Path:
    """``path`` as an existing file, or a one-line error naming it."""
    p = Path(path)
    if p.is_dir():
        raise InputError(f"is a folder; give a {what}", p)
    if not p.exists():
        raise InputError(f"no such {what}", p)
    return p


def _output_file(path: str, suffixes: tuple[str, ...]) -> Path:
    """``path`` as a file to write, of one of ``suffixes``, or a one-line error naming it."""
    p = Path(path)
    if p.is_dir() or str(path).endswith(("/", os.sep)):
        raise InputError(f"is a folder; give a file name ending in {' or '.join(suffixes)}", p)
    if p.suffix.lower() not in suffixes:
        raise InputError(
            f"unknown output type {p.suffix or '(none)'!r}; use {', '.join(suffixes)}", p
        )
    _writable(p.parent, p)
    return p


def _output_dir(path: str) -> Path:
    """``path`` as a folder geo may write (it need not exist yet), checked before any work."""
    p = Path(path)
    if p.exists() and not p.is_dir():
        raise InputError("is a file; give a folder for the maps", p)
    _writable(p, p)
    return p


def _writable(folder: Path, target: Path) -> None:
    """Fail now, not after the work, when ``folder`` cannot be made or written."""
    f = folder.absolute()
    while not f.exists() and f != f.parent:
        f = f.parent
    if not f.is_dir():
        raise InputError(f"cannot write here: {f} is a file, not a folder", target)
    if not os.access(f, os.W_OK | os.X_OK):
        raise InputError(f"cannot write here: folder {f} is read-only", target)


@click.group(cls=_Group)
@click.version_option(package_name="geo-maps")
def main() -> None:
    """geo: turn documents into layered, embeddable event maps.

    \b
    Example:
      geo build                      # the bundled documents -> maps/, data/places.geojson
      geo extract doc.md -o events.csv
    """


_JOBS = click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=0,
    help="Processes for extraction, one document each at a time "
    "(default 0: every core; 1: this process).",
)


def _online():
    """The opt-in online geocoder; GEO_NOMINATIM=scheme://host:port points it elsewhere."""
    import os

    from geo.online import OnlineGeocoder

    target = os.environ.get("GEO_NOMINATIM", "https://nominatim.openstreetmap.org")
    scheme, _, domain = target.partition("://")
    return OnlineGeocoder(
        domain=domain, scheme=scheme, min_delay=float(os.environ.get("GEO_NOMINATIM_DELAY", "1.0"))
    )


def _read_table(path: str, strict: bool, online=None):
    """A user's events table; its bad rows and unknown places as warning lines, then
    the summary ("3 of 11 rows skipped: see above"). With ``strict``, a bad row refuses it."""
    from geo.table import read_events

    res = read_events(path, online=online)
    for line in res.skipped + res.unresolved:
        click.echo(f"geo: warning: {_line(line)}", err=True)
    if strict and res.skipped:
        raise InputError(
            f"{len(res.skipped)} of {res.rows} rows are bad (see above); "
            "--strict refuses the table",
            path,
        )
    if res.summary:
        click.echo(f"geo: warning: {res.summary}", err=True)
    if not len(res.events):
        raise InputError(f"no row can be mapped: all {res.rows} rows are bad (see above)", path)
    return res.events
