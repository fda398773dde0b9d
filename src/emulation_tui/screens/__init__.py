"""The UI's screens, one module per role; dialogs are small modal screens."""
