# SPDX-License-Identifier: LGPL-2.1-or-later
# FreeCAD runs this file on the GUI thread while the splash screen is up, with exec() in a
# scope where functions would not see these imports: keep it one import and one call.
# start_gui() only schedules work for later and never raises.
import freecad_telemetry

freecad_telemetry.start_gui()
