"""Rule ``company-mismatch``: the draft names one employer for the role it declines."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from declint.document.email import EmailDocument
from declint.ruleapi.base import Finding, Rule, RuleOptions
from declint.text.names import fold

from ._company_address import domain_names, organisation, recipient_domain
from ._company_data import (
    COMPANY_WORDS,
    DATA,
    PARENT_BODIES,
    PARENT_WORDS,
)
from ._company_letters import (
    agency_domain,
    applicant_line,
    domain_name_part,
    group_of,
    in_quote,
    quoted_organisations,
    replied_to,
    subject_names_address,
    subject_stray,
)
from ._company_ties import (
    Mention,
    employer_mentions,
    grouped,
    labelled_out,
    name_key,
    same,
)

if TYPE_CHECKING:
    pass


@dataclass(frozen=True)
class CompanyMismatchOptions(RuleOptions):
    #: Names that are never the employer: where a role is advertised ("the role at LinkedIn"),
    #: or a recruiting agency. Compared with the first word, case and accents folded.
    not_employers: tuple[str, ...] = tuple(DATA["not_employers"])


#: "in the group", "one of the group's other restaurants": the draft says there is a group.
_GROUP_SAID = re.compile(
    "|".join(
        rf"\b(?:in|of|across|within) the {re.escape(w)}\b|\bthe {re.escape(w)}['’]s\b" for w in sorted(PARENT_WORDS)
    )
)


def _declared(declared: str, key: str) -> bool:
    """Is the organisation named the one the front matter declares, written any way:
    "kessler antriebstechnik" for "Kessler", or by its initials?"""
    # A trade word both share ("analytics") says nothing of which firm it is.
    return same(declared, key) or any(
        len(w) >= 4 and w not in COMPANY_WORDS and w in declared.split() for w in key.split()
    )


def _likeliest(quoted: set[str]) -> str:
    """The quoted name to show: one ending in a company word ("sunraysia health") before a
    department read from a signature line ("graduate programs") or a bare address."""
    return min(quoted, key=lambda key: (key.split()[-1] not in COMPANY_WORDS, " " not in key, key))


def _parent_named(document: EmailDocument, domain: str) -> bool:
    """Does the draft name the body the address belongs to, and is it one that runs others
    (a board, a trust, a district): "rtessier@lakeshorehills.ca" and "the Lakeshore Hills
    District School Board"?"""
    # Every word, so a body written small after the name counts: "the Harbourview Health group".
    found = re.findall(r"[\w'’-]+", document.span_text(document.body))
    words = [fold(w) for w in found]
    for i in range(len(words)):
        if not found[i][:1].isupper():
            continue
        for j in range(i + 1, min(i + 4, len(words)) + 1):
            if "".join(words[i:j]).replace("'s", "") == domain and any(
                w in PARENT_BODIES for w in words[j : j + 4]
            ):
                return True
    return False


def _parent_and_brand(document: EmailDocument) -> bool:
    """Does the draft say the employer belongs to a group ("future kitchens in the group",
    "one of the group's other restaurants")? Then a group and its brand, "Harrow Hospitality
    Group" and "The Copper Pot", are one employer. Said in so many words only: many firms'
    own names end in "Group" or "Holdings"."""
    return _GROUP_SAID.search(fold(document.span_text(document.body))) is not None


def _one_by_address(groups: list[list[Mention]], domain: str) -> list[list[Mention]]:
    """Names the To: address holds are one employer: "Tasca" and "Porto" of "Tasca do Porto"
    at "tascadoporto.pt", split by the small word between them."""
    named = [g for g in groups if domain and domain_names(domain, g[0].key)]
    if len(named) < 2:
        return groups
    merged = [m for g in named for m in g]
    return [merged if g is named[0] else g for g in groups if not any(g is n for n in named[1:])]


