"""The one rule for every XML file the add-on reads (package.xml, user.cfg): no DOCTYPE.

Neither file ever needs a document type declaration, and every entity has to be declared in
one: refusing the DOCTYPE as it opens stops "billion laughs" and external entities before
anything expands. Standard library only; runs on whatever thread parses (the collectors'
background thread, the command line).
"""

from __future__ import annotations

from typing import Any, Optional
from xml.parsers import expat


class XmlRefused(Exception):
    """An XML file the add-on will not parse (a DOCTYPE or an entity declaration)."""


def _refuse(*_args: Any) -> None:
    raise XmlRefused("it declares a DOCTYPE or entities, which it never needs")


def refusing_parser(namespace_separator: Optional[str] = None) -> Any:
    """A fresh expat parser that raises XmlRefused at a DOCTYPE or entity declaration.

    Callers set their element and text handlers and feed it bytes, so that expat honours
    the BOM and the declared encoding itself.
    """
    if namespace_separator is None:
        parser = expat.ParserCreate()
    else:
        parser = expat.ParserCreate(namespace_separator=namespace_separator)
    parser.buffer_text = True
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse  # unreachable without a DOCTYPE; kept as a backstop
    return parser
