"""``python -m workbench``: the same command line as the `workbench` script.

Only `workbench.cli.main` is imported here, as the script does: start-up stays
what bench/cli_startup.py measures for `workbench`.
"""

from workbench.cli import main

if __name__ == "__main__":
    main()
