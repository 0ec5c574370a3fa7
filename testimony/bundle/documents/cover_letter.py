"""What the cover letter says: the organisation's letterhead, the mandate, the scope of the
cases (countries counted from every posting), the States concerned, the patterns across cases
(companies and state bodies several testimonies name), how the victims are named, what is
confidential, what is enclosed, and the signature block of the Organisation record."""

from collections import Counter

from testimony.bundle.content import (
    VICTIM_FULL_NAME,
    VICTIM_INITIALS,
    VICTIM_PSEUDONYM,
    BundleContent,
    PetitionRelease,
)
from testimony.bundle.documents.blocks import Block, _bullet, _heading, _para
from testimony.bundle.documents.statistics import (
    SummaryTally,
    _listing,
    _period_text,
)
from testimony.bundle.documents.text import (
    _listing_words,
    _long_date,
    _paragraphs,
    count_words,
)

# How each kind of naming reads in the cover letter, in the order it is listed.
_NAMED_BY = (
    (VICTIM_PSEUDONYM, "by pseudonym only"),
    (VICTIM_INITIALS, "by initials"),
    (VICTIM_FULL_NAME, "by full name"),
    ("", "as their consent allows"),
)


def naming_statement(naming: Counter[str], total: int) -> str:
    """The cover letter's sentence on how the victims are named, counted from their consents:
    "Of the 12 cases, 10 name the alleged victim by pseudonym only, 1 by initials and 1 by full
    name, as that victim consented."; below ten, counts are words ("Both alleged victims ...",
    "Of the three cases, one names ...")."""
    counts = [(phrase, naming[kind]) for kind, phrase in _NAMED_BY if naming[kind]]
    full = naming[VICTIM_FULL_NAME]
    consented = ""
    if full:
        consented = ", as that victim consented" if full == 1 else ", as those victims consented"
    if not counts:
        return "No alleged victim is named."
    if len(counts) == 1:
        phrase = counts[0][0]
        if total == 1:
            return f"The alleged victim is named {phrase}{', as they consented' if full else ''}."
        every = "Both" if total == 2 else f"All {count_words(total)}"
        return f"{every} alleged victims are named {phrase}{consented}."

    # One style in one sentence: words when every count is below ten, else figures.
    def number(count: int) -> str:
        return count_words(count) if total < 10 else str(count)

    (first_phrase, first_count), *rest = counts
    verb = "names" if first_count == 1 else "name"
    parts = [f"{number(first_count)} {verb} the alleged victim {first_phrase}"]
    parts += [f"{number(count)} {phrase}" for phrase, count in rest]
    listed = ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"Of the {number(total)} cases, {listed}{consented}."


def _when(years: dict) -> str:
    """ "from 2011 to 2016", "in 2015", or "in an unstated period": the scope's last words."""
    text = _period_text(years)
    if years["first"] is None:
        return f"in {text}"
    return f"in {text}" if years["first"] == years["last"] else f"from {text}"


def _letterhead(petition: PetitionRelease) -> list[Block]:
    """The organisation's name, postal address and how to reach it, as a letter starts."""
    lines = [petition.organisation, *petition.organisation_address.splitlines()]
    reach = [
        f"{label}: {value.strip()}"
        for label, value in (
            ("E-mail", petition.organisation_email),
            ("Phone", petition.organisation_phone),
        )
        if value.strip()
    ]
    if reach:
        lines.append(" · ".join(reach))
    return [_para("\n".join(line.strip() for line in lines if line.strip()))]


def _states_blocks(tally: SummaryTally) -> list[Block]:
    blocks = [_heading("States concerned")]
    for relation, names in tally.states_concerned():
        if not names:
            continue
        if relation == "sending":
            blocks.append(_bullet(_listing_words(names), lead="Sending State: "))
        else:
            lead = "Receiving State: " if len(names) == 1 else "Receiving States: "
            blocks.append(_bullet(_listing_words(names), lead=lead))
    return blocks


