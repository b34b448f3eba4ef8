using System.Diagnostics;
using Lucene.Net.Analysis.En;
using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Extraction;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Reading;

namespace QuoteSearch.Benchmarks.Macro;

/// <summary>
/// Indexing alone, on one thread: the articles of a folder are extracted first (unmeasured), then written as
/// QuoteSearch documents, next to plain Lucene.Net indexing the same text into one EnglishAnalyzer field.
/// Prints time per document and bytes per quote. `QuoteSearch.Benchmarks.dll indexing --folder DIR [--rounds N]`.
/// </summary>
internal static class IndexingProfile
{
    public static void Run(string folder, int rounds, string work)
    {
        var articles = ArticleFileReader.CreateDefault().ReadAll([folder])
            .Where(o => o.Article is not null)
            .Select(o => o.Article!)
            .ToList();
        var extracted = articles.Select(ExtractionPipeline.Default.Extract).ToList();
        var quotes = extracted.Sum(e => e.Quotes.Count);
        for (var round = 0; round <= rounds; round++)
        {
            var ours = Timed(() => IndexQuotes(extracted, Path.Combine(work, "quotes")));
            var raw = Timed(() => IndexRaw(articles, Path.Combine(work, "raw")));
            var bytes = new DirectoryInfo(Path.Combine(work, "quotes")).EnumerateFiles().Sum(f => f.Length);
            if (round == 0) continue; // unmeasured: JIT tiering
            Console.WriteLine(
                $"round {round}: {articles.Count:N0} articles, {quotes:N0} quotes: ours {ours:F2} processor s "
                + $"({ours * 1e6 / (quotes + articles.Count):F1} µs a document, {articles.Count / ours:N0} articles/s), "
                + $"plain Lucene {raw:F2} s ({articles.Count / raw:N0} articles/s); {(double)bytes / quotes:F0} bytes per quote");
        }
    }

    /// <summary>Processor seconds of the run: unlike wall time, they hold on a machine others are loading.</summary>
    private static double Timed(Action run)
    {
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        run();
        return (Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds;
    }

    private static void IndexQuotes(List<ExtractedArticle> extracted, string folder)
    {
        if (System.IO.Directory.Exists(folder)) System.IO.Directory.Delete(folder, recursive: true);
        using var index = QuoteIndex.Open(folder, writable: true).Value!;
        foreach (var article in extracted) index.Upsert(article);
        index.Commit();
    }

    private static void IndexRaw(List<Article> articles, string folder) => PlainLuceneIngest.Index(
        articles.Select(a => (a.Id, string.Join("\n\n", a.Paragraphs))), folder, new EnglishAnalyzer(QuoteAnalyzers.Version));
}
