"""One module per screen: a page controller that owns its layout and gets the journal."""
