"""Everything Qt: the binding shim (qt.py, the only module that imports a Qt binding), the
consent dialog, the preferences page and the data-rights dialogs. Imported only where a GUI
runs, on its GUI thread. May import any feature below it; nothing but the entry points and
lifecycle.py imports it."""
