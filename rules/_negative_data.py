"""Knowledge of rule ``negative-remarks``, from ``negative_remarks.toml`` beside it: the word
classes and spaCy patterns its reasoning reads. Read once, when the rule is first used."""
from __future__ import annotations

from declint.document.moves import Move
from declint.nlp.idioms import idioms_from
from declint.ruleapi.data import rule_data
from declint.text.vocabulary import vocabulary

DATA = rule_data("negative_remarks")

# What the employer owns: criticising any of these is criticising them.
TARGETS = frozenset(DATA["targets"])
#: What a sender calls "the" that is the sender's life, not the employer's: "the commute".
SENDERS_THINGS = frozenset(DATA["senders_things"])
#: Modals of a guess or a fear, not a report: "the drive might fail me in winter".
GUESSING = frozenset(DATA["guessing"])
#: Emphatic adverbs that turn a lukewarm word into a sting: "certainly cosy".
EMPHATIC = frozenset(DATA["emphatic"])
#: Words of lukewarm praise, which an emphatic adverb makes backhanded: "cosy", "lively".
LUKEWARM = frozenset(DATA["lukewarm"])
#: Degree words of a concession: "if a little preoccupied", "if somewhat chaotic".
QUALIFIERS = frozenset(DATA["qualifiers"])
#: Single words of a reservation in an assurance: "I'm sure it will get fixed eventually".
RESERVATIONS = frozenset(DATA["reservations"])
TROUBLES = frozenset(DATA["troubles"])
#: Words an assurance praises a burden with, beside the lexicon's kind words: "very doable".
BURDEN_PRAISE = frozenset(DATA["burden_praise"])
#: Counts large enough to be a burden, in words: "sixty-hour weeks", "a seventh round".
BURDEN_COUNTS = frozenset(DATA["burden_counts"])
#: Words that name a kind of thing before a noun, not a verdict on it: "sick pay".
CLASSIFIERS = frozenset(DATA["classifiers"])
#: Words of how much of a meeting attention was elsewhere: "the whole time".
THROUGH = frozenset(DATA["through"])
#: Posts one person holds at a time: "four heads of section in five years" is turnover.
SINGLE_POSTS = frozenset(DATA["single_posts"])
#: Beginners, whose pay set level with theirs makes it a beginner's: "what freshers draw".
JUNIORS = frozenset(DATA["juniors"])
#: Multiples one amount may be of another: "nearly double the figure you shared".
MULTIPLES = frozenset(DATA["multiples"])
#: Words that set one amount level with another: "roughly what", "about what".
LEVEL_WITH = frozenset(DATA["level_with"])
#: Nouns of a person by no role: "the man who interviewed me".
PERSONS = frozenset(DATA["persons"])
#: What someone does who runs part of the hiring: "the man who interviewed me".
HIRING_ACTS = frozenset(DATA["hiring_acts"])
#: What makes "who ...?" a question asked of nobody: "who would say yes to that?".
MOCK_ASKING = frozenset(DATA["mock_asking"])
#: Verbs of a real question about who does what: "who will lead the team?", "who knows".
REAL_ASKING_VERBS = frozenset(DATA["real_asking_verbs"])
#: Words that end what an "I'm sure" assures: "I'm sure it is thorough, but ...".
ASSURANCE_ENDS = frozenset(DATA["assurance_ends"])
#: Verbs of putting a failing right, in the condition on an assurance: "once it stops leaking".
MENDING = frozenset(DATA["mending"])
# Evaluative words that criticise whatever they describe.
HARSH = frozenset(DATA["harsh"])
#: Verbs that put a verdict first and what it is of after: "Chaotic is the word for the
#: day", "Underpaid is how your staff described themselves".
VERDICT_FRAMES = frozenset(DATA["verdict_frames"])
#: Verbs of what the sender met or went through: its object is still theirs.
MET = frozenset(DATA["met"])
#: What the sender is looking for, which makes a sentence about fit: "what I am looking for".
FIT_SEEKING = frozenset(DATA["fit_seeking"])
#: What the sender wants, which ranks no one: "I want a more established organisation".
WANTING = frozenset(DATA["wanting"])
#: How briefly predecessors stayed: "stayed under six months".
BRIEFLY = frozenset(DATA["briefly"])
#: Endings of words for a good quality, denied after candour: "did not look roadworthy".
QUALITY_ENDINGS = tuple(DATA["quality_endings"])
#: Verbs of a problem put right: "the broken link was fixed once I flagged it".
PUT_RIGHT = frozenset(DATA["put_right"])
#: What the sender does with a workplace that makes it the sender's: "the firm I have
#: joined", "the firm I'm leaving", "the practice I work for".
OWN_PLACES_VERBS = frozenset(DATA["own_places_verbs"])
#: The sender's home, from which distance is a matter of fit: "far from my flat".
HOMES = frozenset(DATA["homes"])
#: What is possible for the sender, denied: "the commute would not be practical".
FIT_DENIED = frozenset(DATA["fit_denied"])
#: Verbs of their asking for work: "I was asked to deliver a morning of unpaid lessons".
ASKING = frozenset(DATA["asking"])
#: Verbs of a sum told on the day: "the figure you mentioned was £41,500".
TOLD_SUMS = frozenset(DATA["told_sums"])
#: The sender's unease about something of theirs, after a word of candour: "To be frank, I
#: came away uneasy about a dispensary running on one pharmacist".
UNEASY = frozenset(DATA["uneasy"])
OWN_NERVES = frozenset(DATA["own_nerves"])
#: Going on with the process: "continuing the conversation might not be the best use of
#: your time" is the sender stepping back, not advice.
GOING_ON = frozenset(DATA["going_on"])
#: Verbs of a reply arriving: "no reply to my reminders ever came".
ARRIVING = frozenset(DATA["arriving"])
#: Candidates to come, whom advice to the employer is for: "future", "subsequent".
ADVICE_LATER = frozenset(DATA["advice_later"])
#: What the sender, in hindsight, would not have done: "I would not have applied".
REGRETTED_ACTS = frozenset(DATA["regretted_acts"])
#: How soon people leave a place of theirs: "drivers don't last long at your depot".
SOON = frozenset(DATA["soon"])
#: Their people a candidate calls "mine": "my interviewer arrived twenty minutes late".
ASSIGNED = frozenset(DATA["assigned"])
#: What a workplace is like as a kind, turned down: "not a culture I would want to lead".
PLACES_TO_WORK = frozenset(DATA["places_to_work"])
#: Holding a post, in a relative clause naming predecessors: "the people who held this post".
HOLDING = frozenset(DATA["holding"])
HELD_POSTS = frozenset(DATA["held_posts"])
# What they hold for candidates, which may start late: "the interview started an hour late".
HELD_EVENTS = frozenset(DATA["held_events"])
ROSTERS = frozenset(DATA["rosters"])
# A holder's place in a line that says the post keeps emptying: "the fourth person in the post".
LATER_PLACES = frozenset(DATA["later_places"])
# Counts that make a change a pattern: "four different managers since January".
MANY = frozenset(DATA["many"])
# Endings of the trades people hold a post in: "architects", "coordinators", "therapists".
HOLDER_ENDINGS = tuple(DATA["holder_endings"])
# Mild words that criticise only when pushed: "too low", "very long", "insultingly low".
MILD = frozenset(DATA["mild"])
PAY = frozenset(DATA["pay"])
NORMS = frozenset(DATA["norms"])
# Verbs through which the sender learns what the employer did: "disappointed to hear that".
LEARN = frozenset(DATA["learn"])
PUSH = frozenset(DATA["push"])
BADLY = frozenset(DATA["badly"])
# Praise that, negated, criticises: "your team was not very welcoming".
PRAISE = frozenset(DATA["praise"])
# Verbs whose doer, if it is the employer, is being accused.
ACCUSE = frozenset(DATA["accuse"])
# Nouns that, said of the employer's things, are a verdict: "the process was a mess".
VERDICT_NOUNS = frozenset(DATA["verdict_nouns"])
# The sender's feelings about what the employer did: "I was disappointed to hear that ...".
UPSET = frozenset(DATA["upset"])
# Feelings that are worry rather than reproach, unless news of them prompted it.
WEAK_UPSET = frozenset(DATA["weak_upset"])
# Better than them: "a better school", "a more reputable firm".
BETTER = frozenset(DATA["better"])
ORGANISATIONS = vocabulary().employer_nouns
PEOPLE = frozenset(DATA["people"])
OTHER = frozenset(DATA["other"])
DUTIES = frozenset(DATA["duties"])
MISTREAT = frozenset(DATA["mistreat"])
DONE_WITH: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in DATA["done_with"].items()}
SUPPORT_VERBS = frozenset(DATA["support_verbs"])
PAYING = frozenset(DATA["paying"])
SHORTFALL = frozenset(DATA["shortfall"])
FAIR = frozenset(DATA["fair"])
MESSAGES = frozenset(DATA["messages"])
RECOMMEND = frozenset(DATA["recommend"])
NOBODY = frozenset(DATA["nobody"])
WILLING = frozenset(DATA["willing"])
STAND_INS = frozenset(DATA["stand_ins"])
WON_OVER = frozenset(DATA["won_over"])
INFORMED = frozenset(DATA["informed"])
WISH_ADJECTIVES = frozenset(DATA["wish_adjectives"])
CONSENT_VERBS = frozenset(DATA["consent_verbs"])
UNANSWERED = frozenset(DATA["answers"])
# Verbs of getting what they owed: "I have not had a reply", "never received any".
GOT = frozenset(DATA["got"])
UNPAID = frozenset(DATA["unpaid"])
ASKED_WORK = frozenset(DATA["asked_work"])
BROKEN = frozenset(DATA["broken"])
PLACES = frozenset(DATA["places"])
UPKEEP = frozenset(DATA["upkeep"])
AMENITIES = frozenset(DATA["amenities"])
DISTRACTIONS = frozenset(DATA["distractions"])
MEETINGS = frozenset(DATA["meetings"])
THEIR_PEOPLE = frozenset(DATA["their_people"])
CHANGES = frozenset(DATA["changes"])
PAPERS = frozenset(DATA["papers"])
ATTENTION = frozenset(DATA["attention"])
TITLES = frozenset(DATA["titles"])
PRIVATE_QUESTIONS = frozenset(DATA["private_questions"])
DELIVERED = frozenset(DATA["delivered"])
ARRIVALS = frozenset(DATA["arrivals"])
# What a wait on them is for, or where it is: "to hear", "in reception".
WAITED_FOR = frozenset(DATA["waited_for"])
# What a hindsight wish may ask for: "I would have appreciated a reply".
ANSWERS = frozenset(DATA["wished_answers"])
FIT_WORDS = frozenset(DATA["fit_words"])
EXPECTING = frozenset(DATA["expecting"])
ROLES_AS_FIT = frozenset(DATA["roles_as_fit"])
NOT_VERDICTS = frozenset(DATA["not_verdicts"])
FIT_NOUNS = frozenset(DATA["fit_nouns"])
EVIDENCE_ADVERBS = frozenset(DATA["evidence_adverbs"])
FIT_OWNERS = frozenset(DATA["fit_owners"])
FAINT_MARKERS = tuple(tuple(m.split()) for m in DATA["faint_markers"])
LACKING = frozenset(DATA["lacking"])
REACTIONS = frozenset(DATA["reactions"])
REACTION_VERBS = frozenset(DATA["reaction_verbs"])
OVERLOOK = frozenset(DATA["overlook"])
TOLD = frozenset(DATA["told"])
CLASHES = frozenset(DATA["clashes"])
EXCUSES = frozenset(DATA["excuses"])
ARRANGED = frozenset(DATA["arranged"])
HEARSAY_SOURCES = frozenset(DATA["hearsay_sources"])
REPORT_VERBS = frozenset(DATA["report_verbs"])
ACQUAINTANCES = frozenset(DATA["acquaintances"])
TELLING_OWED = frozenset(DATA["telling_owed"])
EARLIER = frozenset(DATA["earlier"])
SAYING = frozenset(DATA["saying"])
OTHERS = frozenset(DATA["others"])
ANYONE = frozenset(DATA["anyone"])
RHETORICAL_PEOPLE = frozenset(DATA["rhetorical_people"])
RHETORICAL_DOUBT = frozenset(DATA["rhetorical_doubt"])
FOUND_OUT = frozenset(DATA["found_out"])
RHETORICAL_DUTY = frozenset(DATA["rhetorical_duty"])
RHETORICAL_NORMS = frozenset(DATA["rhetorical_norms"])
ANSWERING_VERBS = frozenset(DATA["answering_verbs"])
PREDECESSORS = frozenset(DATA["predecessors"])
LEAVING_VERBS = frozenset(DATA["leaving_verbs"])
POOR_PREMISES = frozenset(DATA["poor_premises"])
MILD_PREMISES = frozenset(DATA["mild_premises"])
STILL_ON = frozenset(DATA["still_on"])
SLOW_VERBS = frozenset(DATA["slow_verbs"])
LONG_UNITS = frozenset(DATA["long_units"])
TELLING_VERBS = frozenset(DATA["telling_verbs"])
WRITTEN = frozenset(DATA["written"])
CLAIMS = frozenset(DATA["claims"])
#: Tellers with no name, an account only beside another: "someone mentioned".
UNNAMED_TELLERS = frozenset(DATA["unnamed_tellers"])
#: Verbs of one account disagreeing with another, denied or not: "did not match".
CLASH_VERBS = frozenset(DATA["clash_verbs"])
#: Nouns for what someone of theirs said: "the feedback", "the answers I got".
ACCOUNTS = frozenset(DATA["accounts"])
CALLBACKS = frozenset(DATA["callbacks"])
REPLYING = frozenset(DATA["replying"])
SLOW_THINGS = frozenset(DATA["slow_things"])
PEERS = frozenset(DATA["peers"])
IF_ONLY = frozenset(DATA["if_only"])
DEMANDS = frozenset(DATA["demands"])
TOKEN_REWARDS = frozenset(DATA["token_rewards"])
BEHIND = frozenset(DATA["behind"])
YARDSTICKS = frozenset(DATA["yardsticks"])
ANSWERING = frozenset(DATA["answering"])
RUDE_VERBS = frozenset(DATA["rude_verbs"])
RUDE_WITH: dict[str, tuple[tuple[str, ...], ...]] = {
    k: tuple(tuple(p.split()) for p in v) for k, v in DATA["rude_with"].items()
}
EMPLOYER_ACTS = frozenset(DATA["employer_acts"])
ANNOUNCED = frozenset(DATA["announced"])
# Candour markers ("frankly", "to put it kindly") and hearsay ("former staff", "word is"),
# as spaCy patterns beside this file.
IDIOMS = idioms_from(DATA.get("idiom", []))
# Moves whose sentences are kind by design: their praise, thanks and wishes are no verdict.
KIND_MOVES = (Move.THANKS, Move.PRAISE, Move.SYMPATHY, Move.DOOR_OPENED, Move.WELL_WISHES)
THEIR_ROLES = frozenset(DATA["their_roles"])
IMPRESSIONS = frozenset(DATA["impressions"])
ADVICE_PEOPLE = frozenset(DATA["advice_people"])
