"""The command line: the entry point, subcommands, eval, the progress bar and the console."""
