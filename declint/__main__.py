import sys

from declint.cli import main

sys.exit(main())
