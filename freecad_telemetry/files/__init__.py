"""File primitives, standard library only: atomic writes and bounded reads (atomic.py),
advisory locks (lock.py) and an XML parser that refuses document type declarations
(safe_xml.py). The bottom layer: imports nothing of the add-on, so the host boundary and
the state folder both build on it."""
