"""The signing layer, free of Qt: the hash-chained journal, the signing key, CAdES signatures and
the sealed package (BagIt) with its checks."""
