"""The `zhazba` command: one module per command group, plus the top-level parser (commands),
its exit codes and error handler (errors) and sign-in on the command line (signin)."""
