"""The command line (``python -m freecad_telemetry``): the parser (main.py), one module per
group of commands and the output helpers. Runs in its own process, or in FreeCAD's Python
console. An entry point: it may import any feature; only ``__main__`` imports it."""
