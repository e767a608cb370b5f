"""The FreeCAD boundary: one interface (base.Host), three implementations."""
