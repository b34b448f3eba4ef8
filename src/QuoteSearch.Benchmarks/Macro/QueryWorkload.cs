using Lucene.Net.Index;
using Lucene.Net.Search;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Searching;

namespace QuoteSearch.Benchmarks.Macro;

/// <summary>The three queries of the comparison, drawn from the indexed quotes so every one has matches.</summary>
internal sealed record QueryWorkload(
    IReadOnlyList<string> Phrases,
    IReadOnlyList<(string Word, string SpeakerId)> WordsBySpeaker,
    IReadOnlyList<string> Speakers)
{
    public static QueryWorkload From(QuoteIndex index, int size)
    {
        var random = new Random(5);
        return index.Read(searcher =>
        {
            var top = searcher.Search(new TermQuery(new Term(IndexFields.Type, IndexFields.QuoteType)), 20_000);
            var docs = StoredQuotes.Read(searcher, top.ScoreDocs.Select(d => d.Doc).ToList()).Where(q => q.SpeakerId is not null).ToList();
            var phrases = new List<string>();
            var words = new List<(string, string)>();
            var speakers = new List<string>();
            for (var i = 0; i < size; i++)
            {
                var doc = docs[random.Next(docs.Count)];
                var tokens = doc.Text
                    .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(t => t.Trim(',', '.', '“', '”', '"'))
                    .Where(t => t.Length > 0)
                    .ToArray();
                var at = random.Next(Math.Max(1, tokens.Length - 1));
                phrases.Add(string.Join(' ', tokens.Skip(at).Take(2)).ToLowerInvariant());
                words.Add((tokens[random.Next(tokens.Length)].ToLowerInvariant(), doc.SpeakerId!));
                speakers.Add(doc.SpeakerId!);
            }
            return new QueryWorkload(phrases, words, speakers);
        });
    }
}
