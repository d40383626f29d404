"""The mini-program and admin-console API, one package per domain."""
