"""What is collected and how it is drafted: one collector per event (addons.py and
addon_scan.py, freecad_version.py, preferences.py, system_info.py), the drafts of a start
(drafts.py), the reports of earlier unclean shutdowns (earlier_sessions.py), the change-only
record of the state events (snapshots.py), the frozen copy of the host they read
(host_copy.py) and the preview built with the sender's own code (preview.py,
on_the_wire.py). May import the tables, the host interface, the state folder, privacy/ and
delivery/ (the preview builds requests with the sender's transport); not ui/, consent's
question or the entry points.

Collectors may return more than the field table allows (the table filters at the boundary)
but never raise for odd input: FreeCAD must start whatever is on disk.
"""
