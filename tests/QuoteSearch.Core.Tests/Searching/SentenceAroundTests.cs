using QuoteSearch.Core.Searching;

namespace QuoteSearch.Core.Tests.Searching;

public sealed class SentenceAroundTests
{
    private const string Paragraph =
        "The council met on Monday. Tobias Lindgren said the budget had doubled! Was it enough? Nobody knew";

    private static string? Around(string paragraph, string span)
    {
        var start = paragraph.IndexOf(span, StringComparison.Ordinal);
        return SentenceAround.Of(paragraph, start, start + span.Length);
    }

    [Theory]
    [InlineData("the budget had doubled", "Tobias Lindgren said the budget had doubled!")]
    [InlineData("council met", "The council met on Monday.")]
    [InlineData("Was it", "Was it enough?")]
    [InlineData("Nobody", "Nobody knew")]
    [InlineData("on Monday. Tobias", "The council met on Monday. Tobias Lindgren said the budget had doubled!")]
    public void Gives_the_whole_sentence_that_holds_the_span(string span, string expected) =>
        Assert.Equal(expected, Around(Paragraph, span));

    [Theory]
    [InlineData("Version 2.5 is out. It works", "2.5", "Version 2.5 is out.")]
    [InlineData("Done.Next. Then", "Next", "Done.Next.")]
    public void Ends_a_sentence_only_at_punctuation_before_a_space_or_the_end(string paragraph, string span, string expected) =>
        Assert.Equal(expected, Around(paragraph, span));

    [Fact]
    public void A_long_sentence_is_cut_at_the_cap_with_an_ellipsis_and_keeps_an_early_span()
    {
        var paragraph = "Greta Holm said the pier was safe " + string.Join(" ", Enumerable.Repeat("and sound", 100)) + ".";
        var context = Around(paragraph, "the pier was safe")!;
        Assert.True(context.Length <= SentenceAround.Cap, $"{context.Length} characters");
        Assert.StartsWith("Greta Holm said the pier was safe", context);
        Assert.EndsWith("…", context);
    }

    [Fact]
    public void A_long_sentence_with_a_late_span_is_cut_around_the_span()
    {
        var paragraph = string.Join(" ", Enumerable.Repeat("and so on", 100)) + " Greta Holm said the pier was safe.";
        var context = Around(paragraph, "the pier was safe")!;
        Assert.True(context.Length <= SentenceAround.Cap, $"{context.Length} characters");
        Assert.StartsWith("…", context);
        Assert.EndsWith("Greta Holm said the pier was safe.", context);
    }

    [Theory]
    [InlineData("", 0, 1)]
    [InlineData("Short.", 3, 20)]
    [InlineData("Short.", -1, 2)]
    [InlineData("Short.", 4, 4)]
    public void No_context_when_the_span_is_not_in_the_paragraph(string paragraph, int start, int end) =>
        Assert.Null(SentenceAround.Of(paragraph, start, end));
}
