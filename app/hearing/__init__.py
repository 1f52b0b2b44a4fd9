"""A hearing being recorded: its details and their schema, the session that wires folder,
journal and engine, recovery after a crash, the court's time zone, a hearing not recorded,
simulated sources, the free-disk watch and the live mirror."""
