"""Dialogs for logging and editing records."""
