"""Analyst commands: ``gxt chart`` (one indicator across provinces, as SVG/PNG/HTML) and ``gxt app``
(the Streamlit analyst app). Both read the published copy only."""
from __future__ import annotations

import difflib
import os
import re
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

DataOption = Annotated[
    Optional[Path], typer.Option("--data", help="Data directory (default: $GXT_DATA, else ./data).")
]
APP_SCRIPT = "app.py"  # beside the analyst package's __init__
MEASURES = ("growth", "avg_growth", "value", "share", "rank", "pp_change")


def register(app: typer.Typer) -> None:
    """Add this area's commands to ``app``."""
    app.command("chart")(chart)
    app.command("app")(serve_app)


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"gxt: {message}", err=True)
    raise typer.Exit(code=code)


def _suggest(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=3, cutoff=0.3)
    return f" (did you mean {', '.join(close)}?)" if close else ""


def chart(
    indicator: Annotated[str, typer.Argument(help="Canonical indicator name, e.g. 规上工业增加值.")],
    measure: Annotated[str, typer.Option("--measure", help="growth (default), avg_growth, value, share, rank or pp_change.")] = "growth",
    provinces: Annotated[Optional[str], typer.Option("--provinces", help="Comma-separated provinces (default: all), e.g. 湖北,湖南.")] = None,
    since: Annotated[Optional[int], typer.Option("--since", help="First year shown.")] = None,
    until: Annotated[Optional[int], typer.Option("--until", help="Last year shown.")] = None,
    targets: Annotated[bool, typer.Option("--targets", help="Chart the goals set for each year instead of the outcomes.")] = False,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="FILE.svg, FILE.png or FILE.html (default: INDICATOR-MEASURE.svg).")] = None,
    data: DataOption = None,
) -> None:
    """Chart one indicator across provinces over whole years, one line per province.

    Reads indicator_series on the published copy (the latest notice's figure for each province
    and year). The HTML page holds the chart and the figures with their evidence and source
    links, and needs nothing from the network.
    """
    from analyst.figure import chart_format, write_chart
    from analyst.labels import MEASURE_NAMES, MEASURE_UNITS
    from gxt.paths import DataPaths
    from warehouse.chart_data import SeriesQuery, indicator_choices, known_provinces, series
    from warehouse.connection import WarehouseMissing

    if measure not in MEASURES:
        _fail(f"--measure {measure}: use one of {', '.join(MEASURES)}{_suggest(measure, list(MEASURES))}")
    if since is not None and until is not None and since > until:
        _fail(f"--since {since} is after --until {until}")
    # a name may hold a slash or a quote: not in a default file name
    safe = re.sub(r'[\\/:*?"<>|\s]+', "_", indicator)
    out = out or Path(f"{safe}-{measure}{'-target' if targets else ''}.svg")
    try:
        chart_format(out)
    except ValueError as err:
        _fail(str(err))
    if not out.parent.is_dir():
        _fail(f"{out.parent}: no such directory for --out")
    published = DataPaths.at(data).published
    try:
        chosen = tuple(p.strip() for p in provinces.split(",") if p.strip()) if provinces else ()
        if chosen:
            known = known_provinces(published)
            for province in chosen:
                if province not in known:
                    _fail(f"--provinces: no province {province} in the site table{_suggest(province, known)}")
        rows = series(published, SeriesQuery(indicator, measure, chosen, since, until, targets))
        if not rows:
            choices = indicator_choices(published)
            names = sorted({c["canonical_name"] for c in choices})
            if indicator in names:
                have = ", ".join(c["measure"] for c in choices if c["canonical_name"] == indicator)
                _fail(f"{indicator}: no whole-year {measure}{' target' if targets else ''} figures in this "
                      f"selection (its measures: {have})")
            _fail(f"{indicator}: no such canonical indicator with whole-year figures{_suggest(indicator, names)}; "
                  "list them with gxt query \"SELECT DISTINCT canonical_name FROM indicator_series\"")
    except WarehouseMissing as err:
        _fail(str(err), code=1)
    unit = rows[0].get("unit") or MEASURE_UNITS.get(measure, "")
    kind = MEASURE_NAMES.get(measure, measure) + ("目标" if targets else "")
    title = f"{indicator}（{kind}，{unit}）" if unit else f"{indicator}（{kind}）"
    write_chart(rows, out, title, unit)
    lines = len({r["province"] for r in rows})
    years = sorted({r["year"] for r in rows})
    typer.echo(f"wrote {out}: {lines} province{'s' if lines != 1 else ''}, {years[0]}–{years[-1]}, {len(rows)} figures")


def serve_app(
    port: Annotated[int, typer.Option("--port", help="Port on 127.0.0.1 (default 8501).")] = 8501,
    address: Annotated[str, typer.Option("--address", help="Address to listen on (default 127.0.0.1: this machine only).")] = "127.0.0.1",
    data: DataOption = None,
) -> None:
    """Start the analyst app (Streamlit) on the published copy, read-only, offline.

    Indicator chart by province with evidence and sources, task headlines of a year, search, and
    site health. Stop it with Ctrl-C.
    """
    import analyst
    from gxt.paths import DataPaths

    if not 1 <= port <= 65535:
        _fail(f"--port {port}: a port is a number from 1 to 65535")
    published = DataPaths.at(data).published
    if not published.exists():
        _fail(f"no published warehouse at {published}: run `gxt run --mirror` (offline) or `gxt run` first, "
              "or point --data at a data directory", code=1)
    env = dict(os.environ, GXT_DATA=str(DataPaths.at(data).root))
    argv = [sys.executable, "-m", "streamlit", "run", str(Path(analyst.__file__).parent / APP_SCRIPT), "--server.port", str(port),
            "--server.address", address, "--server.headless", "true", "--browser.gatherUsageStats", "false",
            "--server.fileWatcherType", "none", "--client.toolbarMode", "viewer", "--global.developmentMode", "false"]
    typer.echo(f"gxt app on http://{address}:{port}/ (published copy {published}); Ctrl-C stops it", err=True)
    sys.stdout.flush()
    # Become the Streamlit server (no child left behind when this process is stopped or killed).
    os.execve(sys.executable, argv, env)
