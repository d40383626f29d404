"""Tortoise models of the bot."""
