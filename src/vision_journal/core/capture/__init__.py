"""Capture: AI use found on the person's own computer, waiting in the inbox for review.

`known_tools` says which apps and domains are AI tools; `activitywatch_live` and `browsers`
read the sources; `inbox` files what they found (one session, one use) and confirms or
dismisses it; `sync` runs the sources the person opted into. See `docs/capture.md`.
"""
