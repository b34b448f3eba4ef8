using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Extraction;

namespace QuoteSearch.Core.Tests.Support;

/// <summary>Small articles written for tests, and extraction over them.</summary>
public static class Articles
{
    public static Article Of(params string[] paragraphs) => new("test", null, null, null, paragraphs);

    public static IReadOnlyList<Quote> Extract(params string[] paragraphs) => ExtractionPipeline.Default.Extract(Of(paragraphs)).Quotes;

    public static IReadOnlyList<Quote> Quotes(params string[] paragraphs) =>
        Extract(paragraphs).Where(q => q.Kind != QuoteKind.Indirect).ToList();

    /// <summary>A one-paragraph article dated 2026-01-01, extracted and ready to index.</summary>
    public static ExtractedArticle Indexable(string id, string text, string? title = null) =>
        ExtractionPipeline.Default.Extract(new Article(id, title, new DateOnly(2026, 1, 1), null, [text]));
}
