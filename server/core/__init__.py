"""Shared kernel: settings, keys, errors, HTTP helpers and auth; imports nothing else of ours."""
