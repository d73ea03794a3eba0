"""What every stage shares: findings and severities, character spans, the source text, exit codes."""
