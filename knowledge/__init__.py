"""The regulation knowledge base."""
