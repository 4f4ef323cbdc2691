"""Who said what: one small real-looking example for every construction the stage reads."""

from __future__ import annotations

from typing import Any

import pytest

from newsledger.analysis import analyze
from newsledger.model import Article, Caption, Quote
from newsledger.stages.attribution import extract_quotes


@pytest.fixture(scope="module")
def read(nlp: Any) -> Any:
    def quotes(text: str, captions: tuple[str, ...] = ()) -> tuple[Quote, ...]:
        article = Article(text=text, captions=tuple(Caption(text=c) for c in captions))
        return extract_quotes(analyze(nlp, article))

    return quotes


def only(quotes: tuple[Quote, ...], content_starts: str) -> Quote:
    found = [q for q in quotes if q.text.startswith(content_starts)]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


# --- direct quotes -------------------------------------------------------------------------


def test_direct_quote_with_inverted_cue_in_single_marks(read: Any) -> None:
    text = "'It's definitely a turning point, but it doesn't mean Russia has lost,' said Ben Barry, a senior fellow."
    q = only(read(text), "It's definitely")
    assert q.kind == "direct"
    assert q.text == "It's definitely a turning point, but it doesn't mean Russia has lost"
    assert (q.speaker.name, q.speaker.text, q.speaker.description) == (
        "Ben Barry",
        "Ben Barry",
        "a senior fellow",
    )
    assert q.cue is not None and (q.cue.text, q.cue.stance) == ("said", "neutral")


def test_direct_quote_in_curly_double_marks_with_pronoun_speaker(read: Any) -> None:
    text = (
        "Yaroslav Yanushevych spoke in Kherson on Friday.\n\n"
        "“When Russia truly wants peace, we will feel it,” he said."
    )
    q = only(read(text), "When Russia")
    assert q.speaker.name == "Yaroslav Yanushevych"
    assert (q.speaker.text, q.speaker.resolution) == ("he", "coreference")


def test_quote_split_by_its_attribution_keeps_both_pieces(read: Any) -> None:
    text = '"If you have even a portion of those people displaced," he said, "you now have refugee crises."'
    (q,) = read(text)
    assert [text[p.start : p.end] for p in q.content_spans] == [
        "If you have even a portion of those people displaced",
        "you now have refugee crises.",
    ]
    assert q.cue is not None and q.cue.text == "said"


def test_colon_cue_before_a_quote(read: Any) -> None:
    text = "Zelensky added: 'It is only the Kremlin who is not tired of the war.'"
    (q,) = read(text)
    assert q.kind == "direct"
    assert q.text == "It is only the Kremlin who is not tired of the war."
    assert q.speaker.name == "Zelensky" and q.cue is not None and q.cue.text == "added"


def test_quote_over_several_paragraphs_is_one_quote(read: Any) -> None:
    text = (
        "Caddell continued:\n\n"
        '"The health issue overall is very much a partisan issue.\n\n'
        '"It was later revealed to be pneumonia, and voters noticed."'
    )
    (q,) = read(text)
    assert len(q.content_spans) == 2
    assert q.speaker.name == "Caddell" and q.cue is not None and q.cue.text == "continued"


def test_quoted_paragraph_with_no_cue_continues_the_speaker_before(read: Any) -> None:
    text = (
        "In Zaporizhzhia, 54-year-old Larysa, who had fled Kherson, said she could not reach family.\n\n"
        "'We tried contacting them but there was no connection.'"
    )
    q = only(read(text), "We tried")
    assert (q.speaker.name, q.speaker.resolution, q.cue) == ("Larysa", "continuation", None)


def test_scare_quotes_and_titles_are_no_quotes(read: Any) -> None:
    text = "The retreat left Moscow with a 'special military operation' and a film called 'The Return'."
    assert read(text) == ()


def test_attributed_scare_quote_makes_a_mixed_quote(read: Any) -> None:
    text = "Mykhailo Podolyak said Russia wanted to turn Kherson into a 'city of death'."
    (q,) = read(text)
    assert q.kind == "mixed"
    assert q.text == "Russia wanted to turn Kherson into a 'city of death'"


# --- indirect speech -----------------------------------------------------------------------


def test_reported_speech_with_that(read: Any) -> None:
    (q,) = read("Kremlin spokesman Dmitry Peskov insisted today that Kherson remains part of Russia.")
    assert q.kind == "indirect" and q.text == "Kherson remains part of Russia"
    assert (q.speaker.name, q.speaker.description) == ("Dmitry Peskov", "Kremlin spokesman")
    assert q.cue is not None and (q.cue.text, q.cue.stance) == ("insisted", "insist")


