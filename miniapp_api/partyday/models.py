"""Tortoise models of the partyday domain."""
