"""``python -m kg``: the same command line as the ``kg`` script (for environments without it)."""

from kg.cli import main

if __name__ == "__main__":
    main()
