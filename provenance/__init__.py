"""provenance: what a republication changed, sentence by sentence, across languages.

Kept import-light: the heavy libraries load only when a model is first used.
"""

__version__ = "0.1.0"