def test_reported_speech_before_its_cue(read: Any) -> None:
    (q,) = read("In return, Putin would avoid criminal charges over the war, Professor Solovey claimed.")
    assert q.text == "In return, Putin would avoid criminal charges over the war"
    assert (q.speaker.text, q.cue and q.cue.stance) == ("Professor Solovey", "claim")


def test_according_to_names_the_source_and_its_kind(read: Any) -> None:
    (q,) = read("The war has killed or wounded some 100,000 Russian soldiers, according to a U.S. estimate.")
    assert q.text == "The war has killed or wounded some 100,000 Russian soldiers"
    assert (q.speaker.name, q.speaker.text) == ("United States", "a U.S. estimate")
    assert q.cue is not None and (q.cue.text, q.cue.stance) == ("according to", "estimate")


@pytest.mark.parametrize(
    ("text", "cue", "stance", "content"),
    [
        ("Western sources warned that the move did not mean all was done.", "warned", "warn", "the move"),
        ("He added that the talks would resume next week.", "added", "neutral", "the talks"),
        ("The minister told reporters that the city was calm.", "told", "neutral", "the city"),
        ("The Kremlin denied that its troops had fled.", "denied", "deny", "its troops"),
        ("Russia claimed it had completed the retreat.", "claimed", "claim", "it had"),
    ],
)
def test_reported_speech_verbs_and_their_stance(
    read: Any, text: str, cue: str, stance: str, content: str
) -> None:
    (q,) = read(text)
    assert q.cue is not None and (q.cue.text, q.cue.stance) == (cue, stance)
    assert q.text.startswith(content)


def test_a_news_outlet_reporting(read: Any) -> None:
    (q,) = read("American diplomats see the winter lull as an opportunity for talks, NBC reported yesterday.")
    assert q.speaker.name == "NBC" and q.cue is not None and q.cue.stance == "report"


def test_is_said_to_has_no_source_and_hedges_it(read: Any) -> None:
    (q,) = read("Peace talks are something the US is said to be quietly pressing for.")
    assert q.text == "to be quietly pressing for"
    assert (q.speaker.name, q.speaker.named, q.speaker.resolution) == (None, False, "none")
    assert [h.text for h in q.hedges] == ["is said to"]


def test_a_report_in_a_newspaper_speaks_for_the_newspaper(read: Any) -> None:
    (q,) = read("However, a conflicting report in the New York Times said that talks are unlikely.")
    assert q.speaker.name == "New York Times"
    assert q.speaker.text == "a conflicting report in the New York Times"


def test_writing_on_telegram_the_governor_said(read: Any) -> None:
    text = (
        "The region's governor, Yaroslav Yanushevych, writing on the Telegram messaging app, "
        "said Russian troops had damaged power lines."
    )
    (q,) = read(text)
    assert q.text == "Russian troops had damaged power lines"
    assert (q.speaker.name, q.speaker.description) == ("Yaroslav Yanushevych", "The region's governor")


def test_a_participle_after_a_quote_is_said_by_the_same_speaker(read: Any) -> None:
    text = (
        "'This is a subject of the Russian Federation,' Peskov said, insisting that Putin had 'no regrets'."
    )
    insisting = only(read(text), "Putin had")
    assert insisting.speaker.text == "Peskov" and insisting.kind == "mixed"
    assert insisting.cue is not None and insisting.cue.stance == "insist"


def test_calling_for_a_return(read: Any) -> None:
    text = (
        "Russia has been calling for a return to the negotiating table in recent days while there have "
        "been suggestions that Washington is quietly leaning on Kyiv to do the same."
    )
    calling, suggestions = read(text)
    assert calling.text == "a return to the negotiating table"
    assert calling.cue is not None and calling.cue.text == "has been calling for"
    assert suggestions.text == "Washington is quietly leaning on Kyiv to do the same"
    assert (suggestions.speaker.name, suggestions.cue and suggestions.cue.stance) == (None, "claim")
    assert [h.text for h in suggestions.hedges] == ["there have been suggestions that"]


# --- speakers ------------------------------------------------------------------------------


