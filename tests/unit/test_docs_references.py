"""Every fact the code cites from docs/ is there: a comment naming `docs/<file>.md` (and a
section, `§2` or `B7`) points at a file of this repository and a heading in it."""

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CITATION = re.compile(r"docs/([\w.-]+\.md)((?:[ ,(]+(?:§\d+|B\d+(?:-B\d+)?))*)")


def citations():
    for folder in ("freecad_telemetry", "tests", "bench"):
        for path in sorted((REPO / folder).rglob("*.py")):
            text = path.read_text(encoding="utf-8")
            for match in CITATION.finditer(text):
                yield (
                    path.relative_to(REPO),
                    match.group(1),
                    re.findall(r"§\d+|B\d+", match.group(2)),
                )


def test_the_code_cites_the_docs_and_every_citation_resolves():
    found = list(citations())
    assert len(found) >= 10  # the scan sees the comments
    for where, name, sections in found:
        document = REPO / "docs" / name
        assert document.is_file(), f"{where} cites docs/{name}, which is not in the repository"
        headings = re.findall(r"^#+ (§\d+|B\d+)\b", document.read_text(encoding="utf-8"), re.M)
        for section in sections:
            assert section in headings, f"{where} cites docs/{name} {section}: no such heading"
