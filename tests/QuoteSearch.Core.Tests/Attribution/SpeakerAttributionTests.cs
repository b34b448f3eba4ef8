using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Attribution;

public sealed class SpeakerAttributionTests
{
    private static (string Quote, string? Speaker) Only(params string[] paragraphs)
    {
        var quote = Assert.Single(Articles.Quotes(paragraphs));
        return (quote.Text, quote.Speaker);
    }

    [Theory]
    [InlineData("“We are ready,” Brandt said.", "Brandt")]
    [InlineData("“We are ready,” said Oskar Brandt.", "Oskar Brandt")]
    [InlineData("Oskar Brandt said: “We are ready.”", "Oskar Brandt")]
    [InlineData("“We are ready,” according to Oskar Brandt.", "Oskar Brandt")]
    [InlineData("Brandt told reporters on Tuesday that “we are ready to go.”", "Brandt")]
    [InlineData("Brandt wrote on Twitter: “We are ready to go.”", "Brandt")]
    [InlineData("“We are ready?” asked Brandt.", "Brandt")]
    [InlineData("“We are ready,” the White House said.", "White House")]
    [InlineData("Brandt, a former adviser to the campaign, said “we are ready to go.”", "Brandt")]
    [InlineData("“We are ready to go.” — Greta Solberg", "Greta Solberg")]
    [InlineData(
        "“It’s a land grab,” Ivar Haug, the attorney general of Oklahoma, a state that has sued, said at a hearing.", "Ivar Haug")]
    [InlineData("“It was the best of the poor choices,” Mr. Aldous of the Harbour Club said.", "Aldous")]
    [InlineData("“This wastes everyone's afternoon,” said Del. Ingrid Salvesen of the Virgin Islands.", "Ingrid Salvesen")]
    [InlineData("“They have it backwards,” said 9/11 widow Hedda Marlowe.", "Hedda Marlowe")]
    [InlineData("“We want someone to lead,” Pennsylvania Gov. Ned Arvidson said.", "Ned Arvidson")]
    [InlineData("“Who would have believed it a year ago?” Lindqvist said, looking out over the cheering crowd in the square.", "Lindqvist")]
    [InlineData("“Your harbour is the finest on the coast,” Tobias Lindgren assured the crowd.", "Tobias Lindgren")]
    [InlineData("“Boat owners should keep their engines off at night,” opined the Plain Ledger.", "Plain Ledger")]
    [InlineData("She has been described, as The New Ellerian put it in a long profile, as “the fixer.”", "New Ellerian")]
    public void Finds_the_speaker_at_the_cue(string paragraph, string speaker) =>
        Assert.Equal(speaker, Only(paragraph).Speaker);

    [Theory]
    [InlineData(
        "Weather has decided these races before - Sanna Tolvik: “A month ago, the north coast was her safest ground.”",
        "Sanna Tolvik", null)]
    [InlineData(
        "The size of the swing does not shock Republican pollster Edvin Marsh: “Unknown candidates often get a lift.”",
        "Edvin Marsh", "Republican pollster")]
    [InlineData("Gallery blamed for repainting a mural, by Clara Wendt: “A Port Ellery woman is taking the gallery to court.”",
        "Clara Wendt", null)]
    public void A_name_right_before_the_colon_that_opens_a_quote_signs_it(string paragraph, string speaker, string? role)
    {
        var quote = Assert.Single(Articles.Quotes(paragraph));
        Assert.Equal((speaker, role, ":"), (quote.Speaker, quote.Role, quote.Cue));
    }

    [Theory]
    [InlineData(
        "As Ivo Sandberg reported after the inspection: “The council has done little with it.”", "Ivo Sandberg", null, "reported")]
    [InlineData("But Texas Sen. Ivar Holm said: “We will carry the state.”", "Ivar Holm", "Texas Sen.", "said")]
    [InlineData("Harbour News reported: “The pilots are under a great deal of strain.”", "Harbour News", null, "reported")]
    public void An_opening_conjunction_is_no_part_of_the_role_and_a_report_is_a_cue(
        string paragraph, string speaker, string? role, string cue)
    {
        var quote = Assert.Single(Articles.Quotes(paragraph));
        Assert.Equal((speaker, role, cue), (quote.Speaker, quote.Role, quote.Cue));
    }

