using QuoteSearch.Core.Language;
using QuoteSearch.Core.Attribution;
using QuoteSearch.Core.Domain;

namespace QuoteSearch.Core.Statements;

/// <summary>
/// Reported speech and stance by sentence pattern: "X said (that) CLAUSE", "X urged OBJECT", "CLAUSE, X said."
/// and "according to X, CLAUSE". A statement runs on past a partial quote woven into its clause, stops at any
/// other quotation or a trailing source ("..., Vantners reported"), never repeats a direct quote, and needs a speaker.
/// </summary>
public sealed class ReportedStatementFinder : IStatementFinder
{
    public IReadOnlyList<Quote> Find(AnalyzedArticle analyzed, IReadOnlyList<Quote> attributed)
    {
        var article = analyzed.Article;
        var quotes = TranscriptLines.Apply(article, ApostropheQuotes.AsReported(article, attributed), new SpeakerResolver(analyzed.Names));
        var quotations = quotes.Where(q => q.Kind != QuoteKind.Indirect).ToLookup(q => q.Paragraph);
        var inputs = quotes.ToLookup(q => q.Paragraph);
        var resolver = new SpeakerResolver(analyzed.Names);
        var found = new List<Quote>();
        for (var p = 0; p < analyzed.Tokens.Count; p++)
        {
            var tokens = analyzed.Tokens[p];
            var text = article.Paragraphs[p];
            var quotesHere = quotations[p].Where(q => q.Speaker is not null).OrderBy(q => q.Start).ToList();
            var inParagraph = inputs[p].ToList();
            var nextQuote = 0;
            foreach (var (start, end) in Sentences(tokens))
            {
                var sentenceStart = start < tokens.Count ? tokens[start].Start : text.Length;
                // Quotes before this sentence set who "he" is, in reading order.
                for (; nextQuote < quotesHere.Count && quotesHere[nextQuote].Start < sentenceStart; nextQuote++)
                {
                    resolver.Spoke(new SpeakerResolver.Speaker(quotesHere[nextQuote].Speaker!, quotesHere[nextQuote].Role), p);
                }
                foreach (var match in StatementPatterns.All(tokens, start, end))
                {
                    if (WovenQuotes.Keep(tokens, match, text, inParagraph) is not { } statement) continue;
                    var (from, to) = (tokens[statement.From].Start, tokens[statement.To - 1].End);
                    var speaker = resolver.Resolve(statement.Speaker, p, from);
                    if (speaker is null || speaker.Name.Length == 0) continue;
                    resolver.Spoke(speaker, p);
                    found.Add(new Quote(
                        article.Id, p, from, to, text[from..to], QuoteKind.Indirect,
                        speaker.Name, speaker.Role, statement.Verb, statement.Confidence));
                }
            }
        }
        return quotes.Concat(found).ToList();
    }

    private static IEnumerable<(int Start, int End)> Sentences(List<Token> tokens)
    {
        var start = 0;
        for (var i = 0; i <= tokens.Count; i++)
        {
            if (i < tokens.Count && !tokens[i].IsSentenceEnd) continue;
            if (i > start) yield return (start, i);
            start = i + 1;
        }
    }
}
