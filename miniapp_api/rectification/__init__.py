"""The rectification domain."""