def _pattern_blocks(tally: SummaryTally) -> list[Block]:
    """Companies, state bodies and sites that two or more of the cases name in the same role.
    Entities only: a person (a minder, a supervisor) is never counted across cases."""
    patterns = tally.entity_patterns(minimum=2)
    if not patterns:
        return []
    blocks = [_heading("Patterns across the cases")]
    blocks += [
        _bullet(f"{pattern.sentence()[:-1]} ({', '.join(pattern.case_codes)}).")
        for pattern in patterns
    ]
    return blocks


def _signature(petition: PetitionRelease) -> list[Block]:
    lines = [petition.signatory_name, petition.signatory_title, petition.organisation]
    return [
        _para("Yours faithfully,"),
        _para("\n".join(line.strip() for line in lines if line.strip())),
    ]


def _cover_letter_blocks(content: BundleContent, tally: SummaryTally | None = None) -> list[Block]:
    petition = content.petition
    if tally is None:
        tally = SummaryTally()
        for case in content.cases:
            tally.add(case)
    stats = tally.statistics()
    total = stats["testimonies"]
    salutation = (
        "Dear Special Rapporteur,"
        if "rapporteur" in petition.mandate.lower()
        else "Dear Sir or Madam,"
    )
    countries, sectors = stats["countries"], stats["sectors"]
    several = sum(item["count"] for item in countries) > total
    scope = (
        f"This submission concerns {'one case' if total == 1 else f'{count_words(total)} cases'} "
        f"of forced labour, each documented "
        f"by an interview with a witness. They took place in {count_words(len(countries))} "
        f"{'country' if len(countries) == 1 else 'countries'} ({_listing(countries)}"
        f"{'; a case with postings in several countries counts in each' if several else ''}), "
        f"in {count_words(len(sectors))} {'sector' if len(sectors) == 1 else 'sectors'} "
        f"({_listing(sectors)}), {_when(stats['years'])}."
    )
    codes = tally.case_codes
    naming = tally.naming
    case_codes = ", ".join(codes) or "none"
    blocks = [
        *_letterhead(petition),
        _para(_long_date(petition.date)),
        _para("\n".join(part for part in (petition.mandate, petition.mandate_address) if part)),
        _para(petition.title, lead="Subject: "),
        _para(salutation),
    ]
    blocks += [_para(part) for part in _paragraphs(petition.summary)]
    blocks += [_para(scope), *_states_blocks(tally), *_pattern_blocks(tally)]
    blocks += [
        _para(
            f"{naming_statement(naming, total)} No victim is named more fully than they "
            "consented to, and none whose family may remain in North Korea by full name. Each "
            "enclosed submission holds only what its witness agreed to release, and the "
            "statements have been anonymized."
        ),
        _heading("Confidentiality"),
    ]
    blocks += [_para(part) for part in _paragraphs(petition.confidentiality)]
    blocks += [
        _para(
            "We understand that the United Nations keeps the identity of the submitting "
            "organisation and of its sources confidential, and we ask that it do so."
        ),
        _heading("Enclosed"),
        _bullet("cover_letter.pdf and cover_letter.docx, this letter;", lead="Cover letter: "),
        _bullet(
            f"cases/, one PDF and one DOCX per case, named by case code and laid out like the "
            f"mandate's submission form ({case_codes});",
            lead="Submissions: ",
        ),
        _bullet(
            "summary.pdf, the cross-case pattern: countries, sectors, years, indicators of forced "
            "labour, wages, hours and days off;",
            lead="Summary: ",
        ),
        _bullet("data/, the released fields as CSV, XLSX and JSON with a JSON Schema;", "Data: "),
        _bullet(
            "manifest.json with the SHA-256 of every file, its signature manifest.json.sig and "
            "the public key to check it, so that any alteration can be detected; README.txt "
            "says how.",
            lead="Manifest: ",
        ),
    ]
    if content.signing_key_fingerprint:
        blocks += [
            _para(
                "The manifest is signed with our Ed25519 key. Its fingerprint (the SHA-256 of "
                f"the public key) is {content.signing_key_fingerprint}. A bundle whose key has "
                "another fingerprint was not signed by us, or was altered after we signed it.",
                lead="Signing key: ",
            )
        ]
    blocks += _signature(petition)
    if petition.contact.strip():
        blocks.append(_para(petition.contact, lead="Contact (confidential): "))
    return blocks
