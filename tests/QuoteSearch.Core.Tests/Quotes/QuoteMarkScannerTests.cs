using QuoteSearch.Core.Quotes;

namespace QuoteSearch.Core.Tests.Quotes;

public sealed class QuoteMarkScannerTests
{
    private static List<string> Quoted(params string[] paragraphs) =>
        new QuoteMarkScanner().Find(paragraphs).Select(s => paragraphs[s.Paragraph][s.Start..s.End]).ToList();

    [Theory]
    [InlineData("He said “we will win” today.", "we will win")]
    [InlineData("He said \"we will win\" today.", "we will win")]
    [InlineData("Er sagte „wir gewinnen“ heute.", "wir gewinnen")]
    [InlineData("Il a dit «nous gagnerons» hier.", "nous gagnerons")]
    [InlineData("She said ‘we will win this one’ today.", "we will win this one")]
    [InlineData("''I respect the engineering'' of it, he said.", "I respect the engineering")]
    [InlineData("He saw “no evidence\" yet, he said.", "no evidence")]
    public void Pairs_each_style_of_quote_mark(string paragraph, string expected) =>
        Assert.Equal([expected], Quoted(paragraph));

    [Fact]
    public void Apostrophes_are_not_quote_marks() =>
        Assert.Empty(Quoted("Poland’s Kessler didn't say it's over, and the '90s are gone."));

    [Fact]
    public void A_stray_mark_does_not_spoil_the_quotes_after_it() =>
        Assert.Equal(["This is fine."], Quoted("The 5\" screen broke. “Stray opener and then “This is fine.” she said."));

    [Fact]
    public void Single_quotes_inside_double_quotes_stay_part_of_the_quote() =>
        Assert.Equal(["He told me ‘no way’ and left."], Quoted("“He told me ‘no way’ and left.” she said."));

    [Fact]
    public void A_straight_closing_mark_spaced_from_a_nested_single_quote_still_closes() =>
        Assert.Equal(["I've never liked the phrase 'harbour community outreach,' "],
            Quoted("\"I've never liked the phrase 'harbour community outreach,' \" he told the group, "
                + "adding that it was \"an error.\"").Take(1));

    [Fact]
    public void Straight_quotes_inside_curly_quotes_are_nested_not_closing() =>
        Assert.Equal(["He called it \"absurd\" twice."], Quoted("“He called it \"absurd\" twice.” she said."));

    [Fact]
    public void Straight_marks_around_an_attribution_part_a_curly_quote_in_two() =>
        Assert.Equal(["I caught some of her speech,", "She means to hand it all over."],
            Quoted("“I caught some of her speech,\" Lindgren said. \"She means to hand it all over.”"));

    [Theory]
    [InlineData("“He called it \"a disaster,\" and \"a mess\" twice.” she said.", "He called it \"a disaster,\" and \"a mess\" twice.")]
    [InlineData("“They say \"no,\" then \"yes\" to it.” she said.", "They say \"no,\" then \"yes\" to it.")]
    public void Nested_straight_quotes_without_a_verb_of_saying_between_them_stay_nested(string paragraph, string expected) =>
        Assert.Equal([expected], Quoted(paragraph));

    [Fact]
    public void A_quote_reopened_in_the_next_paragraph_runs_on_as_one_group()
    {
        string[] paragraphs = ["“We will fight on the beaches,” he said. “We will fight in the fields,", "“and we shall never surrender.”"];
        var spans = new QuoteMarkScanner().Find(paragraphs);
        Assert.Equal(3, spans.Count);
        Assert.True(spans[1].RunsOn);
        Assert.True(spans[2].IsContinuation);
        Assert.Equal(spans[1].Group, spans[2].Group);
        Assert.Equal("and we shall never surrender.", paragraphs[1][spans[2].Start..spans[2].End]);
    }

    [Fact]
    public void An_unclosed_quote_ends_with_its_paragraph_when_the_next_does_not_reopen()
    {
        string[] paragraphs = ["He said “this never closes", "Next paragraph with “a real quote” here."];
        Assert.Equal(["this never closes", "a real quote"], Quoted(paragraphs));
    }

    [Fact]
    public void Offsets_point_at_the_quote_text_without_marks()
    {
        const string paragraph = "X said: “Hello there.”";
        var span = Assert.Single(new QuoteMarkScanner().Find([paragraph]));
        Assert.Equal(paragraph.IndexOf('H'), span.Start);
        Assert.Equal(paragraph.Length, span.After);
    }

    [Fact]
    public void Five_megabytes_of_random_quote_marks_finishes()
    {
        var random = new Random(7);
        var pieces = new[] { "\"", "“", "”", "‘", "’", "'", "„", "«", "»", " word", " other", ",", "." };
        var text = string.Concat(Enumerable.Range(0, 1_000_000).Select(_ => pieces[random.Next(pieces.Length)]));
        var spans = new QuoteMarkScanner().Find([text]);
        Assert.All(spans, s => Assert.InRange(s.End, s.Start, text.Length));
    }
}
