"""Knowledge of rule ``company-mismatch``, from ``company_mismatch.toml`` beside it: the
words that tie an organisation to the role, and the words that show a name is not one."""
from __future__ import annotations

from typing import TYPE_CHECKING

from declint.ruleapi.data import rule_data
from declint.text.vocabulary import vocabulary

if TYPE_CHECKING:
    pass


DATA = rule_data("company_mismatch")
# Nouns for the thing being declined: "the analyst role at ACME", "ACME's hiring process".
ROLE_NOUNS = frozenset(DATA["role_nouns"])
# Verbs that tie an org to the interview directly: "to interview with ACME".
MEETING_VERBS = frozenset(DATA["meeting_verbs"])
# Verbs of moving on: "I have accepted a position at Globex" names the other employer.
MOVING_ON = frozenset(DATA["moving_on_verbs"])
# Nouns that put a moving-on verb inside the invitation: "the opportunity to join ACME".
INVITATION_NOUNS = frozenset(DATA["invitation_nouns"])
#: What an employer sends to invite: "the invitation from Quayside Events" (never "an offer
#: from", which names the next employer).
INVITING = frozenset(DATA["inviting"])
INVITATION_VERBS = frozenset(DATA["invitation_verbs"])
# Verbs of a wish or a return that name the employer: "wish ACME well", "apply to ACME again".
WISH_VERBS = frozenset(DATA["wish_verbs"])
RETURN_VERBS = frozenset(DATA["return_verbs"])
# The sender's own job, past or next: "my current role at Globex", "a new position at Globex".
OWN_JOB_MODIFIERS = frozenset(DATA["own_job_modifiers"])
# The sender's own job ("my current role", "our team") is never the employer declined.
JOB_NOUNS = vocabulary().job_nouns | {"team"}
CAREER_STAGES = frozenset(DATA["career_stages"])
SUFFIXES = vocabulary().company_suffixes | {"the", "'s"}
# Words that end a company's name, in a quoted invitation's signature.
COMPANY_WORDS = vocabulary().company_suffixes | frozenset(DATA["company_words"])
INTEREST_NOUNS = frozenset(DATA["interest_nouns"])
EMPLOYER_PARTS = frozenset(DATA["employer_parts"])
ASPIRATIONS = frozenset(DATA["aspirations"])
JOINING_VERBS = frozenset(DATA["joining_verbs"])
GREETING_GROUPS = frozenset(DATA["greeting_groups"])
GREETING_DEPARTMENTS = frozenset(DATA["greeting_departments"])
OWN_EMPLOYER_NOUNS = frozenset(DATA["own_employer_nouns"])
HOPING = frozenset(DATA["hoping"])
UNIT_WORDS = frozenset(DATA["unit_words"])
#: Parts of a university named "X of Y": "the School of Nursing", "the College of Medicine".
SCHOOL_UNITS = frozenset(DATA["school_units"])
#: First words of professional bodies named "X College / Institute of Y".
BODY_PREFIXES = frozenset(DATA["body_prefixes"])
#: Last words of a place's name: "the team at Canary Wharf" says where.
STREET_WORDS = frozenset(DATA["street_words"])
EMPLOYER_PLACES = frozenset(DATA["employer_places"])
JOB_TITLES = frozenset(DATA["job_titles"])
#: What the sender does with their own work: "lead the programme", "finish the project".
OWN_WORK = frozenset(DATA["own_work"])
OWNED_NOUNS = frozenset(DATA["owned_nouns"])
# Verbs and words of their having considered the sender, and who there did it.
CONSIDER_VERBS = frozenset(DATA["consider_verbs"])
GRATEFUL = frozenset(DATA["grateful"])
THEIR_STAFF = frozenset(DATA["their_staff"])
# Working beside their people: "I hope to work alongside the X team one day".
WORKING_WITH = frozenset(DATA["working_with"])
CONSIDERATION_NOUNS = frozenset(DATA["consideration_nouns"])
GIVEN_NOUNS = frozenset(DATA["given_nouns"])
GIVING_VERBS = frozenset(DATA["giving_verbs"])
PARTITIVE_NOUNS = frozenset(DATA["partitive_nouns"])
AGENCY_WORDS = frozenset(DATA["agency_words"])
EVENT_WORDS = frozenset(DATA["event_words"])
# The sender's own application to an employer: "my candidacy for Northfield Logistics".
APPLYING_NOUNS = frozenset(DATA["applying_nouns"])
THANKING = frozenset(DATA["thanking"])
# Verbs of a role appearing somewhere: "if a post comes up at Harlow".
OPENING_VERBS = frozenset(DATA["opening_verbs"])
# Who a wish may be for, at an organisation: "I wish everyone at St. Kieran's the best".
EVERYONE = frozenset(DATA["everyone"])
LEARNING_VERBS = frozenset(DATA["learning_verbs"])
ANONYMOUS_DOMAINS = frozenset(DATA["anonymous_domains"])
NOT_ORGS = frozenset({"PERSON", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY"})
#: The label of every word in the counting pass, which reads no entities: unknown, so
#: anything may be an organisation ("" is a word the recogniser read as no entity).
UNREAD = "?"
#: What a new employer's team does for the sender: "the team at Globex made me an offer".
WELCOMING_VERBS = frozenset(DATA["welcoming_verbs"])
#: What a new employer gives the sender: "made me an offer", "gave me the post".
OFFERED_THINGS = frozenset(DATA["offered_things"])
#: Nouns of a wish: "Best of luck to everyone at X".
WISH_NOUNS = frozenset(DATA["wish_nouns"])
#: Days and places of the hiring, and what happens there: "the X assessment day".
HIRING_EVENTS = frozenset(DATA["hiring_events"])
HIRING_STAGES = frozenset(DATA["hiring_stages"])
#: How rare (Zipf frequency) one word of a greeted name must be for it to be a firm's name
#: rather than a department's ("Oakridge" 2.1, "Kingsway" 2.4; "Sales" 5.0, "Dental" 4.1).
RARE_NAME = 3.0
#: The employer's search, which the sender leaves it to: "X will find the right person".
SEARCH_VERBS = frozenset(DATA["search_verbs"])
SOUGHT = frozenset(DATA["sought"])
FILL_VERBS = frozenset(DATA["fill_verbs"])
#: Admiring what an employer does: "I have always admired the standards at X".
ADMIRING = frozenset(DATA["admiring"])
#: Verbs of moving on that a particle turns to something else: "work out the drive".
NOT_MOVING = frozenset(DATA["not_moving"])
#: What a firm is admired for giving its people: "the way X trains its staff", "the care X gives its clients".
MANNER_NOUNS = frozenset(DATA["manner_nouns"])
#: Bodies that run other employers: a school board, an NHS trust, a health district.
PARENT_BODIES = frozenset(DATA["parent_bodies"])
#: Talking with someone there: "speaking with Dana from X", "my chat with Dana from X".
TALKING = frozenset(DATA["talking"])
#: What an employer is said to be: "X seems a wonderful place to work".
WORKPLACES = frozenset(DATA["workplaces"])
#: Doing the job somewhere: "the chance to teach at X", "I currently nurse at Y".
WORKING = frozenset(DATA["working"])
#: Who a firm interviews: "another candidate for X".
CANDIDATES = frozenset(DATA["candidates"])
#: What one rare word before it names as a firm: "the Fernhill offer", "the Castell role".
LONE_NAMED = frozenset(DATA["lone_named"])
#: Endings of agent nouns, which name a job when written in capitals: "the Sonographer role".
AGENT_ENDINGS = tuple(DATA["agent_endings"])
#: Words for a group of businesses, which owns the brand a draft names for the role:
#: "Harrow Hospitality Group" and "The Copper Pot" are one employer.
PARENT_WORDS = frozenset(DATA["parent_words"])
#: Words that open a greeting rather than name anyone in it.
GREETING_OPENERS = frozenset(w for g in vocabulary().greetings for w in g.split())

#: The kinds of place a group named by a plural trade runs ("riverbendschools" runs "Maple
#: Grove Elementary").
GROUP_KINDS: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in DATA["group_kinds"].items()}
