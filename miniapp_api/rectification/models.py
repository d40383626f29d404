"""Tortoise models of the rectification domain."""
