"""freecad-telemetry: the opt-in telemetry add-on for FreeCAD.

Importing this package does nothing but define the version: FreeCAD imports it from
the add-on's InitGui.py while the splash screen is up, so it must stay free of side
effects and of heavy imports.
"""

__version__ = "0.1.0"
