"""The add-on's state folder, shared by every process of a FreeCAD profile: its file names
and lock (folder.py), the anonymous install id (install_id.py), the per-session sentinels
(sessions.py, with session_record.py) and how a process is told apart from a later one
with the same pid (process_identity.py). May import the file primitives and events.py;
nothing above (consent, delivery, collect, ui, the entry points)."""
