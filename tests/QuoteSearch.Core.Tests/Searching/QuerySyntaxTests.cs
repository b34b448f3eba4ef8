using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Searching;

namespace QuoteSearch.Core.Tests.Searching;

public sealed class QuerySyntaxTests
{
    [Theory]
    [InlineData("(war", "a bracket ( is not closed")]
    [InlineData("war)", "a closing bracket ) has no opening one")]
    [InlineData("war AND", "AND at the end needs a word after it")]
    [InlineData("war -", "- at the end needs a word after it")]
    [InlineData("OR war", "OR at the start needs a word before it")]
    [InlineData("war AND OR peace", "AND and OR stand together; put a word between them")]
    [InlineData("war^", "type words, \"an exact phrase\"")]
    [InlineData("[a TO", "type words, \"an exact phrase\"")]
    [InlineData("talks:", "type words, \"an exact phrase\"")]
    public void A_query_that_cannot_be_read_is_explained_in_plain_words(string query, string message)
    {
        var parsed = UserQueryParser.Parse(query, QuoteAnalyzers.Create());
        Assert.False(parsed.Success);
        Assert.StartsWith("the query could not be read: " + message, parsed.Error);
        Assert.DoesNotContain("Encountered", parsed.Error);
        Assert.DoesNotContain("column", parsed.Error);
        Assert.DoesNotContain("<EOF>", parsed.Error);
    }

    [Theory]
    [InlineData("\"moving forward", "exact:\"moving forward\"")]
    [InlineData("talks \"moving forward", "+text:talk +exact:\"moving forward\"")]
    [InlineData("“moving forward", "exact:\"moving forward\"")]
    [InlineData("\"a\" \"moving", "+exact:a +exact:moving")]
    [InlineData("9/11", "text:\"9 11\"")]
    public void An_unbalanced_quote_mark_searches_the_phrase_to_the_end_and_a_slash_is_a_character(string query, string expected)
    {
        var parsed = UserQueryParser.Parse(query, QuoteAnalyzers.Create());
        Assert.True(parsed.Success, parsed.Error);
        Assert.Equal(expected, parsed.Value!.ToString());
    }
}
