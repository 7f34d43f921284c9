"""The `guichet` command line: parses a command, calls the core's use cases, prints the result.

An outer shell beside ``ui`` (the window) and ``reports`` (documents): it imports ``desktop``
and ``reports``; ``desktop`` never imports it. ``cli.main`` holds the parser and the one
dispatch, ``cli.output`` the one writer, ``cli.passwords`` the one password reader; every
other module is one subject's commands.
"""
