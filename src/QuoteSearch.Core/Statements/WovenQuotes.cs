using QuoteSearch.Core.Language;
using QuoteSearch.Core.Attribution;
using QuoteSearch.Core.Domain;

namespace QuoteSearch.Core.Statements;

/// <summary>
/// A few quoted words woven into a reported clause ("Hart said the plan was “rushed” and would cost more") are part of
/// the statement, which runs on to the end of its clause. A quotation of any other kind (a direct quote, reported
/// text between doubled apostrophes) is never repeated by a statement: the statement ends before it.
/// </summary>
internal static class WovenQuotes
{
    /// <summary>The quote token at <paramref name="q"/> sits inside the clause: a word before it, a lowercase word after it.</summary>
    public static bool IsWoven(List<Token> tokens, int q, int from, int end) =>
        q > from && tokens[q].IsQuotedName && tokens[q - 1].IsWord
        && q + 1 < end && tokens[q + 1].IsWord && !tokens[q + 1].IsCapitalized;

    /// <summary>
    /// The statement cut before the first quotation in it that is not a partial quote, or null when too little is
    /// left, and ended after a woven quote that closes with a comma. <paramref name="quotations"/> are the
    /// paragraph's quotes found so far, in any order.
    /// </summary>
    public static StatementMatch? Keep(List<Token> tokens, StatementMatch statement, string paragraph, IReadOnlyList<Quote> quotations)
    {
        for (var k = statement.From; k < statement.To; k++)
        {
            if (!tokens[k].IsQuote) continue;
            if (IsPartialOrDropped(tokens[k], quotations))
            {
                // "immunity was only “partial,” meaning ...": a comma inside the marks closes the writer's clause.
                if (EndsWithComma(paragraph, tokens[k])) return statement with { To = k + 1 };
                continue;
            }
            var to = k;
            while (to > statement.From && tokens[to - 1].Kind == TokenKind.Punct) to--;
            var words = TokenRanges.CountWords(tokens, statement.From, to);
            return words < StatementPatterns.MinWords ? null : statement with { To = to };
        }
        return statement;
    }

    private static bool EndsWithComma(string paragraph, Token quote)
    {
        var end = quote.End - 1;
        while (end > quote.Start && (char.IsWhiteSpace(paragraph[end]) || IsQuoteMark(paragraph[end]))) end--;
        return end > quote.Start && paragraph[end] == ',';
    }

    private static bool IsQuoteMark(char c) => c is '"' or '“' or '”' or '\'' or '’' or '‘' or '«' or '»' or '„';

    /// <summary>A quotation the attributor kept as partial, or dropped as no speech at all (a scare quote).</summary>
    private static bool IsPartialOrDropped(Token quote, IReadOnlyList<Quote> quotations)
    {
        foreach (var q in quotations)
        {
            if (q.Start >= quote.Start && q.Start < quote.End) return q.Kind == QuoteKind.Partial;
        }
        return true;
    }
}
