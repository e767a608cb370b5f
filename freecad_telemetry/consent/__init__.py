"""The consent decision (decision.py), asking for it (question.py), where it is kept
(store.py), what may be sent now (gate.py, asked before every batch) and the environment's
opt-outs (environment.py). May import the tables, the state folder, privacy/, delivery/,
collect/drafts.py and rights/ (a removed id is never sent again); not ui/ or the entry points."""
