"""Knowledge of rule ``oversharing``, from ``oversharing.toml`` beside it: the word classes
its reasoning reads (kin, body parts, procedures, offences, faiths, losses ...)."""
from __future__ import annotations

from declint.ruleapi.data import rule_data
from declint.text.vocabulary import vocabulary

_DATA = rule_data("oversharing")
# The vocabulary of each kind of private detail, as lemmas (or lower-case forms).
CATEGORIES: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _DATA["categories"].items()}
FAMILY = frozenset(_DATA["family"])
# Words private only as names of things: "a work permit", not "permit me".
NOUN_ONLY = frozenset(_DATA["noun_only"])
KIN_NAMES = frozenset(_DATA["kin_names"])
PHRASAL: dict[str, str] = dict(_DATA["phrasal"])
PARTICLES = frozenset(key.split()[1] for key in PHRASAL)
JOB_TIMES = frozenset(_DATA["job_times"])
FIELD_VERBS = frozenset(_DATA["field_verbs"])
DUE_WORDS = frozenset(_DATA["due_words"])
MONTHS = vocabulary().month_names
WEEKDAYS = frozenset(day.lower() for day in vocabulary().weekdays)
# Words that date an event: "my uncle passed on Sunday", "in the spring".
TIMES = frozenset(_DATA["times"])
# The sender, and the household speaking with them ("we are expecting a baby").
SELF = vocabulary().first_person
# A detail hanging off one of these is about the job, not the sender: "the surgery ward".
WORK_NOUNS = frozenset(_DATA["work_nouns"])
#: What a conversation is about is its topic, not the sender's body: "our conversation
#: about fracture follow-up", "we discussed sepsis pathways".
TOPIC_HEADS = frozenset(_DATA["topic_heads"])
#: People the sender works for: "bankruptcy petitions for creditors", "advise clients".
SERVED = frozenset(_DATA["served"])
#: Endings of words for a trade's practitioner: pharmacist, clerk, usher, barrister, verger.
TRADE_ENDINGS = tuple(_DATA["trade_endings"])
# Verbs of the sender's care or work with people, with their preposition: "look after".
CARE_VERBS = frozenset(_DATA["care_verbs"])
#: A person's part in a private matter, never a trade: "the defendant in a civil lawsuit".
PARTIES = frozenset(_DATA["parties"])
#: Words that end an institution's name: "Southwark Crown Court", "Mercy Hospital".
INSTITUTION_ENDS = frozenset(_DATA["institution_ends"])
# Terms that are private only in a narrow sense, checked by ``narrow_sense``.
NARROW = frozenset(_DATA["narrow"])
INSTITUTIONS = frozenset(_DATA["institutions"])
ADVISERS = frozenset(_DATA["advisers"])
PRACTITIONERS = frozenset(_DATA["practitioners"])
PRACTICE_VERBS = frozenset(_DATA["practice_verbs"])
BODY_PARTS = frozenset(_DATA["body_parts"])
PROCEDURES = frozenset(_DATA["procedures"])
AILMENTS = frozenset(_DATA["ailments"])
INJURIES = frozenset(_DATA["injuries"])
FACULTIES = frozenset(_DATA["faculties"])
DECLINES = frozenset(_DATA["declines"])
WORSE = frozenset(_DATA["worse_words"])
OFFENCES = frozenset(_DATA["offences"])
LEGAL_MATTERS = frozenset(_DATA["legal_matters"])
COURT_ORDERS = frozenset(_DATA["court_orders"])
VICES = frozenset(_DATA["vices"])
ADHERENTS = frozenset(_DATA["adherents"])
CLERGY = frozenset(_DATA["clergy"])
WARDS = frozenset(_DATA["wards"])
LOSSES: dict[str, str] = dict(_DATA["losses"])
# "her", "his", "their" may point back to kin the sentence names: "my wife ... her chemo".
THIRD_PERSON = frozenset(("her", "his", "their"))
# Nouns that keep a private modifier private: "cancer treatment", "maternity leave".
PRIVATE_HEADS = frozenset(_DATA["private_heads"])
# "our second", "our third": a child named by its place in the family.
ORDINALS = frozenset(_DATA["ordinals"])
ASKING_VERBS = frozenset(_DATA["asking_verbs"])
TELLER_WORDS: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _DATA["teller_words"].items()}
