"""``python -m cli``: the same as the installed ``guichet`` command."""

from cli.main import main

raise SystemExit(main())
