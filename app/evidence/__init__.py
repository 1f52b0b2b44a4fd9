"""Proving a hearing: verification of a sealed package or folder (BagIt, signature, trust,
signer binding, journal, audio damage, live anchors) and the one gate every copy passes."""
