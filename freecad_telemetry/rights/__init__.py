"""The user's data rights: a copy of what PostHog holds (copy.py), its removal (removal.py)
and forgetting everything kept on this computer (forget.py). Any thread, no Qt. May import
the tables, the state folder, host/, delivery/ and network.py; not ui/ or the entry points."""
