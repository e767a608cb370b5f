"""Getting events off the machine: outbox, sender, PostHog transport."""