    [Theory]
    [InlineData(
        "Senate leader Halvard Brun sent a plain warning to Lindgren: “It is time to stop insulting everyone.”", "Halvard Brun")]
    [InlineData("Ann Lee closed her talk by quoting Matteo da Riva in Italian: “Ogni porto ha la sua luce.”", "Ann Lee")]
    public void A_name_after_a_preposition_before_the_colon_is_not_the_speaker(string paragraph, string speaker) =>
        Assert.Equal(speaker, Only(paragraph).Speaker);

    [Theory]
    [InlineData(
        "''I respect the engineering'' behind the scheme, Mr. Lund-Hagen said.", "I respect the engineering", "Lund-Hagen")]
    [InlineData("''This isn't real reform,'' said Douglas Lund-Hagen, an economist.", "This isn't real reform,", "Douglas Lund-Hagen")]
    [InlineData("Mr. Perrin said the scheme had ''a great deal of fresh paperwork'' in it.", "a great deal of fresh paperwork", "Perrin")]
    public void Text_between_doubled_apostrophes_is_reported_speech_with_its_speaker_and_no_overlapping_statement(
        string paragraph, string text, string speaker)
    {
        var statement = Assert.Single(Articles.Extract(paragraph), q => q.Text.Contains(text, StringComparison.Ordinal));
        Assert.Equal((text, speaker, QuoteKind.Indirect), (statement.Text, statement.Speaker, statement.Kind));
    }

    [Fact]
    public void Strips_the_role_from_the_name_and_keeps_it()
    {
        var quote = Assert.Single(Articles.Quotes(
            "Russian negotiator Kirill Dmitriev told state media that \"things are moving forward in a good, positive direction.\""));
        Assert.Equal("Kirill Dmitriev", quote.Speaker);
        Assert.Equal("Russian negotiator", quote.Role);
        Assert.Equal("told", quote.Cue);
        Assert.True(quote.Confidence > 0.9);
    }

    [Fact]
    public void A_quote_split_around_the_cue_has_one_speaker()
    {
        var quotes = Articles.Quotes("“We are ready,” Brandt said, “and we will win.”");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Brandt", q.Speaker));
    }

