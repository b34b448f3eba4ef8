using QuoteSearch.Core.Paragraphs;

namespace QuoteSearch.Core.Tests.Paragraphs;

public sealed class ParagraphSplitterTests
{
    [Fact]
    public void Blank_lines_separate_paragraphs_and_wrapped_lines_join() =>
        Assert.Equal(["One two three four", "Five six."], ParagraphSplitter.Split("One two\nthree four\n\nFive six."));

    [Fact]
    public void Lines_that_end_like_sentences_are_paragraphs_of_their_own() =>
        Assert.Equal(["First one.", "Second one.", "Third one."], ParagraphSplitter.Split("First one.\nSecond one.\nThird one."));

    [Fact]
    public void Whitespace_is_folded() =>
        Assert.Equal(["A b c"], ParagraphSplitter.Split("  A \t b\u00A0\u00A0c  "));
}
