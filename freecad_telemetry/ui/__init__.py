"""Everything Qt: the binding shim and the dialogs (imported only when a GUI is running)."""
