"""python -m knowledge → the knowledge-base command line."""

from knowledge.cli import main

raise SystemExit(main())
