"""Downloads of chosen parts only are still recognised: the shapes of real partial downloads, with
synthetic content."""

from __future__ import annotations

import json

from conftest import write_tree, zip_tree
from typer.testing import CliRunner

from ai_exposure.cli import app

PAGE = "<html><head><title>{t}</title></head><body><main><h1>{t}</h1></main></body></html>"


def test_a_facebook_download_of_profile_preferences_and_security_only(tmp_path):
    """Seen in a real 2026 HTML download (facebook-<user>-<date>-<id>.zip): no activity folder, only
    the profile, preferences, security and ads pages the person ticked."""
    names = [
        "start_here.html",
        "personal_information/profile_information/profile_information.html",
        "preferences/preferences/privacy_settings.html",
        "preferences/feed/controls.html",
        "security_and_login_information/where_you're_logged_in.html",
        "security_and_login_information/your_facebook_activity_history.html",
        "ads_information/ad_preferences.html",
    ]
    folder = write_tree(tmp_path / "fb", {n: PAGE.format(t=n.rsplit("/", 1)[-1]) for n in names})
    z = zip_tree(folder, tmp_path / "facebook-sample_user-20_05_2026-AbCdEf12.zip")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["analyze", str(z), "--out", str(out), "--no-history", "--quiet"])
    assert result.exit_code == 0, result.output
    snap = json.loads((out / "snapshot.json").read_text(encoding="utf-8"))
    assert [s["platform"] for s in snap["sources"]] == ["facebook"]
    assert sum(snap["sources"][0]["file_counts"].values()) == len(names)
    assert snap["sources"][0]["files"]["unknown"] == []
