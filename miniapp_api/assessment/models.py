"""Tortoise models of the assessment domain."""
