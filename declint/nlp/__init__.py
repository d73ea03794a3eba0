"""The parse and the questions asked of it: loading the spaCy pipeline, negation and
conditions, word lists, the spelling lexicon, syllables and hyphenation."""
