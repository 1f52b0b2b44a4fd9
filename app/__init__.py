"""Zhazba's application layer: one package per capability (hearing, evidence, anchoring, archive,
catalog, copies, accounts, review, selfcheck, documents, cli), with :mod:`app.station` the
composition root; the one place that wires audio/ and signing/ (docs/ARCHITECTURE.md)."""

__version__ = "0.1.0"
