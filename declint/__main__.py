import sys

from declint.cli.launch import main

if __name__ == "__main__":  # worker processes may import this module; only a run executes it
    sys.exit(main())
