"""Collectors: one per event, each turning host facts into that event's properties.

They may return more than the field table allows (the table filters at the boundary) but
never raise for odd input: FreeCAD must start whatever is on disk.
"""
