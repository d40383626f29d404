"""The assessment domain."""
