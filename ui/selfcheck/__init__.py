"""The technician's self-check window, its PDF report and the secretary's pre-hearing check."""
