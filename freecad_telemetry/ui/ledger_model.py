"""The table of what this computer sent (the ledger), for the preferences page.

`read_ledger_rows` runs on a worker thread (the ledger may hold 20 000 events); the model is
built on the GUI thread from the plain rows it returns and only formats cells on demand.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, List, Optional, Sequence, Tuple

from freecad_telemetry.rights.removal import open_outbox
from freecad_telemetry.ui.qt import QtCore
from freecad_telemetry.ui.translation import translate

Row = Tuple[str, str, str]  # sent at (UTC), event name, event uuid


def read_ledger_rows(folder: Path) -> List[Row]:
    """The ledger as display rows, newest first; empty when nothing was ever stored.
    Raises outbox.OutboxUnavailable when the file cannot be read."""
    outbox = open_outbox(folder)
    if outbox is None:
        return []
    try:
        entries = outbox.ledger()
    finally:
        outbox.close()
    return [
        (e.delivered_at.strftime("%Y-%m-%d %H:%M:%S"), e.event.name, e.event.uuid)
        for e in reversed(entries)
    ]


class LedgerModel(QtCore.QAbstractTableModel):
    def __init__(self, rows: Sequence[Row] = (), parent: Optional[QtCore.QObject] = None):
        super().__init__(parent)
        self._rows = list(rows)
        self._headers = (
            translate("Telemetry", "Sent at (UTC)"),
            translate("Telemetry", "Event"),
            translate("Telemetry", "Event id"),
        )

    def rowCount(self, parent: Any = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: Any = None) -> int:
        return 0 if parent is not None and parent.isValid() else 3

    def data(self, index: Any, role: int = QtCore.Qt.DisplayRole) -> Any:
        if role != QtCore.Qt.DisplayRole or not index.isValid():
            return None
        return self._rows[index.row()][index.column()]

    def headerData(self, section: int, orientation: Any, role: int = QtCore.Qt.DisplayRole) -> Any:
        if role == QtCore.Qt.DisplayRole and orientation == QtCore.Qt.Horizontal:
            return self._headers[section]
        return None

    def row(self, number: int) -> Row:
        return self._rows[number]
