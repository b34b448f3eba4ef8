using QuoteSearch.Core.Domain;

namespace QuoteSearch.Core.Statements;

/// <summary>
/// Text between two apostrophes (<c>''…''</c>, how archive copy of some newspapers writes quotes) is reported speech,
/// not a verbatim quote: the doubled apostrophe is not one of the quote marks the extractor vouches for, and the
/// PolNeAR gold reads those passages as reported statements (1,638 of them on train). They stay found, attributed and
/// searchable, as kind indirect.
/// </summary>
internal static class ApostropheQuotes
{
    /// <returns>The quotes, those opened by a doubled apostrophe as statements.</returns>
    public static IReadOnlyList<Quote> AsReported(Article article, IReadOnlyList<Quote> quotes) =>
        quotes.Select(q => q.Kind != QuoteKind.Indirect && OpensWithDoubledApostrophe(article.Paragraphs[q.Paragraph], q.Start)
            ? q with { Kind = QuoteKind.Indirect }
            : q).ToList();

    private static bool OpensWithDoubledApostrophe(string paragraph, int start) =>
        start >= 2 && paragraph[start - 2] == '\'' && paragraph[start - 1] == '\'';
}
