using Lucene.Net.Analysis.TokenAttributes;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Tests.Indexing;

public sealed class WordPairFilterTests
{
    [Theory]
    [InlineData("We will not", "we will|will not")]
    [InlineData("It is good news for the city", "it is|is good|good news|news for|for the|the city")]
    [InlineData("The harbour fees will not rise", "will not")]
    [InlineData("Vorlund Harbour Kestavik", "")]
    [InlineData("The city’s water", "the city|city water")]
    [InlineData("", "")]
    [InlineData("alone", "")]
    public void Adjacent_words_among_the_most_common_pair_and_a_rarer_word_breaks_the_chain(string text, string expected)
    {
        var analysis = new QuoteTextAnalysis();
        analysis.Analyse(text);
        Assert.Equal(expected, string.Join('|', Pairs(analysis)));
    }

    [Fact]
    public void A_skipped_token_between_two_words_makes_no_pair()
    {
        // StandardTokenizer skips a token over 255 characters and counts its position.
        var analysis = new QuoteTextAnalysis();
        analysis.Analyse("very " + new string('x', 300) + " good news");
        Assert.Equal(["good news"], Pairs(analysis));
    }

    [Fact]
    public void Each_quote_starts_its_own_chain()
    {
        var analysis = new QuoteTextAnalysis();
        analysis.Analyse("we will");
        Pairs(analysis);
        analysis.Analyse("not");
        Assert.Empty(Pairs(analysis));
    }

    private static List<string> Pairs(QuoteTextAnalysis analysis)
    {
        var stream = analysis.Pairs;
        var term = stream.AddAttribute<ICharTermAttribute>();
        var pairs = new List<string>();
        stream.Reset();
        while (stream.IncrementToken()) pairs.Add(term.ToString());
        stream.End();
        stream.Dispose();
        return pairs;
    }
}
