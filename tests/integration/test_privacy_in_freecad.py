"""PII canaries in a real FreeCAD (0.20.2 and 1.1): the user's name, the machine's host name,
the home folder and private add-on names are set to distinctive strings, and not one byte of
what reaches the capture server over a full history (start, quit, kill, restart) contains
them."""

from __future__ import annotations

import gzip
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from capture_server import CaptureServer
from freecad_runner import FreeCADSession, Profile
from granted import granted_params

GROUP = "BaseApp/Preferences/Mod/Telemetry"
CANARIES = (
    "zqcanaryuser",
    "zqcanaryhome",
    "zqcanaryhost",
    "zqcanaryprivatemod",
    "zqcanaryprivatename",
    "zqcanarycorp",
)


def unshare_works() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "--uts", "true"], capture_output=True)
    return probe.returncode == 0


def canary_host_wrapper(tmp_path, install):
    """FreeCAD in its own UTS namespace, whose host name is a canary (needs root)."""
    wrapper = tmp_path / "freecad-on-canary-host"
    wrapper.write_text(
        "#!/bin/sh\n"
        f'exec unshare --uts sh -c \'hostname zqcanaryhost && exec "$0" "$@"\' '
        f'{install.freecad} "$@"\n'
    )
    wrapper.chmod(0o755)
    return install._replace(freecad=wrapper)


def every_byte_received(server) -> str:
    parts = []
    for request in server.requests:
        body = request.body
        if body[:2] == b"\x1f\x8b":
            body = gzip.decompress(body)
        parts += [request.path, repr(request.headers), body.decode("utf-8", "replace")]
    return "\n".join(parts).lower()


@pytest.mark.skipif(not unshare_works(), reason="needs `unshare --uts` (root) for a canary host")
def test_no_personal_canary_reaches_posthog_over_start_quit_kill_and_restart(
    tmp_path, freecad_install, freecad_deps, xvfb
):
    install = canary_host_wrapper(tmp_path, freecad_install)
    profile = Profile(tmp_path / "zqcanaryhome", freecad_install)
    profile.python_path([freecad_deps])
    profile.install_addon(Path(__file__).resolve().parents[2])
    profile.add_mod_folder("ZqCanaryPrivateMod", {"README.md": "an add-on of one's own\n"})
    profile.add_mod_folder(
        "InHouseTool",
        {
            "package.xml": (
                '<package format="1" xmlns="https://wiki.freecad.org/Package_Metadata">'
                "<name>ZqCanaryPrivateName</name>"
                '<url type="repository">https://git.zqcanarycorp.example/team/tool</url></package>'
            )
        },
    )
    with CaptureServer() as server:
        profile.seed_params(
            {
                GROUP: granted_params(server.url),
                "BaseApp/Preferences/MainWindow": {
                    "StyleSheet": ("Text", str(profile.home / "styles" / "Dark.qss")),
                    "Theme": ("Text", "zqcanaryuser-theme"),
                },
                # The private add-on's workbench, enabled and loaded at start.
                "BaseApp/Preferences/Workbenches": {
                    "Ordered": ("Text", "PartWorkbench,ZqCanaryPrivateModWorkbench"),
                },
                "BaseApp/Preferences/General": {
                    "AutoloadModule": ("Text", "ZqCanaryPrivateModWorkbench"),
                },
            }
        )
        env = {"USER": "zqcanaryuser", "LOGNAME": "zqcanaryuser", "USERNAME": "zqcanaryuser"}
        runs = 0

        def start():
            nonlocal runs
            runs += 1
            session = FreeCADSession(install, profile, xvfb.display, tmp_path / f"run{runs}", env)
            session.wait_ready()
            return session

        first = start()
        hostname = first.run("import socket; result = socket.gethostname()")
        server.wait_for_events(5, timeout=30)
        first.quit()
        second = start()
        time.sleep(1.0)
        second.kill()
        third = start()
        server.wait_for_events(5 + 1 + 1 + 2, timeout=30)  # + shutdown, startups, unclean
        third.quit()
        time.sleep(0.3)
        received = every_byte_received(server)

    assert hostname == "zqcanaryhost"  # the canary really was FreeCAD's host name
    assert server.events_named("freecad_unclean_shutdown")
    prefs = server.events_named("freecad_preferences")[0]["properties"]
    assert prefs["stylesheet"] == "Dark.qss" and "theme" not in prefs  # refused at send
    assert prefs["workbench_enabled_list"] == ["PartWorkbench", "other"]
    addons = server.events_named("freecad_addon_list")[0]["properties"]
    assert addons["unlisted_mods"] >= 2
    for canary in CANARIES:
        assert canary not in received, canary