class CompanyMismatch(Rule[CompanyMismatchOptions]):
    """Name one company as the employer you are declining.

    ## What it does
    Flags a draft that ties the role it declines to two different organisations: "the
    analyst role at Initech" in one paragraph and "the chance to join the team at Hooli"
    in another. It reads the phrases that tie an organisation to the role or the interview
    ("the X role at ACME", "interview with ACME", "the opportunity to join ACME", "ACME's
    hiring process", "the ACME interview", thanks to "everyone at ACME" or "to ACME for
    your time", the time "ACME has given my application", a greeting to "the
    ACME team", someone from ACME the sender spoke with, "the chance to teach at ACME",
    "another candidate for ACME", a wish to "the team at ACME"; one rare word before the
    role or its interview, "the Fernhill offer", when no dictionary knows it and it names
    no town: "the Polokwane interview" says where, and "the Sonographer role" what) and
    ignores organisations named otherwise, so "I have accepted an offer
    from Globex" or "I have decided to take a position at Globex" (the other employer)
    never count, nor does Globex anywhere else once it is named as the new or current
    employer. "Acme" and "Acme Inc." are one company, and so are a name and its initials;
    a unit of the employer ("Cedar Ward", "the Leeds office") and a job title in capitals
    are no organisation; a line under the sign-off that names the firm applied to
    ("Applicant, Copy Editor - Quillfield Press") counts, the sender's own employer in the
    signature does not; a brand and the group the draft says it belongs to ("future kitchens
    in the group") are one employer. It also compares the one employer named with the subject line,
    the invitation being answered, and a `To:` address that names an employer by its
    trade ("tarrantengineering.co.uk", "ballyroanbakeries.ie") or by a name the subject
    line gives too: the address's own name must be in the employer's, a shared trade word
    is not enough, and one school of a board
    at "valleyschools" is one of its schools. A template whose front matter declares its
    employer (`company:`, `employer:` or `organisation:`) has every other organisation
    named as the employer flagged.

    ## Why is this bad?
    The article's section "Writing a Polite and Professional Email" asks for proofreading
    to "eliminate typographical errors or miscommunications". A second company's name is a
    leftover from another template, and tells the reader the email was not written for
    them.

    ## Example
    ```text
    Dear Ms. Lee,

    Thank you for inviting me to interview for the analyst role at Initech. After much
    thought, I must decline the opportunity to join the data team at Hooli, as I have
    accepted another offer. I hope our paths cross again.

    Best regards,
    Jordan Avery
    ```

    Flags: "Hooli".

    ## Use instead
    ```text
    Dear Ms. Lee,

    Thank you for inviting me to interview for the analyst role at Initech. After much
    thought, I must decline, as I have accepted an offer from Hooli. I hope our paths
    cross again.

    Best regards,
    Jordan Avery
    ```

    ## Options
    - `not_employers` (list of strings): names that are never the employer, such as job
      boards ("the role at LinkedIn") or a recruiting agency; matched on the first word.

    ## Known problems
    Only organisations the parser reads as proper nouns in one of the tying phrases count;
    "your company" or an organisation named in a phrase the rule does not know is not
    compared, and a company name the parser splits oddly may be missed. An organisation
    only admired ("what Red Dirt Mining is doing on safety") is compared with the `To:`
    address alone, since drafts praise partners and clients too; the acronym of a
    different firm ("LUTH" for "LASUTH") is not recognised. When the `To:` address's
    domain names one of the two, the other is flagged; otherwise the later one is. A draft
    that really does decline two employers at once is flagged too.
    """

    id = "company-mismatch"
    category = "content"
    article_section = "Writing a Polite and Professional Email"
    reads_entities = False
    options_type = CompanyMismatchOptions

    def check(self, document: EmailDocument) -> Iterator[Finding]:
        not_employers = frozenset(fold(n) for n in self.options.not_employers)
        mentions = employer_mentions(document, not_employers)
        applied = applicant_line(document)
        if applied is not None and applied.key.split()[0] not in not_employers:
            # "Applicant, Graphic Designer role - Tessera Studio" under the sign-off: the firm
            # applied to, read after the body so the body's employer stays the first named.
            mentions = [*mentions, applied]
        domain = recipient_domain(document)
        # An organisation only admired or learned about is compared with the one written to,
        # never with other mentions: drafts speak well of partners, clients and conferences.
        groups = _one_by_address(grouped([m for m in mentions if not m.interest or m.owner]), domain)
        admired = [m for m in mentions if m.interest and not m.owner]
        # Who sent the invitation a reply quotes, read once: with no To: address, it is what
        # the one organisation named is compared with.
        quoted = quoted_organisations(document) if not domain and (groups or admired) else set()
        if not groups and admired and (domain or quoted):
            # Compared with the address written to, or with the invitation a reply quotes.
            groups = grouped(admired)
        company = document.header("Company")
        declared = name_key(company)
        undeclared = next((g for g in groups if declared and not _declared(declared, g[0].key)), None)
        if undeclared is not None:
            # Front matter that says whom the draft is for ("company: Kessler Antriebstechnik
            # GmbH") settles it: any other organisation named as the employer is a leftover.
            first = undeclared[0]
            yield self.finding(
                f'this names "{first.text}" as the employer, but the draft is for '
                f'"{company}": a leftover from another draft?',
                first.start,
                first.end,
                suggestion=f'Name "{company}" instead of "{first.text}".',
            )
            return
        stray_subject = subject_stray(document, groups, domain)
        if stray_subject is not None:
            name, start = stray_subject
            yield self.finding(
                f'the subject line names "{name}", but the email declines the role at "{groups[0][0].text}": '
                "a leftover from another draft?",
                start,
                start + len(name),
                suggestion=f'Name "{groups[0][0].text}" in the subject line too.',
            )
            return
        if len(groups) == 1 and not domain:
            # A reply names its employer once; the invitation it quotes, from another
            # organisation, never names that one: "the role at Castleford Mutual" above an
            # invitation signed "Verity Insurance PLC". (An agency's invitation names its
            # client, so a client named in the reply is found in the quote.)
            named = groups[0][0]
            if (
                quoted
                and not any(same(q, named.key) or domain_names(q, named.key) for q in quoted)
                and not in_quote(document, named.key)
                and (named is applied or not labelled_out(document, named))
            ):
                yield self.finding(
                    f'this names "{named.text}" as the employer, but the invitation you are answering '
                    f"comes from {_likeliest(quoted)}: a leftover from another draft?",
                    named.start,
                    named.end,
                    suggestion=f'Name the company that invited you instead of "{named.text}".',
                )
            return
        if len(groups) == 1 and domain and _parent_named(document, domain):
            # The address is a board's or a trust's the draft names ("the Lakeshore Hills
            # District School Board's schools"): the one named for the role is one of its own.
            return
        if len(groups) == 1 and domain:
            # One organisation admired or learned about, and it is not the one written to:
            # "I have enjoyed learning about Harbourline" in an email to kestrelhealth.com.
            # (Named only for the role, it may be an agency's client, so that is left alone.)
            stray = next((m for m in groups[0] if m.interest), None)
            # The address's own name: before a trade ("tarrantengineering"), or the whole of
            # it when the subject line names it too ("quillbyte.in", "Subject: ... Quillbyte
            # Analytics"); a bare address alone may be an agency's or a group's.
            own_name = domain_name_part(domain) or (domain if subject_names_address(document, domain) else "")
            if stray is None and own_name and not group_of(domain, groups[0][0].key) and not any(
                # A trade word both share ("brightwaterdental", "Parkside Dental Care") says
                # nothing of which firm it is: the domain's own name must be in it.
                domain_names(own_name, w)
                for w in (groups[0][0].key, *groups[0][0].key.split())
                if len(w) >= 4
            ):
                # The address is an employer's by its own name ("tarrantengineering"), not an
                # agency's, and shares no word with the one named for the role.
                stray = groups[0][0]
            if (
                stray is not None
                and not domain_names(domain, stray.key)
                and (stray is applied or not labelled_out(document, stray))
            ):
                yield self.finding(
                    f'this speaks of "{stray.text}" as the employer, but the email is to {domain}: '
                    "a leftover from another draft?",
                    stray.start,
                    stray.end,
                    suggestion=f'Name the company you are writing to instead of "{stray.text}".',
                )
            return
        if len(groups) < 2:
            return
        if len(groups) == 2 and _parent_and_brand(document):
            # "the Head Chef role at The Copper Pot ... the Harrow Hospitality Group's openings":
            # a group and one of its brands, which the draft says it is.
            return
        # The address a reply answers says who the sender writes to as well as a To:
        # address does (an agency's or a group's address often names no employer at all).
        answered = domain or organisation(replied_to(document))
        # The one the address names: the right employer, unless it is an agency (below).
        agency = next((g for g in groups if answered and domain_names(answered, g[0].key)), None)
        right = agency or groups[0]
        wrong = next(g for g in groups if g is not right)
        client = next((g for g in groups if g is not agency), None)
        if (
            len(groups) == 2
            and agency is not None
            and client is not None
            and (
                agency_domain(answered)
                # Spoken of only as the door left open ("work with Medacs again"), and not
                # named by a trade as firms are ("Kestrel Software").
                or (all(m.ahead for m in agency) and not any(w in COMPANY_WORDS for w in agency[0].key.split()))
            )
            and not all(m.ahead for m in client)
            # An address that names an employer by its trade ("westwindaviation",
            # "lakeshorehospital") is the employer's own, however the draft speaks of it.
            and not domain_name_part(answered)
        ):
            # Written to an agency ("work with Harbour Talent again", or an address at
            # "talentbridgerecruitment") about its client's role ("the interview with
            # Meridian Bank"): two names, one employer.
            return
        first = wrong[0]
        yield self.finding(
            f'this names "{first.text}" as the employer, but the email also names "{right[0].text}" '
            "for the role: a leftover from another draft?",
            first.start,
            first.end,
            suggestion=f'Name one company throughout; if you are writing to {right[0].text}, '
            f'replace "{first.text}".',
        )
