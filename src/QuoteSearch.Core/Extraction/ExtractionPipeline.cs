using QuoteSearch.Core.Attribution;
using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Quotes;
using QuoteSearch.Core.Statements;

namespace QuoteSearch.Core.Extraction;

/// <summary>
/// Article in, quotes and statements out: quote finding → speaker attribution → statements (the one stage that makes
/// them) → speakers checked to be names.
/// Immutable and stateless between calls, so one instance serves every thread.
/// </summary>
public sealed class ExtractionPipeline(IQuoteFinder finder, ISpeakerAttributor attributor, IStatementFinder statements)
{
    public static ExtractionPipeline Default { get; } = new ExtractionPipelineBuilder().Build();

    public ExtractedArticle Extract(Article article)
    {
        var analyzed = AnalyzedArticle.Of(article, finder.Find(article.Paragraphs));
        var quotes = attributor.Attribute(analyzed);
        var items = statements.Find(analyzed, quotes);
        // Attribution and statements may point at a description or a fragment: only names leave the pipeline.
        var lowerCase = new Dictionary<string, bool>(StringComparer.Ordinal);
        var all = items.Select(q => SpeakerNames.Clean(q, analyzed, lowerCase))
            .OrderBy(q => q.Paragraph).ThenBy(q => q.Start).ToList();
        return new ExtractedArticle(article, all);
    }
}
