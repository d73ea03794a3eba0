"""Rule ``negative-remarks``: no criticism of the company, the role, the pay or the people."""
from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from declint.document.email import EmailDocument
from declint.document.moves import moves_of
from declint.nlp.present import tokens_in
from declint.ruleapi.base import Finding, Rule, RuleOptions

from ._negative_conduct import (
    conduct_criticism,
)
from ._negative_data import (
    KIND_MOVES,
    TARGETS,
)
from ._negative_irony import ironic
from ._negative_sentences import (
    excused,
    has_verdict,
    sentence_criticism,
)
from ._negative_words import (
    criticism,
)


@dataclass(frozen=True)
class NegativeRemarksOptions(RuleOptions):
    #: More words for the employer and what is theirs ("trust", "practice", "studio"):
    #: criticism of these is criticism of them. Set once for every rule in
    #: ``[tool.declint.vocabulary] employer-terms``.
    employer_terms: tuple[str, ...] = ()


class NegativeRemarks(Rule[NegativeRemarksOptions]):
    """Keep criticism of the employer out of the decline.

    ## What it does
    Flags remarks that criticise the company, the role, the pay, the people, the culture or
    the hiring process: a harsh evaluative word said of something of theirs ("the salary
    you offered is insultingly low", "your interview process was disorganised", "I heard
    the culture is toxic"), praise negated ("your recruiter was not very professional"),
    accusations ("your recruiter ignored my emails"), verdicts ("the process was a mess"),
    the sender's upset at what they did ("I was disappointed to learn that the offer
    would depend on relocating"), and comparisons that rank them lower ("a better firm").
    It also reads the whole sentence for criticism with no harsh word: a marker of candour,
    hearsay or a verdict about something of theirs ("frankly, the rate would barely cover my
    fuel", "former staff describe ...", "patchy at best"), a hindsight wish ("it would have been
    helpful to know", "if the role had been as advertised", "I wish the advert had said so"), a
    harsh verdict passed with "which" on what they did ("nobody answered my emails, which I
    found impolite"), the sender's dismay or unease at a fact of theirs ("I found it odd that
    none of the panel had read my CV", "..., which gave me pause", "did not sit right with me"),
    a failing pointed out ("I couldn't help noticing that the fire door was propped open"), a
    rhetorical question ("how is anyone meant to plan around that?"), advice on how to treat
    future candidates ("you may want to tell applicants ..."), others ranked above them ("unlike
    the other practices", "their process was far quicker than this one"), their pay set behind
    the market ("most crews up there pay more"), a junior's or their own advert or
    level with a beginner's, and their conduct told as plain fact (follow-ups never answered, an
    interviewer (or "the man who interviewed me") on a laptop or talking over the sender, the
    interview started late, the date moved four times or the rota most weeks, work asked for
    without pay (", unpaid," after whatever the work is), kit out of order, premises cluttered,
    predecessors who did not stay or came and went ("five matrons in three years"), accounts
    that did not agree, weeks of silence, something of theirs doing a plainly bad thing, the
    sender treated in a plainly bad manner: "I was spoken to dismissively"). Sarcasm and faint
    praise count too: an emphatic word on a lukewarm one ("the kitchen was certainly cosy"), an
    assurance with a sting ("I'm sure it works on the days it stays online", "I'm sure fifty
    calls an hour is very doable", "I'm sure it will be lovely once someone fixes the roof"),
    praise taken back ("friendly, if not always accurate"), praise that says nothing ("which I
    suppose is something", "at least the parking was free", "nice enough", "certainly one way to
    meet the team"), a pause before the verdict ("the facilities were... fine"), their own
    praise in quotation marks ("the "competitive" salary") and a mocking question ("who wouldn't
    want to work every weekend for that?", "who books interviews for six on a Sunday?"). The
    parse decides what is being judged: "the commute would be long for me" is about the sender,
    "my current salary is low" and "my current team" are the sender's, and "another firm" is not
    theirs.

    ## Why is this bad?
    The article's "Keeping the Door Open for Future Opportunities" asks for reasons "that
    are not related to any negative perceptions about the company". Criticism burns the
    bridge the rest of the email is trying to keep.

    ## Example
    ```text
    Dear Mr. Haddad,

    Thank you for the invitation to a final interview. I must decline: frankly, the salary
    you offered is insultingly low and your interview process was disorganised.

    Kind regards,
    Ines Moreau
    ```

    Flags: "insultingly low" (one finding for the sentence, which holds both judgements).

    ## Use instead
    ```text
    Dear Mr. Haddad,

    Thank you for the invitation to a final interview. I must decline, as the role is not
    the right match for what I am looking for at this point.

    Kind regards,
    Ines Moreau
    ```

    ## Options
    - `employer_terms` (list of strings, default empty): more words for the employer and
      what is theirs ("practice", "ward", "studio"): criticism of these counts however they
      are named ("rehearsals ran late"; a thing called "the ..." counts already). Usually set
      for every rule in `[tool.declint.vocabulary] employer-terms`.

    ## Known problems
    Sarcasm without one of the markers above ("good luck finding someone who will do three
    jobs for one salary") and criticism told as a fact of a kind it does not know are
    missed: on new wordings it finds about two thirds of what a reviewer would call
    criticism. Mild words such as "low" or
    "long" count only when pushed ("too low", "very long"), so a plain "the salary is lower
    than I need" passes.
    """

    id = "negative-remarks"
    version = 3
    category = "tone"
    article_section = "Keeping the Door Open for Future Opportunities"
    reads_entities = False
    options_type = NegativeRemarksOptions

    def check(self, document: EmailDocument) -> Iterator[Finding]:
        targets = TARGETS | {w.lower() for w in self.options.employer_terms}
        kind = {m.index for m in moves_of(document) if any(m.has(move) for move in KIND_MOVES)}
        for index, sent in enumerate(document.sentences()):
            if excused(sent):
                continue
            reasons = itertools.chain(
                (criticism(token, targets) for token in tokens_in(sent)),
                # Kind moves ("it would have been nice to be told") still carry these.
                (conduct_criticism(sent, targets),),
                (ironic(sent, targets),),
                () if index in kind and not has_verdict(sent) else (sentence_criticism(sent, targets),),
            )
            for why in reasons:
                if why is None:
                    continue
                yield self.finding(
                    f"this {why}; give a neutral reason that is about you, not about them",
                    sent.start_char,
                    sent.end_char,
                    suggestion='Say why it does not suit you, e.g. "the role is not the right '
                    'fit for my plans."',
                )
                break
