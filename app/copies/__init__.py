"""Copies that leave the station: the case-file copy on a medium, the participant's copy,
the medium itself (open, format, write, read back), the copy register and its calendar,
listening sessions and the log of every write."""
