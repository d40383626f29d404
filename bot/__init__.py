"""The regulation chatbot."""
