"""Site ids are checked before anything starts: a typo gets a did-you-mean and nothing runs."""
from typer.testing import CliRunner

from gxt.cli import app
from gxt.commands.site_names import suggestion, unknown_sites_message


def test_a_typo_is_matched_to_the_closest_site_id():
    assert suggestion("hubie", ["hubei", "hunan", "fujian"]) == "hubei"
    assert suggestion("zzzz", ["hubei", "hunan"]) is None


def test_the_message_names_every_unknown_id():
    message = unknown_sites_message(["hubie", "fujian", "qqq"], ["hubei", "fujian"])
    assert message.startswith("unknown sites 'hubie' (did you mean hubei?), 'qqq';")
    assert unknown_sites_message(["fujian"], ["fujian"]) is None


def test_run_with_an_unknown_site_stops_before_any_server_starts(tmp_path, monkeypatch):
    import flows.nightly

    def must_not_run(*args, **kwargs):
        raise AssertionError("the flow started")

    monkeypatch.setattr(flows.nightly, "nightly", must_not_run)
    result = CliRunner().invoke(app, ["run", "--sites", "hubie", "--data", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr.strip() == "gxt: unknown site 'hubie' (did you mean hubei?); `gxt sites` lists the 31 site ids"
    assert not (tmp_path / "warehouse.duckdb").exists()


def test_crawl_and_backfill_check_site_ids_too(tmp_path):
    crawl = CliRunner().invoke(app, ["crawl", "fujain", "--data", str(tmp_path)])
    assert crawl.exit_code == 2 and "did you mean fujian?" in crawl.stderr
    backfill = CliRunner().invoke(app, ["backfill", "shanxii", "--since", "2024-01-01", "--data", str(tmp_path)])
    assert backfill.exit_code == 2 and "did you mean" in backfill.stderr


def test_mirror_refuses_a_port_out_of_range_in_one_line():
    result = CliRunner().invoke(app, ["mirror", "--port", "99999"])
    assert result.exit_code == 2
    assert result.stderr == "gxt mirror: --port 99999 is not a port number (0-65535; 0 picks a free one)\n"


def test_mirror_on_a_port_in_use_says_so_in_one_line():
    import socket
    import subprocess
    import sys

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "gxt.cli", "mirror", "--port", str(port)],
                              capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr == f"gxt mirror: cannot serve on 127.0.0.1:{port}: Address already in use\n"
