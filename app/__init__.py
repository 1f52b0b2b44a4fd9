"""Zhazba's application layer: hearing model, session, recovery, verification, documents, export,
archive, catalog, accounts and the command line; the one place that wires audio/ and signing/."""

__version__ = "0.1.0"
