"""The entry point with the real Qt event loop: FreeCAD's splash schedules a look for the main
window, which repeats on the same timer until the window is up, then the session starts."""

import freecad_telemetry
from freecad_telemetry.consent.decision import decline, save_consent
from freecad_telemetry.host.memory_host import MemoryHost
from freecad_telemetry.settings import Settings


def test_the_session_starts_on_the_look_that_finds_the_window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(freecad_telemetry, "POLL_MS", 10)
    host = MemoryHost(user_data_dir=tmp_path)
    save_consent(Settings(host), decline())  # a returning user who said no: nothing to ask
    Settings(host).set("ReferenceMigrated", True)
    made, looks = [], []

    def window_up() -> bool:
        looks.append(1)
        return len(looks) == 3  # the splash, twice; then the window

    freecad_telemetry.start_gui(lambda: made.append(1) or host, window_up=window_up)
    qtbot.waitUntil(lambda: made == [1], timeout=5000)
    assert len(looks) == 3 and host.preference_pages == 1
