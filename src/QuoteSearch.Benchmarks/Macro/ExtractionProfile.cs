using System.Diagnostics;
using System.Text;
using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Extraction;
using QuoteSearch.Core.Reading;

namespace QuoteSearch.Benchmarks.Macro;

/// <summary>
/// Extraction alone, on one thread, over the articles of a folder (real text, unlike the synthetic micro batch):
/// MB/s, processor time, and the bytes allocated per MB of text, which unlike time does not move with the load
/// others put on a shared machine. `QuoteSearch.Benchmarks.dll extraction --folder DIR [--rounds N]`.
/// </summary>
internal static class ExtractionProfile
{
    public static void Run(string folder, int rounds)
    {
        var articles = ArticleFileReader.CreateDefault().ReadAll([folder])
            .Where(o => o.Article is not null)
            .Select(o => o.Article!)
            .ToList();
        var megaBytes = articles.Sum(a => a.Paragraphs.Sum(p => (long)Encoding.UTF8.GetByteCount(p))) / 1e6;
        var pipeline = ExtractionPipeline.Default;
        Extract(pipeline, articles); // unmeasured: JIT tiering
        for (var round = 1; round <= rounds; round++)
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var gen0 = GC.CollectionCount(0);
            var pause = GC.GetTotalPauseDuration();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var quotes = Extract(pipeline, articles);
            var seconds = clock.Elapsed.TotalSeconds;
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            var perMegaByte = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6 / megaBytes;
            Console.WriteLine(
                $"round {round}: {articles.Count:N0} articles, {megaBytes:F1} MB, {quotes:N0} items: {megaBytes / seconds:F2} MB/s wall, "
                + $"{megaBytes / cpuSeconds:F2} MB/s of processor time, {perMegaByte:F1} MB allocated per MB, "
                + $"{GC.CollectionCount(0) - gen0} gen-0 collections, GC pauses {(GC.GetTotalPauseDuration() - pause).TotalSeconds:F2} s");
        }
    }

    private static int Extract(ExtractionPipeline pipeline, List<Article> articles) =>
        articles.Sum(article => pipeline.Extract(article).Quotes.Count);
}