def test_short_names_and_pronouns_resolve_to_the_canonical_full_name(read: Any) -> None:
    text = (
        "Ukrainian forces liberated 41 settlements, President Volodymyr Zelenskiy said.\n\n"
        "Sappers were going into areas retaken from Russian forces, he said.\n\n"
        "The south remained to be de-mined, Zelensky said.\n\n"
        "President Zelensky said the onus is on the Russian side."
    )
    quotes = read(text)
    assert [q.speaker.name for q in quotes] == ["Volodymyr Zelensky"] * 4  # spelled as most often
    assert [q.speaker.resolution for q in quotes] == ["name", "coreference", "name", "name"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Western officials said they do not expect an offensive soon.", "Western officials"),
        ("Russia is facing 'huge losses' in Kherson, an expert has warned.", "an expert"),
        ("The guns had fallen silent, residents said on Friday.", "residents"),
    ],
)
def test_unnamed_sources_are_kept_as_such(read: Any, text: str, speaker: str) -> None:
    (q,) = read(text)
    assert (q.speaker.name, q.speaker.named) == (speaker, False)


def test_an_expert_named_in_the_next_sentence_is_that_expert(read: Any) -> None:
    text = (
        "Putin has been offered surrender terms by the West, a respected Russian policy expert revealed today.\n\n"
        "Professor Valery Solovey, formerly at Moscow's institute, said the deal would see Russia give up land."
    )
    first = only(read(text), "Putin has")
    assert (first.speaker.name, first.speaker.resolution) == ("Valery Solovey", "coreference")
    assert first.speaker.text == "a respected Russian policy expert"


def test_who_claims_is_a_quote_and_a_source_hedge(read: Any) -> None:
    text = (
        "Professor Valery Solovey, who claims to have connections in the Kremlin, said the terms were agreed."
    )
    quotes = read(text)
    claim = only(quotes, "to have connections")
    assert (claim.speaker.name, claim.speaker.text) == ("Valery Solovey", "who")
    said = only(quotes, "the terms")
    assert [(h.text, h.kind) for h in said.hedges] == [
        ("who claims to have connections in the Kremlin", "source")
    ]


def test_conditional_sentences_carry_on_reported_speech(read: Any) -> None:
    text = (
        "Solovey said the terms of the deal would mean Russia giving up the Kherson region. "
        "Crimea would remain a part of Russia but would be demilitarized.\n\n"
        "A demilitarized zone would be created along the borders."
    )
    carried = [q for q in read(text) if q.speaker.resolution == "continuation"]
    assert [q.text for q in carried] == [
        "Crimea would remain a part of Russia but would be demilitarized",
        "A demilitarized zone would be created along the borders",
    ]
    assert {q.speaker.name for q in carried} == {"Solovey"}


# --- hedges, captions, labelled speech -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("Guarantees would likely include a defence pact, Solovey claimed.", "would likely"),
        ("The bridge had reportedly been destroyed overnight, officials said.", "reportedly"),
        ("The bridge appears to have been destroyed, officials said.", "appears to"),
    ],
)
def test_content_hedges_are_kept_with_their_span(read: Any, text: str, hedge: str) -> None:
    (q,) = read(text)
    (found,) = [h for h in q.hedges if h.kind == "content"]
    assert found.text == hedge and text[found.span.start : found.span.end] == hedge


def test_is_thought_to_is_an_estimate_with_no_source(read: Any) -> None:
    (q,) = read("Russia is now thought to have taken up defensive positions on the eastern bank.")
    assert q.cue is not None and (q.cue.text, q.cue.stance) == ("is now thought", "estimate")
    assert [h.text for h in q.hedges] == ["is now thought to"]


def test_caption_quotes_point_at_their_caption(read: Any) -> None:
    caption = "Ukrainian troops advance as Russia said it was retreating"
    (q,) = read("Kyiv's men liberated the village.", (caption,))
    assert q.caption == 0 and q.text == "it was retreating" and q.speaker.name == "Russia"


def test_transcript_turns_are_quotes_of_the_name_in_capitals(read: Any) -> None:
    text = '"WALLACE: Will she be there tomorrow night?\n\n"PENCE: She will not be attending the debate."'
    quotes = read(text)
    assert [(q.speaker.text, q.cue and q.cue.text) for q in quotes] == [("WALLACE", ":"), ("PENCE", ":")]


def test_a_quote_signed_with_a_dash(read: Any) -> None:
    text = (
        "“He represents our greatest shame.” ― Sonya Herridge\n“Maybe we can build a wall.” ― Steve Quinlan"
    )
    quotes = read(text)
    assert [q.speaker.name for q in quotes] == ["Sonya Herridge", "Steve Quinlan"]
    assert all(q.cue is not None and q.cue.text == "―" for q in quotes)


