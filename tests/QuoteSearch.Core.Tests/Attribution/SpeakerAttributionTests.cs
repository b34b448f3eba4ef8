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
    [InlineData("“We are ready,” Flynn said.", "Flynn")]
    [InlineData("“We are ready,” said Michael Flynn.", "Michael Flynn")]
    [InlineData("Michael Flynn said: “We are ready.”", "Michael Flynn")]
    [InlineData("“We are ready,” according to Michael Flynn.", "Michael Flynn")]
    [InlineData("Flynn told reporters on Tuesday that “we are ready to go.”", "Flynn")]
    [InlineData("Flynn wrote on Twitter: “We are ready to go.”", "Flynn")]
    [InlineData("“We are ready?” asked Flynn.", "Flynn")]
    [InlineData("“We are ready,” the White House said.", "White House")]
    [InlineData("Flynn, a former adviser to the campaign, said “we are ready to go.”", "Flynn")]
    [InlineData("“We are ready to go.” — Pamela Padilla", "Pamela Padilla")]
    [InlineData(
        "“It’s an invasion,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said at an event.", "Scott Pruitt")]
    [InlineData("“It was the least bad outcome,” Mr. Morgan of the Sierra Club said.", "Morgan")]
    [InlineData("“This is a waste of time,” said Del. Stacey Plaskett of the Virgin Islands.", "Stacey Plaskett")]
    [InlineData("“They are wrong,” said 9/11 widow Terry Strada.", "Terry Strada")]
    [InlineData("“We need a leader,” Pennsylvania Gov. Ed Rendell said.", "Ed Rendell")]
    [InlineData("“Who would have believed it a year ago?” Lindqvist said, looking out over the cheering crowd in the square.", "Lindqvist")]
    [InlineData("“Your reputation is amazing,” Donald Trump assured the crowd.", "Donald Trump")]
    [InlineData("“Gun owners should leave their weapons at home,” opined the Plain Dealer.", "Plain Dealer")]
    [InlineData("He has been seen, as The New Yorker put it in a lengthy expose, as “the operator.”", "New Yorker")]
    public void Finds_the_speaker_at_the_cue(string paragraph, string speaker) =>
        Assert.Equal(speaker, Only(paragraph).Speaker);

    [Theory]
    [InlineData(
        "Turnout has mattered in these contests - Philip Bump: “Two weeks ago, the South was his strongest territory.”",
        "Philip Bump", null)]
    [InlineData(
        "The timing of the surge does not surprise Republican pollster Daron Shaw: “Lesser-known candidates get a boost.”",
        "Daron Shaw", "Republican pollster")]
    [InlineData("Museum accused of whitewashing a painting, by Nicole Levy: “A Manhattan man is suing the museum.”", "Nicole Levy", null)]
    public void A_name_right_before_the_colon_that_opens_a_quote_signs_it(string paragraph, string speaker, string? role)
    {
        var quote = Assert.Single(Articles.Quotes(paragraph));
        Assert.Equal((speaker, role, ":"), (quote.Speaker, quote.Role, quote.Cue));
    }

    [Theory]
    [InlineData(
        "As Joel Pollak reported after the raid: “The government has done almost nothing with it.”", "Joel Pollak", null, "reported")]
    [InlineData("But Texas Sen. Ted Cruz said: “We will carry the state.”", "Ted Cruz", "Texas Sen.", "said")]
    [InlineData("Fox News reported: “The agents are under a lot of pressure.”", "Fox News", null, "reported")]
    public void An_opening_conjunction_is_no_part_of_the_role_and_a_report_is_a_cue(
        string paragraph, string speaker, string? role, string cue)
    {
        var quote = Assert.Single(Articles.Quotes(paragraph));
        Assert.Equal((speaker, role, cue), (quote.Speaker, quote.Role, quote.Cue));
    }

    [Theory]
    [InlineData(
        "Senate leader Mitch McConnell delivered a blunt message to Trump: “It is time to quit attacking people.”", "Mitch McConnell")]
    [InlineData("Ann Lee ended her speech by quoting Leonardo da Vinci in Italian: “Ogni impedimento è distrutto dal rigore.”", "Ann Lee")]
    public void A_name_after_a_preposition_before_the_colon_is_not_the_speaker(string paragraph, string speaker) =>
        Assert.Equal(speaker, Only(paragraph).Speaker);

    [Theory]
    [InlineData(
        "''I have admiration for the mechanics'' of the plan, Mr. Holtz-Eakin said.", "I have admiration for the mechanics", "Holtz-Eakin")]
    [InlineData("''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist.", "This isn't tax reform,", "Douglas Holtz-Eakin")]
    [InlineData("Mr. Burman said the plan had ''a lot of new complexity'' in it.", "a lot of new complexity", "Burman")]
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
        var quotes = Articles.Quotes("“We are ready,” Flynn said, “and we will win.”");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Flynn", q.Speaker));
    }

    [Fact]
    public void A_surname_maps_to_the_fullest_name_in_the_article()
    {
        var quotes = Articles.Quotes("Senator Michael Flynn spoke on Monday.", "“We are ready,” Flynn said.");
        Assert.Equal("Michael Flynn", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_possessive_names_the_person_not_the_country()
    {
        var quotes = Articles.Quotes(
            "Poland’s Tusk said he wanted to be in Kyiv, “because this is the place to be right now.”",
            "Polish Prime Minister Donald Tusk announced aid.");
        Assert.Equal("Donald Tusk", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_pronoun_resolves_to_the_last_speaker()
    {
        var quotes = Articles.Quotes("“We are ready,” Flynn said.", "“We will win,” he added.");
        Assert.Equal(["Flynn", "Flynn"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_quote_without_a_cue_after_an_attributed_one_keeps_its_speaker_and_cue()
    {
        var quotes = Articles.Quotes("“We are ready,” Flynn said.", "“Nobody will stop us now, nobody at all.”");
        Assert.Equal(["Flynn", "Flynn"], quotes.Select(q => q.Speaker));
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
            "Hillary Clinton spoke after Donald Trump at the forum.",
            "“The plan would be trickle-down economics all over again,” she said.",
            "“We need change,” he said.");
        Assert.Equal(["Hillary Clinton", "Donald Trump"], quotes.Select(q => q.Speaker));
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
            "Sierra Club Director Dan Ortiz criticized the ruling on Friday.",
            "“This is a dark day for the river,” he said.");
        Assert.Equal("Dan Ortiz", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_nickname_in_quote_marks_is_part_of_the_name_and_the_fuller_form_wins()
    {
        var quotes = Articles.Extract(
            "Rep. Robert C. “Bobby” Scott opened his yard to the town on Monday.",
            "“This is a big year for all of us,” Bobby Scott said.");
        Assert.Equal("Robert C. Bobby Scott", Assert.Single(quotes).Speaker);
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
            "Loretta Lynch met reporters on Monday.",
            "She said she was not aware of a backlash like the one against Hillary Clinton.",
            "“People tend not to say those things to the attorney general,” she said.");
        Assert.Equal("Loretta Lynch", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Places_are_never_speakers()
    {
        var quotes = Articles.Quotes("Senator John Kerry said the United States would act.", "“We remain open to talks,” he said.");
        Assert.Equal("John Kerry", Assert.Single(quotes).Speaker);
    }

    [Theory]
    [InlineData("Burmese leader Aung San Suu Kyi met the president.", "Suu Kyi", "she", "Aung San Suu Kyi")]
    [InlineData("Former congressman Allen West spoke at the rally.", "West", "he", "Allen West")]
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
    [InlineData("“The Chinese have complete control over North Korea,” Trump said.Trump claimed he learned it from bankers.")]
    [InlineData("“Is there something about all those stories?” said Trump, who thinks often about the crowds at his rallies.")]
    [InlineData("“Would it be negotiable about the millions?” Trump pressed.")]
    [InlineData("“Cruz could win the general election in a landslide,” Trump concludes.")]
    [InlineData("Trump agreed. “Mainstream Republicans are running out of time to find an alternative.”")]
    [InlineData(
        "“We have had more successful conventions than this one,” Trump, wearing a cowboy hat and “Make America Great” pins, said.")]
    public void The_speaker_is_found_in_untidy_or_less_common_attributions(string paragraph)
    {
        var quotes = Articles.Quotes("Donald Trump spoke at the rally.", paragraph);
        Assert.Equal("Donald Trump", quotes[0].Speaker);
    }

    [Fact]
    public void A_long_role_before_the_name_still_leads_to_the_name()
    {
        var quotes = Articles.Quotes(
            "“Eventually, positions are gonna soften on Donald Trump,” California Rep. Duncan Hunter’s chief of staff, Joe Kasper, said.");
        Assert.Equal("Joe Kasper", Assert.Single(quotes).Speaker);
    }

    [Theory]
    [InlineData("“We will win,” said Ann Ames, who said she would not vote for Tom Reed. “They know it.”", "Ann Ames")]
    [InlineData("Ann Ames spoke first, according to the Times. “They know it.”", "Ann Ames")]
    public void A_quote_without_a_cue_goes_to_the_person_the_sentence_before_is_about(string paragraph, string? speaker) =>
        Assert.Equal(speaker, Articles.Quotes(paragraph)[^1].Speaker);

    [Fact]
    public void A_speaker_read_from_the_sentence_before_is_less_sure_than_one_read_at_a_cue()
    {
        var guessed = Articles.Quotes("Ann Ames spoke first, according to the Times. “They know it.”")[^1];
        var cued = Articles.Quotes("“They know it,” Ann Ames said.")[^1];
        Assert.True(guessed.Confidence < cued.Confidence, $"{guessed.Confidence} against {cued.Confidence}");
    }

    [Theory]
    [InlineData("Ann Ames did not stay long after the prayers, Tom Reed said, adding, “She was not very religious.”", "Tom Reed")]
    [InlineData("When Tom Reed suggested the city would sue, Ann Ames fired back: “If they sue us, they will lose.”", "Ann Ames")]
    [InlineData("Ann Ames later Thursday told Fox News: “Both sides are meeting next week.”", "Ann Ames")]
    [InlineData("“You would not have had the standoff without him,” says J.J. MacNab, an expert on militias.", "J.J. MacNab")]
    [InlineData("When Tom Reed noted the unpaid taxes ― as was true for years ― Ann Ames boasted, “That makes me smart.”", "Ann Ames")]
    public void The_speaker_is_the_one_the_grammar_of_the_sentence_points_at(string paragraph, string speaker) =>
        Assert.Equal(speaker, Articles.Quotes(paragraph)[^1].Speaker);

    [Fact]
    public void Someone_newly_named_who_says_that_something_starts_a_statement_and_does_not_take_the_quote_before()
    {
        var quotes = Articles.Quotes(
            "“It is a very sad development,” Ted Cruz told reporters in Milwaukee. "
            + "“This is the consequence of the culture of the campaign.” Ohio Gov. John Kasich said he would have fired the manager.");
        Assert.Equal(["Ted Cruz", "Ted Cruz"], quotes.Where(q => q.Kind != QuoteKind.Indirect).Select(q => q.Speaker));
    }

    [Fact]
    public void A_cue_closing_the_previous_paragraph_introduces_the_quote()
    {
        var quotes = Articles.Quotes("Donald Trump spoke in Ohio. He said:", "“We have to bring back law and order.”");
        Assert.Equal("Donald Trump", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_bare_surname_the_article_never_spells_out_stays_the_surname()
    {
        var quotes = Articles.Quotes("“It's about me,” Mr. Lindqvist said.");
        Assert.Equal("Lindqvist", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_surname_shared_in_the_article_goes_to_the_full_name_it_uses_most_not_to_the_famous_one()
    {
        var quotes = Articles.Quotes(
            "Bill Clinton campaigned in Ohio. Bill Clinton spoke twice; Hillary Clinton stayed in New York.",
            "“The insurance model doesn’t work here,” Clinton said.");
        Assert.Equal("Bill Clinton", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_person_named_only_as_an_object_does_not_take_the_pronoun_from_the_last_speaker()
    {
        var quotes = Articles.Quotes(
            "“This is a different time,” said Don Fowler.",
            "Lobbying by loyalists to Joe Biden and Bernie Sanders could follow.",
            "“I think you are likely to have controversy,” he said.");
        Assert.Equal(["Don Fowler", "Don Fowler"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_capitalised_word_inside_a_sentence_is_not_a_verb_of_saying()
    {
        var quotes = Articles.Quotes(
            "Secretary of State John Kerry said the United States would work with its allies to take \"robust steps\" in response.",
            "\"We remain open to talks,\" he said.");
        Assert.Equal(["John Kerry", "John Kerry"], quotes.Where(q => q.Kind != QuoteKind.Indirect).Select(q => q.Speaker));
    }

    [Fact]
    public void A_quote_after_an_attributed_one_and_a_show_title_keeps_its_speaker()
    {
        var quotes = Articles.Quotes(
            "Retired Lt. Gen. Michael Flynn said Donald Trump was “absolutely right” on Wednesday.",
            "“He's absolutely right. There's a disconnect between this White House and our military,” Flynn, a top Trump surrogate, "
            + "said Thursday morning on Fox News’s “Fox and Friends.” “I mean, there's a lot of frustration within the ranks.”");
        Assert.Equal("Michael Flynn", quotes.Single(q => q.Text.StartsWith("I mean")).Speaker);
    }

    [Fact]
    public void A_quote_introduced_by_its_own_subject_and_a_colon_is_not_a_follow_on()
    {
        var quotes = Articles.Quotes(
            "Ohio Gov. John Kasich could “do some kind of executive order,” said Stephen Loomis, the union president. "
            + "Kasich resisted: “Ohio governors do not have the power to suspend rights.”");
        Assert.Equal(["Stephen Loomis", "John Kasich"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Interview_lines_take_the_label_as_speaker_with_the_article_full_name()
    {
        var quotes = Articles.Extract(
            "Gov. Mike Pence spoke to Chris Wallace on Sunday.",
            "WALLACE: Will Gennifer Flowers be there?",
            "PENCE: Gennifer Flowers will not be attending the debate.",
            "\"WALLACE: Do you see those two as equivalent?");
        Assert.Equal(["Chris Wallace", "Mike Pence", "Chris Wallace"], quotes.Select(q => q.Speaker));
        Assert.Equal(
            [
                "Will Gennifer Flowers be there?",
                "Gennifer Flowers will not be attending the debate.",
                "Do you see those two as equivalent?",
            ],
            quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("interview", q.Cue));
    }

    [Fact]
    public void Interview_lines_quoted_or_not_are_statements_not_quotes()
    {
        var quotes = Articles.Extract(
            "Gov. Mike Pence spoke to Chris Wallace on Sunday.",
            "\"WALLACE: Do you see those two as equivalent?",
            "PENCE: Gennifer Flowers will not be attending the debate.");
        Assert.Equal(["interview", "interview"], quotes.Select(q => q.Cue));
        Assert.All(quotes, q => Assert.Equal(QuoteKind.Indirect, q.Kind));
    }

    [Theory]
    [InlineData("Pence: Flowers won’t be at the debate.")]
    [InlineData("UPDATE: The debate starts at 9 p.m.")]
    [InlineData("EMAIL: desk@example.com.")]
    [InlineData("The rule is simple: nobody speaks twice.")]
    public void A_colon_after_a_headline_notice_or_sentence_is_not_an_interview_line(string paragraph) =>
        Assert.Empty(Articles.Quotes(paragraph));

    [Theory]
    [InlineData("She watched “Shark Tank” on Sunday.")]
    [InlineData("He said so on “Fox and Friends.” Nothing else.")]
    [InlineData("In an interview on CBS's \"Face the Nation,\" House Speaker Paul Ryan said the country needed calm.")]
    [InlineData("While Poland has yet to agree to the maximalist 'asks' - Tusk has announced aid.")]
    public void Titles_and_scare_quotes_are_not_speech(string paragraph) =>
        Assert.Empty(Articles.Quotes(paragraph));
}
