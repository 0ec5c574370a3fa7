"""What the cover letter says."""

from collections import Counter

from testimony.bundle.content import (
    VICTIM_FULL_NAME,
    VICTIM_INITIALS,
    VICTIM_PSEUDONYM,
    BundleContent,
)
from testimony.bundle.documents.blocks import Block, _bullet, _heading, _para
from testimony.bundle.documents.statistics import (
    SummaryTally,
    _listing,
    _period_text,
    summary_statistics,
)
from testimony.bundle.documents.text import _long_date, _paragraphs

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
    name, as that victim consented." """
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
        return f"All {total} alleged victims are named {phrase}{consented}."
    (first_phrase, first_count), *rest = counts
    verb = "names" if first_count == 1 else "name"
    parts = [f"{first_count} {verb} the alleged victim {first_phrase}"]
    parts += [f"{count} {phrase}" for phrase, count in rest]
    listed = ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"Of the {total} cases, {listed}{consented}."


def _cover_letter_blocks(content: BundleContent, tally: SummaryTally | None = None) -> list[Block]:
    petition = content.petition
    stats = tally.statistics() if tally else summary_statistics(content.cases)
    total = stats["testimonies"]
    salutation = (
        "Dear Special Rapporteur,"
        if "rapporteur" in petition.mandate.lower()
        else "Dear Sir or Madam,"
    )
    countries, sectors = stats["countries"], stats["sectors"]
    scope = (
        f"This submission concerns {'one case' if total == 1 else f'{total} cases'} of forced "
        f"labour, each documented "
        f"by an interview with a witness. They took place in {len(countries)} "
        f"{'country' if len(countries) == 1 else 'countries'} ({_listing(countries)}), "
        f"in {len(sectors)} {'sector' if len(sectors) == 1 else 'sectors'} "
        f"({_listing(sectors)}), over {_period_text(stats['years'])}."
    )
    codes = tally.case_codes if tally else [case.case_code for case in content.cases]
    naming = tally.naming if tally else Counter(case.victim_naming for case in content.cases)
    case_codes = ", ".join(codes) or "none"
    blocks = [
        _para(petition.organisation),
        _para(_long_date(petition.date)),
        _para("\n".join(part for part in (petition.mandate, petition.mandate_address) if part)),
        _para(petition.title, lead="Subject: "),
        _para(salutation),
    ]
    blocks += [_para(part) for part in _paragraphs(petition.summary)]
    blocks += [
        _para(scope),
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
    blocks += [
        _para("Yours faithfully,"),
        _para(petition.organisation),
        _para(petition.contact, lead="Contact (confidential): "),
    ]
    return blocks
