using QuoteSearch.Core.Attribution;
using BenchmarkDotNet.Attributes;
using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Extraction;
using QuoteSearch.Core.Quotes;
using QuoteSearch.Core.Reading;

namespace QuoteSearch.Benchmarks.Micro;

/// <summary>
/// The hot paths over a fixed synthetic batch (about 1 MB of article text, or 2.6 MB of HTML): divide the batch
/// size printed at set-up by the mean time for MB/s.
/// </summary>
[MemoryDiagnoser]
public class HotPathBenchmarks
{
    private List<Article> articles = [];
    private List<string> pages = [];
    private readonly QuoteMarkScanner scanner = new();
    private readonly HtmlArticleParser html = new();
    private readonly ExtractionPipeline rules = new ExtractionPipelineBuilder()
        .WithAttributor(new SpeakerAttributor(AttributionUnits.Without([AttributionUnits.Model]).Value!)).Build();

    [GlobalSetup]
    public void Setup()
    {
        articles = Inputs.Articles(1000);
        pages = Inputs.Pages(1000);
        Console.WriteLine(
            $"// batch: {Inputs.Bytes(articles) / 1e6:F2} MB of article text, {pages.Sum(p => (long)p.Length) / 1e6:F2} MB of HTML");
    }

    [Benchmark(Description = "quote finding")]
    public int QuoteFinding() => articles.Sum(a => scanner.Find(a.Paragraphs).Count);

    [Benchmark(Description = "extraction (quotes + speakers + statements)")]
    public int Extraction() => articles.Sum(a => ExtractionPipeline.Default.Extract(a).Quotes.Count);

    [Benchmark(Description = "extraction, fixed rules choosing (no speaker model)")]
    public int ExtractionWithRules() => articles.Sum(a => rules.Extract(a).Quotes.Count);

    [Benchmark(Description = "HTML parsing")]
    public int HtmlParsing() => pages.Sum(p => html.Parse(new ArticleInput("page", "page", p, InputFormat.Html)).Value!.Paragraphs.Count);
}
