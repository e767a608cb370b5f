"""Getting events off the machine: the outbox (SQLite, shared by every process of a profile),
the sender (batches, consent asked before each) and the PostHog transport (the only module
that imports posthog). May import only the file primitives, events.py and network.py: the
consent check and the privacy filter are handed in as callables."""