    [Fact]
    public void A_surname_maps_to_the_fullest_name_in_the_article()
    {
        var quotes = Articles.Quotes("Senator Oskar Brandt spoke on Monday.", "“We are ready,” Brandt said.");
        Assert.Equal("Oskar Brandt", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_possessive_names_the_person_not_the_country()
    {
        var quotes = Articles.Quotes(
            "Poland’s Kessler said he wanted to be in Gdansk, “because that is where things happen this week.”",
            "Polish Prime Minister Jonas Kessler announced aid.");
        Assert.Equal("Jonas Kessler", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_pronoun_resolves_to_the_last_speaker()
    {
        var quotes = Articles.Quotes("“We are ready,” Brandt said.", "“We will win,” he added.");
        Assert.Equal(["Brandt", "Brandt"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_quote_without_a_cue_after_an_attributed_one_keeps_its_speaker_and_cue()
    {
        var quotes = Articles.Quotes("“We are ready,” Brandt said.", "“Nobody will stop us now, nobody at all.”");
        Assert.Equal(["Brandt", "Brandt"], quotes.Select(q => q.Speaker));
        Assert.Equal(["said", "said"], quotes.Select(q => q.Cue));
    }

    [Fact]
    public void Spelling_variants_are_one_speaker()
    {
        var quotes = Articles.Quotes("Kowalczyk spoke first.", "“We need the jets now,” Kowalczykk said.");
        Assert.Equal("Kowalczyk", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_cue_inside_a_quote_is_not_a_cue()
    {
        var quotes = Articles.Quotes("“Smith said we are finished,” Jones said.");
        Assert.Equal("Jones", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Partial_quotes_in_reported_speech_take_the_sentence_subject()
    {
        var quotes = Articles.Quotes(
            "Kirill Dmitriev spoke.",
            "But he at the same time blasted European nations for seeking to \"disrupt the progress\" and \"meddle\" in the process.");
        Assert.All(quotes, q => Assert.Equal(QuoteKind.Partial, q.Kind));
        Assert.All(quotes, q => Assert.Equal("Kirill Dmitriev", q.Speaker));
    }

    [Fact]
    public void He_and_she_go_to_the_last_person_of_that_gender()
    {
        var quotes = Articles.Quotes(
            "Orla Quist spoke after Tobias Lindgren at the forum.",
            "“The plan would hand the harbour to the shipowners all over again,” she said.",
            "“We need change,” he said.");
        Assert.Equal(["Orla Quist", "Tobias Lindgren"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_pronoun_overrules_a_gender_guessed_from_a_first_name()
    {
        // "Jordan" is listed as a man's name; the article's "she" says otherwise, and no one else fits.
        var quotes = Articles.Quotes(
            "“The bridge must stay open,” said shop owner Jordan Ellery.",
            "Ellery accused the council of ignoring the traders on the quay.",
            "“Nobody asked us before they voted,” she said.");
        Assert.Equal(["Jordan Ellery", "Jordan Ellery"], quotes.Select(q => q.Speaker));
    }

    [Theory]
    [InlineData("Ann Ames said Maria Lopez had not read the budget before the vote.", "she", "Ann Ames")]
    [InlineData("Tom Reed believes Carl Dunn is right about the budget.", "he", "Tom Reed")]
    public void A_name_opening_a_reported_clause_does_not_take_the_pronoun(string first, string pronoun, string speaker)
    {
        var quotes = Articles.Quotes(first, $"“We will fight this in court,” {pronoun} said.");
        Assert.Equal(speaker, Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_person_titled_by_an_organisation_is_still_a_person()
    {
        var quotes = Articles.Quotes(
            "Harbour Club Director Dan Ortiz criticized the ruling on Friday.",
            "“This is a dark day for the river,” he said.");
        Assert.Equal("Dan Ortiz", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_nickname_in_quote_marks_is_part_of_the_name_and_the_fuller_form_wins()
    {
        var quotes = Articles.Extract(
            "Rep. Robert C. “Bobby” Fenwick opened his yard to the town on Monday.",
            "“This is a big summer for the whole town,” Bobby Fenwick said.");
        Assert.Equal("Robert C. Bobby Fenwick", Assert.Single(quotes).Speaker);
    }

    [Theory]
    [InlineData(
        "Last year a Gazette article praised the mayor for the new bridge.",
        "“The river has never looked better,” the article read.", "Gazette")]
    [InlineData(
        "The World Rowing Federation met in Lucerne.",
        "“Safety comes first on every course,” the WRF report said.", "World Rowing Federation")]
    [InlineData(
        "Shares of Halvorsen Energy fell on Monday.", "“We expect a better year,” Halvorsen said in a statement.", "Halvorsen Energy")]
    public void Organisations_go_by_their_full_name_and_documents_speak_for_their_owners(string first, string second, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Articles.Quotes(first, second)).Speaker);

    [Fact]
    public void A_pronoun_follows_an_earlier_pronoun_to_the_named_person()
    {
        var quotes = Articles.Quotes(
            "Greta Solberg met reporters on Monday.",
            "She said she had not heard of an outcry like the one against Orla Quist.",
            "“People rarely say such things to the harbour master,” she said.");
        Assert.Equal("Greta Solberg", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Places_are_never_speakers()
    {
        var quotes = Articles.Quotes("Senator Jonas Ekdahl said the United States would act.", "“We remain open to talks,” he said.");
        Assert.Equal("Jonas Ekdahl", Assert.Single(quotes).Speaker);
    }

    [Theory]
    [InlineData("Burmese leader Aye San Mya Thet met the president.", "Mya Thet", "she", "Aye San Mya Thet")]
    [InlineData("Former congressman Lyle West spoke at the rally.", "West", "he", "Lyle West")]
    public void A_place_word_inside_a_persons_name_does_not_make_a_place(
        string introduction, string surname, string pronoun, string speaker)
    {
        var quotes = Articles.Quotes(
            introduction,
            $"{surname} recently met tribal leaders in the capital.",
            $"“Unity also means prosperity,” {pronoun} said.");
        Assert.Equal(speaker, Assert.Single(quotes).Speaker);
    }

    [Theory]
    [InlineData("“The islands answer to nobody but the council,” Lindgren said.Lindgren claimed he heard it from fishermen.")]
    [InlineData("“Is there anything behind all these rumours?” said Lindgren, who often talks about the size of his audiences.")]
    [InlineData("“Could the price be open to talks at all?” Lindgren pressed.")]
    [InlineData("“Quist could carry the whole coast by a wide margin,” Lindgren concludes.")]
    [InlineData("Lindgren agreed. “Moderate members are running short of time to find another candidate.”")]
    [InlineData(
        "“We have held far better meetings than this one,” Lindgren, wearing a sailor’s cap and “Harbour First” badges, said.")]
    public void The_speaker_is_found_in_untidy_or_less_common_attributions(string paragraph)
    {
        var quotes = Articles.Quotes("Tobias Lindgren spoke at the rally.", paragraph);
        Assert.Equal("Tobias Lindgren", quotes[0].Speaker);
    }

    [Fact]
    public void A_long_role_before_the_name_still_leads_to_the_name()
    {
        var quotes = Articles.Quotes(
            "“Sooner or later, views are gonna warm to Tobias Lindgren,” California Rep. Anders Vik’s chief of staff, Leif Solheim, said.");
        Assert.Equal("Leif Solheim", Assert.Single(quotes).Speaker);
    }

    [Theory]
    [InlineData("“We will win,” said Ann Ames, who said she would not vote for Tom Reed. “They know it.”", "Ann Ames")]
    [InlineData("Ann Ames spoke first, according to the Gazette. “They know it.”", "Ann Ames")]
    public void A_quote_without_a_cue_goes_to_the_person_the_sentence_before_is_about(string paragraph, string? speaker) =>
        Assert.Equal(speaker, Articles.Quotes(paragraph)[^1].Speaker);

    [Fact]
    public void A_speaker_read_from_the_sentence_before_is_less_sure_than_one_read_at_a_cue()
    {
        var guessed = Articles.Quotes("Ann Ames spoke first, according to the Gazette. “They know it.”")[^1];
        var cued = Articles.Quotes("“They know it,” Ann Ames said.")[^1];
        Assert.True(guessed.Confidence < cued.Confidence, $"{guessed.Confidence} against {cued.Confidence}");
    }

    [Theory]
    [InlineData("Ann Ames did not stay long after the prayers, Tom Reed said, adding, “She was not very religious.”", "Tom Reed")]
    [InlineData("When Tom Reed suggested the city would sue, Ann Ames fired back: “If they sue us, they will lose.”", "Ann Ames")]
    [InlineData("Ann Ames later Thursday told Harbour News: “Both sides are meeting next week.”", "Ann Ames")]
    [InlineData("“There would have been no standoff without him,” says J.J. Renwick, a scholar of militias.", "J.J. Renwick")]
    [InlineData("When Tom Reed raised the unpaid fees ― a sore point for years ― Ann Ames boasted, “That shows I am clever.”", "Ann Ames")]
    public void The_speaker_is_the_one_the_grammar_of_the_sentence_points_at(string paragraph, string speaker) =>
        Assert.Equal(speaker, Articles.Quotes(paragraph)[^1].Speaker);

    [Fact]
    public void Someone_newly_named_who_says_that_something_starts_a_statement_and_does_not_take_the_quote_before()
    {
        var quotes = Articles.Quotes(
            "“It is a deeply sorry turn,” Ivar Holm told reporters in Milwaukee. "
            + "“This is what the tone of the campaign leads to.” Ohio Gov. Halvard Aasen said he would have sacked the manager.");
        Assert.Equal(["Ivar Holm", "Ivar Holm"], quotes.Where(q => q.Kind != QuoteKind.Indirect).Select(q => q.Speaker));
    }

    [Fact]
    public void A_cue_closing_the_previous_paragraph_introduces_the_quote()
    {
        var quotes = Articles.Quotes("Tobias Lindgren spoke in Ohio. He said:", "“We have to bring the ferries back.”");
        Assert.Equal("Tobias Lindgren", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_bare_surname_the_article_never_spells_out_stays_the_surname()
    {
        var quotes = Articles.Quotes("“It's about me,” Mr. Lindqvist said.");
        Assert.Equal("Lindqvist", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_surname_shared_in_the_article_goes_to_the_full_name_it_uses_most_not_to_the_last_one()
    {
        var quotes = Articles.Quotes(
            "Jonas Brekke campaigned in Ohio. Jonas Brekke spoke twice; Marta Brekke stayed in New York.",
            "“The toll scheme doesn’t work here,” Brekke said.");
        Assert.Equal("Jonas Brekke", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_person_named_only_as_an_object_does_not_take_the_pronoun_from_the_last_speaker()
    {
        var quotes = Articles.Quotes(
            "“This is a new era,” said Eirik Fossum.",
            "Pressure from supporters of Anna Bishop and Oskar Brandt could follow.",
            "“I expect there will be quarrels,” he said.");
        Assert.Equal(["Eirik Fossum", "Eirik Fossum"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_capitalised_word_inside_a_sentence_is_not_a_verb_of_saying()
    {
        var quotes = Articles.Quotes(
            "Secretary of State Jonas Ekdahl said the United States would join its partners to take \"firm steps\" in reply.",
            "\"We remain open to talks,\" he said.");
        Assert.Equal(["Jonas Ekdahl", "Jonas Ekdahl"], quotes.Where(q => q.Kind != QuoteKind.Indirect).Select(q => q.Speaker));
    }

    [Fact]
    public void A_quote_after_an_attributed_one_and_a_show_title_keeps_its_speaker()
    {
        var quotes = Articles.Quotes(
            "Retired Lt. Gen. Oskar Brandt said Tobias Lindgren was “entirely right” on Wednesday.",
            "“He's entirely right. There's a gap between this government and our navy,” Brandt, a leading Lindgren ally, "
            + "said Thursday morning on Harbour News’s “Morning Tide.” “I mean, there's a lot of anger within the ranks.”");
        Assert.Equal("Oskar Brandt", quotes.Single(q => q.Text.StartsWith("I mean")).Speaker);
    }

    [Fact]
    public void A_quote_introduced_by_its_own_subject_and_a_colon_is_not_a_follow_on()
    {
        var quotes = Articles.Quotes(
            "Ohio Gov. Halvard Aasen could “sign some sort of emergency order,” said Leif Sundby, the union president. "
            + "Aasen resisted: “Ohio governors cannot set those rights aside.”");
        Assert.Equal(["Leif Sundby", "Halvard Aasen"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Interview_lines_take_the_label_as_speaker_with_the_article_full_name()
    {
        var quotes = Articles.Extract(
            "Gov. Oskar Brandt spoke to Nils Hovland on Sunday.",
            "HOVLAND: Will Greta Lund be there?",
            "BRANDT: Greta Lund will not be attending the debate.",
            "\"HOVLAND: Do you see those two as equivalent?");
        Assert.Equal(["Nils Hovland", "Oskar Brandt", "Nils Hovland"], quotes.Select(q => q.Speaker));
        Assert.Equal(
            [
                "Will Greta Lund be there?",
                "Greta Lund will not be attending the debate.",
                "Do you see those two as equivalent?",
            ],
            quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("interview", q.Cue));
    }

    [Fact]
    public void Interview_lines_quoted_or_not_are_statements_not_quotes()
    {
        var quotes = Articles.Extract(
            "Gov. Oskar Brandt spoke to Nils Hovland on Sunday.",
            "\"HOVLAND: Do you see those two as equivalent?",
            "BRANDT: Greta Lund will not be attending the debate.");
        Assert.Equal(["interview", "interview"], quotes.Select(q => q.Cue));
        Assert.All(quotes, q => Assert.Equal(QuoteKind.Indirect, q.Kind));
    }

    [Theory]
    [InlineData("Brandt: Lund won’t be at the debate.")]
    [InlineData("UPDATE: The debate starts at 9 p.m.")]
    [InlineData("EMAIL: desk@example.com.")]
    [InlineData("The rule is simple: nobody speaks twice.")]
    public void A_colon_after_a_headline_notice_or_sentence_is_not_an_interview_line(string paragraph) =>
        Assert.Empty(Articles.Quotes(paragraph));

    [Theory]
    [InlineData("She watched “Harbour Lights” on Sunday.")]
    [InlineData("He said so on “Morning Tide.” Nothing else.")]
    [InlineData("In an interview on HBC's \"Tide Table,\" House Speaker Ivar Holm said the country needed calm.")]
    [InlineData("While Poland has yet to agree to the maximalist 'asks' - Tusk has announced aid.")]
    public void Titles_and_scare_quotes_are_not_speech(string paragraph) =>
        Assert.Empty(Articles.Quotes(paragraph));
}
