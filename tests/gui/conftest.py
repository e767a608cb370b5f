"""Shared set-up of the dialog tests: a fake FreeCAD profile with an id, a few sent events
and unsent ones, and a loopback stand-in for the removal endpoint."""

from pathlib import Path
from typing import List

import pytest
from removal_server import RemovalServer

from freecad_telemetry.delivery.outbox import Outbox
from freecad_telemetry.events import Event
from freecad_telemetry.host.memory_host import MemoryHost
from freecad_telemetry.settings import GROUP, Settings
from freecad_telemetry.state.folder import OUTBOX_FILE, state_dir
from freecad_telemetry.state.install_id import create_install_id

OTHER_ID = "00000000-0000-4000-8000-000000000001"


class Profile:
    def __init__(self, base: Path, sent: int = 3) -> None:
        self.host = MemoryHost(user_data_dir=base / "FreeCAD", mod_roots=[base / "FreeCAD" / "Mod"])
        self.settings = Settings(self.host)
        self.folder = state_dir(self.host.user_data_dir())
        self.person_id = ""
        self.sent = sent
        self.other_id = OTHER_ID

    def with_id(self) -> "Profile":
        self.person_id = create_install_id(self.folder)
        outbox = Outbox(self.folder / OUTBOX_FILE)
        outbox.add([Event("freecad_startup", self.person_id) for _ in range(self.sent)])
        outbox.mark_delivered([e.uuid for e in outbox.claim(limit=self.sent)])
        outbox.add([Event("freecad_version", self.person_id), Event("freecad_version", OTHER_ID)])
        outbox.close()
        return self

    def grant(self, categories: str = "usage,system") -> "Profile":
        self.host.set_param(GROUP, "ConsentState", "string", "granted")
        self.host.set_param(GROUP, "ConsentCategories", "string", categories)
        self.host.set_param(GROUP, "ConsentSchemaVersion", "int", 1)
        return self

    def outbox(self) -> Outbox:
        return Outbox(self.folder / OUTBOX_FILE)

    def ledger_size(self) -> int:
        return len(self.outbox().ledger())

    def unsent_ids(self) -> List[str]:
        return sorted(e.distinct_id for e in self.outbox().pending())


@pytest.fixture
def profile(tmp_path) -> Profile:
    return Profile(tmp_path)


@pytest.fixture
def server():
    with RemovalServer(200) as running:
        yield running


@pytest.fixture(autouse=True, scope="session")
def english(qapp):
    """The dialogs in English with its plural forms, as FreeCAD set to English shows them."""
    from freecad_telemetry.ui.translation import install_language

    install_language("en")
