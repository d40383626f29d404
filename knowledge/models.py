"""Tortoise models of the knowledge base."""
