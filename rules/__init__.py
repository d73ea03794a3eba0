"""declint's built-in rules, one concern per module, registered through entry points."""
