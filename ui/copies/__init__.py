"""Copies and documents from the window: export to a medium, the copy register, listening
sessions and the hearing's documents."""
