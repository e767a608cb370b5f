"""A Qt slot of the add-on never raises into Qt (which inside FreeCAD prints a traceback in
the Report view), not even when reporting the failure fails."""

from freecad_telemetry.ui.background import guarded


class Page:
    def __init__(self, report):
        self.slot_failed = report

    @guarded
    def clicked(self):
        raise SystemExit(3)  # would end FreeCAD


def test_a_failing_slot_is_reported_to_the_page(capfd):
    said = []
    assert Page(said.append).clicked() is None
    assert said == ["SystemExit: 3"] and capfd.readouterr() == ("", "")


def test_a_failing_report_is_dropped_without_a_traceback(capfd):
    def broken(message):
        raise RuntimeError("the dialog is gone")

    assert Page(broken).clicked() is None
    assert capfd.readouterr() == ("", "")
