"""From paths to results: config, discovery, the linter, the run, cache, baseline, workers.
The engine never prints."""
