"""Tortoise models of the learning domain."""
