"""Qt item models over the journal's records."""