def test_a_capital_as_speaker_is_its_government(read: Any) -> None:
    (q,) = read("Kyiv has already said it plans to take the peninsula back.")
    assert (q.speaker.name, q.speaker.text) == ("Ukraine", "Kyiv")


def test_a_clause_interrupted_by_its_cue_is_one_content(read: Any) -> None:
    text = "Climate change, Mr. Obama often says, is the greatest long-term threat facing the world."
    (q,) = read(text)
    assert [text[p.start : p.end] for p in q.content_spans] == [
        "Climate change",
        "is the greatest long-term threat facing the world",
    ]
    assert q.cue is not None and q.cue.text == "often says"


def test_an_unquoted_paragraph_after_a_colon_is_what_was_said(read: Any) -> None:
    text = "The governor added:\n\nIt's typical of Hillary Clinton. She knows nothing.\n\nThe race goes on."
    (q,) = read(text)
    assert (q.kind, q.text, q.speaker.text) == (
        "direct",
        "It's typical of Hillary Clinton. She knows nothing.",
        "The governor",
    )


def test_the_speaker_next_to_the_cue_wins_over_a_subject_inside_the_quote(read: Any) -> None:
    text = '"One of the brightest members of the entire Congress," Rep. Elijah E. Cummings (D-Md.) said in an interview.'
    (q,) = read(text)
    assert q.speaker.name == "Elijah E. Cummings" and q.speaker.text == "Rep. Elijah E. Cummings"
    assert q.speaker.phrase is not None and text[q.speaker.phrase.start : q.speaker.phrase.end].startswith(
        "Rep."
    )


def test_a_physical_attack_is_not_an_attribution(read: Any) -> None:
    assert read("Al-Shabaab fighters attacked an army base in Somalia on Monday, killing 12 soldiers.") == ()


def test_a_participle_after_the_content_carries_the_content_on(read: Any) -> None:
    text = (
        "Mykhailo Podolyak, an adviser to Zelenskiy, said Russia wanted to turn Kherson into a "
        "'city of death', mining everything from apartments to sewers and planning to shell the city."
    )
    q = only(read(text), "Russia wanted")
    assert q.text.endswith("planning to shell the city")
    assert q.speaker.name == "Mykhailo Podolyak"


def test_a_fear_the_parser_cut_off_from_its_clause_still_has_it(read: Any) -> None:
    # the seed's caption: the parser ends a sentence on "fears" and starts one at "Moscow's"
    (q,) = read(
        "Ukrainian troops have begun advancing into the area around Kherson city evacuated by Russia mid "
        "fears Moscow's men may be laying a trap for them, uncovering destroyed vehicles along their way"
    )
    assert q.text == "Moscow's men may be laying a trap for them"
    assert q.cue is not None and (q.cue.text, q.cue.stance) == ("fears", "warn")
    assert (q.speaker.name, q.speaker.named) == (None, False)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "According to a U.S. estimate, the war has killed or wounded some 100,000 Russian soldiers.",
            "the war has killed or wounded some 100,000 Russian soldiers",
        ),
        (
            "General Milley backed the idea, saying winter will provide a window for talks.",
            "winter will provide a window for talks",
        ),
    ],
)
def test_reported_content_ends_before_the_full_stop_of_the_report(read: Any, text: str, content: str) -> None:
    assert content in [q.text for q in read(text)]


def test_a_second_verb_of_the_same_tense_is_still_what_was_said(read: Any) -> None:
    (q,) = read(
        "The mayor said the council has done nothing but delay the repairs - and shows no sign of changing course."
    )
    assert (
        q.text == "the council has done nothing but delay the repairs - and shows no sign of changing course"
    )


def test_a_second_verb_of_another_tense_is_not_what_was_said(read: Any) -> None:
    quotes = read("Ukraine had warned that Russia could be laying a trap, but pressed ahead with the attack.")
    assert [q.text for q in quotes] == ["Russia could be laying a trap"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "But residents painted a picture of a chaotic retreat, with soldiers ditching their uniforms.",
            "a chaotic retreat, with soldiers ditching their uniforms",
        ),
        (
            "Officials said ten people died, with dozens more injured.",
            "ten people died, with dozens more injured",
        ),
        ("The governor said, with a smile, that the roads were open.", "the roads were open"),
    ],
)
def test_an_absolute_with_clause_after_the_content_is_part_of_it(read: Any, text: str, content: str) -> None:
    assert [q.text for q in read(text)] == [content]
