"""The parsed email that rules read: its parts, its parse, and word counts."""
