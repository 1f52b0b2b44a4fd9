"""The station catalog (one SQLite file): hearings and their state, the copy register and
self-check history, the schema's migrations and the rebuild from disk."""
