"""The preview window inside FreeCAD: the live FreeCAD is read on the GUI thread only, and
the slow part (importing posthog, building the messages) runs off it while the window is up."""

import threading

import freecad_telemetry.collect.on_the_wire as wire_module
import freecad_telemetry.collect.preview as preview_module
from freecad_telemetry.host.memory_host import MemoryHost
from freecad_telemetry.ui.consent_dialog import host_preview
from freecad_telemetry.ui.text_view import BUILDING, preview_dialog


class ThreadRecordingHost(MemoryHost):
    """A FreeCAD whose parameters say which threads read them."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.readers = set()

    def get_param(self, group, key, kind, default):
        self.readers.add(threading.current_thread().name)
        return super().get_param(group, key, kind, default)


def test_the_window_is_up_before_its_text_is_built(qtbot):
    gate = threading.Event()

    def build():
        assert gate.wait(5)
        return "built"

    window = preview_dialog(lambda: build)
    qtbot.addWidget(window)
    assert window.text() == BUILDING  # returned while the build is still held
    gate.set()
    qtbot.waitUntil(lambda: window.text() == "built", timeout=5000)


def test_a_build_that_fails_in_the_background_is_shown_not_raised(qtbot):
    def build():
        raise OSError("disk gone")

    window = preview_dialog(lambda: build)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "disk gone" in window.text(), timeout=5000)


def test_freecad_is_read_on_the_gui_thread_and_the_messages_built_off_it(
    qtbot, tmp_path, monkeypatch
):
    host = ThreadRecordingHost(user_data_dir=tmp_path / "FreeCAD")
    builders = []
    real = wire_module.on_the_wire

    def recording(*args, **kwargs):
        builders.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(preview_module, "on_the_wire", recording)
    window = preview_dialog(host_preview(host))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: '"$lib": "posthog-python"' in window.text(), timeout=10000)
    assert host.readers == {threading.main_thread().name}
    assert builders and threading.main_thread().name not in builders
