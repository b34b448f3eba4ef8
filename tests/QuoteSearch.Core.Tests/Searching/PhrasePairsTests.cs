using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Searching;

namespace QuoteSearch.Core.Tests.Searching;

public sealed class PhrasePairsTests
{
    [Theory]
    [InlineData("\"we will not\"", "we will|will not")]
    [InlineData("\"we will not\" harbour", "we will|will not")]
    [InlineData("\"we will not\" \"we will not\"", "we will|will not")]
    [InlineData("\"the harbour fees will not rise\"", "will not")]
    [InlineData("\"harbour fees\"", "")]
    [InlineData("\"we will not\" OR harbour", "")]
    [InlineData("harbour -\"we will not\"", "")]
    [InlineData("\"we will not\"~2", "")]
    [InlineData("we will", "")]
    [InlineData("\"we will\"", "")]
    [InlineData("(\"we will not\" fees) budget", "we will|will not")]
    public void A_required_longer_phrase_gives_its_pairs_of_the_most_common_words(string query, string expected)
    {
        var parsed = UserQueryParser.Parse(query, QuoteAnalyzers.Create());
        Assert.True(parsed.Success, parsed.Error);
        var pairs = PhrasePairs.Required(parsed.Value);
        Assert.All(pairs, p => Assert.Equal(IndexFields.ExactPairs, p.Field));
        Assert.Equal(expected, string.Join('|', pairs.Select(p => p.Text)));
    }

    [Theory]
    [InlineData("\"we will\"", "pair(\"we will\")")]
    [InlineData("\"we will\" OR -\"the city\" harbour", "pair(\"we will\")|pair(\"the city\")")]
    [InlineData("\"harbour fees\"", "")]
    [InlineData("\"we will\"~1", "")]
    [InlineData("\"we will not\"", "")]
    public void Only_a_two_word_phrase_of_paired_words_becomes_its_pair(string query, string expected)
    {
        var parsed = UserQueryParser.Parse(query, QuoteAnalyzers.Create());
        Assert.True(parsed.Success, parsed.Error);
        var pairs = new List<string>();
        void Walk(Lucene.Net.Search.Query q)
        {
            if (q is Lucene.Net.Search.BooleanQuery b) foreach (var c in b.Clauses) Walk(c.Query);
            else if (q.ToString().StartsWith("pair(", StringComparison.Ordinal)) pairs.Add(q.ToString());
        }
        Walk(PhrasePairs.Rewrite(parsed.Value!));
        Assert.Equal(expected, string.Join('|', pairs));
    }
}
