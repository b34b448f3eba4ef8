using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Tests.Indexing;

public sealed class FingerprintTests
{
    [Theory]
    [InlineData("We will not let the talks fail,", "we will not let the talks fail")]
    [InlineData("  “We WILL” — not... fail!  ", "we will not fail")]
    [InlineData("Don't, won’t; can't", "dont wont cant")]
    [InlineData("'quoted'", "quoted")]
    [InlineData("Ré-sumé naïve", "ré sumé naïve")]
    [InlineData("...", "")]
    [InlineData("", "")]
    [InlineData("a\tb\nc", "a b c")]
    public void A_fingerprint_keeps_words_in_order_and_drops_case_punctuation_and_apostrophes(string text, string expected) =>
        Assert.Equal(expected, QuoteDocuments.Fingerprint(text));

    [Fact]
    public void A_long_text_has_the_fingerprint_of_its_parts_joined()
    {
        var part = "The harbour plan, “at last”, is ready. ";
        var text = string.Concat(Enumerable.Repeat(part, 100));
        Assert.Equal(string.Join(' ', Enumerable.Repeat("the harbour plan at last is ready", 100)), QuoteDocuments.Fingerprint(text));
    }
}
