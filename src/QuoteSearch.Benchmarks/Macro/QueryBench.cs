using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Searching;

namespace QuoteSearch.Benchmarks.Macro;

/// <summary>In-process query latency through the product's searcher: phrase, word + speaker, everything X said.</summary>
internal static class QueryBench
{
    public sealed record Result(int Quotes, Percentiles Phrase, Percentiles WordAndSpeaker, Percentiles SpeakerNewestFirst);

    public static Result Run(QuoteIndex index, QueryWorkload workload, int runs)
    {
        var searcher = new QuoteSearcher(index);
        var quotes = IndexStats.Of(index, new SpeakerDirectory(index)).Quotes;
        void Check(QuoteSearch.Core.Domain.Result<SearchPage> page) { if (!page.Success) throw new InvalidOperationException(page.Error); }
        var phrase = Percentiles.Measure(50, runs, i =>
            Check(searcher.Search(new SearchRequest { Query = $"\"{workload.Phrases[i % workload.Phrases.Count]}\"" })));
        var word = Percentiles.Measure(50, runs, i =>
        {
            var (w, speaker) = workload.WordsBySpeaker[i % workload.WordsBySpeaker.Count];
            Check(searcher.Search(new SearchRequest { Query = w, Speaker = speaker }));
        });
        var newest = Percentiles.Measure(50, runs, i =>
            Check(searcher.Search(new SearchRequest { Speaker = workload.Speakers[i % workload.Speakers.Count], Sort = SearchSort.Date })));
        return new Result(quotes, phrase, word, newest);
    }
}
