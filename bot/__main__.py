"""python -m bot → the chatbot command line."""

from bot.cli import main

raise SystemExit(main())
