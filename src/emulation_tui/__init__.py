"""emulation_tui: the bloc lead's terminal UI, built on emulation_core."""
