"""Tortoise models of the evaluation domain."""
