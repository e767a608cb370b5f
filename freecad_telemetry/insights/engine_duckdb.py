"""Runs the questions offline: DuckDB over JSON Lines exports (PostHog's batch-export records
or the capture server's; ``.gz`` files too).

The files are read once, on the first query, into a table ``events``: uuid (UUID),
event, distinct_id, timestamp (a plain TIMESTAMP in UTC) and properties, a STRUCT with one
JSON member per property of fields.TABLE (others, such as posthog's ``$lib``, are not
kept). Parsing each event's properties once, into columns, is what keeps a question over a
million events to about a second; every question then aggregates that table in SQL. The
table lives in a database file in a temporary folder, so that DuckDB keeps it compressed and
spills to disk beyond MEMORY_LIMIT. Not thread-safe: one caller at a time. `close()` (or
leaving a `with` block) removes the folder.
"""

from __future__ import annotations

import shutil
import tempfile
import weakref
from pathlib import Path
from typing import Any, List, Optional, Sequence, Tuple

from freecad_telemetry.fields import TABLE
from freecad_telemetry.insights.dialects import DUCKDB, Dialect

MEMORY_LIMIT = "1GB"  # DuckDB's own buffers; the benchmark's ceiling is 2 GB for the process

# The timestamp becomes a plain TIMESTAMP in UTC through microseconds since the epoch, which
# no session time zone can shift (a text without an offset is read as UTC); a record without
# a readable one belongs to no period and is not kept. A uuid that is missing or malformed
# gets a fresh one: the event then counts once, as it must.
_LOAD = """
CREATE TABLE events AS
SELECT
  coalesce(TRY_CAST(uuid AS UUID), gen_random_uuid()) AS uuid,
  event,
  distinct_id,
  make_timestamp(epoch_us(TRY_CAST("timestamp" AS TIMESTAMPTZ))) AS "timestamp",
  properties
FROM read_json($paths, format = 'newline_delimited', compression = 'auto',
  columns = {uuid: 'VARCHAR', event: 'VARCHAR', distinct_id: 'VARCHAR',
             "timestamp": 'VARCHAR', properties: '%s'})
WHERE event IS NOT NULL AND distinct_id IS NOT NULL
  AND TRY_CAST("timestamp" AS TIMESTAMPTZ) IS NOT NULL
"""


def properties_type() -> str:
    """The STRUCT the properties are kept as: every property of the field table, as JSON."""
    names = sorted({f.prop for f in TABLE.fields})
    return "STRUCT(" + ", ".join(f'"{name}" JSON' for name in names) + ")"


class ExportUnreadable(RuntimeError):
    """An export DuckDB cannot read or a query it refuses: one line for the command line."""


class DuckDBEngine:
    """An Engine (dialects.Engine) over JSON Lines files."""

    def __init__(self, paths: Sequence[Path]) -> None:
        self.dialect: Dialect = DUCKDB
        self.paths = [Path(p) for p in paths]
        if not self.paths:
            raise ValueError("no JSON Lines file to read")
        missing = [str(p) for p in self.paths if not p.is_file()]
        if missing:
            raise ValueError(f"not a file: {', '.join(missing)}")
        self._connection: Any = None
        self._cleanup: Optional[weakref.finalize] = None
        self._folder: Optional[Path] = None

    def rows(self, sql: str) -> List[Tuple[Any, ...]]:
        """The rows of a rendered question (aggregated by DuckDB)."""
        import duckdb

        try:
            return [tuple(row) for row in self._connect().execute(sql).fetchall()]
        except duckdb.Error as exc:  # a malformed export or a refused query: one line
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ExportUnreadable(f"DuckDB: {first}") from None

    def close(self) -> None:
        """Close the database and remove its folder (also done at exit if forgotten)."""
        if self._cleanup is not None:
            self._cleanup()
        self._connection = self._cleanup = self._folder = None

    def __enter__(self) -> DuckDBEngine:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _connect(self) -> Any:
        """The connection, loading the files on first use (DuckDB is imported here only)."""
        if self._connection is not None:
            return self._connection
        import duckdb

        folder = Path(tempfile.mkdtemp(prefix="insights-duckdb-"))
        holder: List[Any] = []  # the connection, for the clean-up to close first
        self._cleanup = weakref.finalize(self, _remove, holder, folder)
        self._folder = folder
        try:
            holder.append(
                duckdb.connect(
                    str(folder / "events.duckdb"),
                    config={
                        "memory_limit": MEMORY_LIMIT,
                        "temp_directory": str(folder / "spill"),
                        "preserve_insertion_order": False,  # loads without keeping order
                    },
                )
            )
            _utc_days(holder[0])
            holder[0].execute(_LOAD % properties_type(), {"paths": [str(p) for p in self.paths]})
        except Exception:
            self.close()
            raise
        self._connection = holder[0]
        return self._connection


def _remove(holder: List[Any], folder: Path) -> None:
    for connection in holder:
        connection.close()
    shutil.rmtree(folder, ignore_errors=True)


def _utc_days(connection: Any) -> None:
    """A timestamp without an offset is UTC. Without DuckDB's ICU extension (not always
    there) every TIMESTAMPTZ is UTC already; with it, the session's zone must be set."""
    import duckdb

    try:
        connection.execute("SET TimeZone = 'UTC'")
    except duckdb.Error:
        pass  # no ICU: nothing to set
