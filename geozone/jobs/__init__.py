"""The jobs: zone tables, coverage figures, context layers and the pipelines that write files."""
