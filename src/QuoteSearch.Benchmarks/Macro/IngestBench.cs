using System.Diagnostics;
using System.Text;
using Lucene.Net.Analysis.Standard;
using QuoteSearch.Core.Extraction;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Reading;
using QuoteSearch.Core.Synthetic;

namespace QuoteSearch.Benchmarks.Macro;

/// <summary>
/// Ingest speed: parse + extract + index + commit of synthetic articles, next to raw Lucene.Net indexing the
/// same article text into one plain text field, in the same run.
/// </summary>
internal static class IngestBench
{
    public sealed record Result(int Articles, double MegaBytes, double Seconds, double RawSeconds, int Quotes)
    {
        public double ArticlesPerSecond => Articles / Seconds;
        public double MegaBytesPerSecond => MegaBytes / Seconds;
        public double RawArticlesPerSecond => Articles / RawSeconds;
    }

    private const int WarmUpArticles = 2000;
    private static bool warmedUp;

    public static Result Run(int count, string indexFolder)
    {
        WarmUpOnce(indexFolder + "-warm-up");
        var items = new SyntheticCorpus(seed: 1).Articles(count).ToList();
        var megaBytes = items.Sum(i => (long)Encoding.UTF8.GetByteCount(i.Text)) / 1e6;
        var (seconds, quotes) = Timed(() => IndexQuotes(items, indexFolder));
        var (rawSeconds, _) = Timed(() => IndexRaw(items, indexFolder + "-raw"));
        System.IO.Directory.Delete(indexFolder + "-raw", recursive: true);
        return new Result(count, megaBytes, seconds, rawSeconds, quotes);
    }

    /// <summary>
    /// Both sides run once, unmeasured, before the first measurement: otherwise whichever runs first pays for
    /// compiling the Lucene code both share (the first 10k run measured at half the rate of the second).
    /// </summary>
    private static void WarmUpOnce(string folder)
    {
        if (warmedUp) return;
        warmedUp = true;
        var items = new SyntheticCorpus(seed: 2).Articles(WarmUpArticles).ToList();
        IndexQuotes(items, folder);
        IndexRaw(items, folder + "-raw");
        System.IO.Directory.Delete(folder, recursive: true);
        System.IO.Directory.Delete(folder + "-raw", recursive: true);
    }

    private static (double Seconds, int Quotes) Timed(Func<int> run)
    {
        var clock = Stopwatch.StartNew();
        var quotes = run();
        return (clock.Elapsed.TotalSeconds, quotes);
    }

    private static int IndexQuotes(IReadOnlyList<SyntheticCorpus.Item> items, string folder)
    {
        if (System.IO.Directory.Exists(folder)) System.IO.Directory.Delete(folder, recursive: true);
        var quotes = 0;
        using var index = QuoteIndex.Open(folder, writable: true).Value!;
        var parser = new PlainTextArticleParser();
        var ingest = new Ingest(index, ExtractionPipeline.Default) { BatchSize = 5000 };
        var articles = items.Select(i => parser.Parse(
            new ArticleInput(i.FileName, Path.GetFileNameWithoutExtension(i.FileName), i.Text, InputFormat.PlainText) { Url = i.Url })
            .Value!);
        ingest.AddAll(articles, extracted => Interlocked.Add(ref quotes, extracted.Quotes.Count));
        ingest.Commit();
        return quotes;
    }

    private static int IndexRaw(IReadOnlyList<SyntheticCorpus.Item> items, string folder)
    {
        PlainLuceneIngest.Index(items.Select(i => (i.FileName, i.Text)), folder, new StandardAnalyzer(QuoteAnalyzers.Version));
        return 0;
    }
}
