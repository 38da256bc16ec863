"""Domain operations over the store. No Qt here: the GUI and the CLI both call these."""
