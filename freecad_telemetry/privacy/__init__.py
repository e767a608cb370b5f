"""No personal data: the send-time filter against the field table (send_filter.py) and what
looks personal in any script (personal_data.py; personal_names.py: this machine's names).
Plain Python, any thread. May import the field table only."""
