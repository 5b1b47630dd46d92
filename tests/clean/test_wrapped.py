from newsroom.clean import clean_text
from newsroom.clean.wrapped import join_wrapped_lines


def _join(*texts: str) -> list[str]:
    return [text for _, text in join_wrapped_lines(list(enumerate(texts)))]


def test_attribution_on_its_own_line_joins_the_quote():
    assert _join("“The harbour will reopen in May,”", "said the port director.") == [
        "“The harbour will reopen in May,” said the port director."
    ]


def test_link_words_on_their_own_lines_join_the_sentence():
    assert _join("The mayor", "signed an order", "to close the bridge.", "Read the order", "here", ".") == [
        "The mayor signed an order to close the bridge.",
        "Read the order here.",
    ]


def test_number_continues_a_line_ending_with_a_lower_case_word():
    assert _join("The mayor joined", "14 other mayors in the appeal.", "Updated", "12 May 2024.") == [
        "The mayor joined 14 other mayors in the appeal.",
        "Updated",
        "12 May 2024.",
    ]


def test_a_line_ending_with_a_function_word_continues_into_a_name():
    assert _join("The mayor backed the", "Harbour Act", "and its budget.", "News and", "Sport") == [
        "The mayor backed the Harbour Act and its budget.",
        "News and",
        "Sport",
    ]


def test_comma_and_closing_quote_joins_a_capitalised_speaker():
    assert _join("“We will not wait,”", "Governor Lane said.") == ["“We will not wait,” Governor Lane said."]


def test_lines_that_end_sentences_or_open_new_ones_stay():
    lines = ["Council approves budget", "The council met on Monday.", "“It is done.”", "he said."]
    assert _join(*lines) == lines


def test_list_items_menus_and_blank_lines_stay():
    assert _join("The plan would:", "cut fares;", "add buses.") == [
        "The plan would:",
        "cut fares;",
        "add buses.",
    ]
    assert _join("Home", "news", "sport") == ["Home", "news", "sport"]
    assert [t for _, t in join_wrapped_lines([(0, "The mayor"), (2, "resigned today.")])] == [
        "The mayor",
        "resigned today.",
    ]


def test_bylines_dates_brands_and_domains_are_not_continued():
    assert _join("By Jane Doe", "staff writer.") == ["By Jane Doe", "staff writer."]
    assert _join("8/9/2022", "what is a budget?") == ["8/9/2022", "what is a budget?"]
    assert _join("Buy the new", "iPhone today.") == ["Buy the new", "iPhone today."]
    assert _join("Visit", "example.com for more.") == ["Visit", "example.com for more."]


def test_cleaner_keeps_the_speaker_and_the_lead_of_a_copied_release():
    text = "\n".join(
        [
            "Senator Backs Ferry Plan",
            "",
            "Today Senator Ann Lane",
            "sent a letter",
            "to the transport board backing the ferry plan for the islands.",
            "“The islands cannot wait another winter for a reliable crossing,”",
            "wrote Senator Lane.",
        ]
    )
    cleaned = clean_text(text)
    assert cleaned.title == "Senator Backs Ferry Plan"
    assert cleaned.paragraphs == [
        "Today Senator Ann Lane sent a letter to the transport board backing the ferry plan for the islands.",
        "“The islands cannot wait another winter for a reliable crossing,” wrote Senator Lane.",
    ]
