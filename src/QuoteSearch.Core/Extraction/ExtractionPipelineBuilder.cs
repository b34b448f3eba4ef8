using QuoteSearch.Core.Attribution;
using QuoteSearch.Core.Quotes;
using QuoteSearch.Core.Statements;

namespace QuoteSearch.Core.Extraction;

/// <summary>Assembles an <see cref="ExtractionPipeline"/>; each stage can be swapped for another implementation.</summary>
public sealed class ExtractionPipelineBuilder
{
    private IQuoteFinder finder = new QuoteMarkScanner();
    private ISpeakerAttributor attributor = new SpeakerAttributor();
    private IStatementFinder statements = new ReportedStatementFinder();

    public ExtractionPipelineBuilder WithQuoteFinder(IQuoteFinder value) { finder = value; return this; }
    public ExtractionPipelineBuilder WithAttributor(ISpeakerAttributor value) { attributor = value; return this; }
    public ExtractionPipelineBuilder WithStatementFinder(IStatementFinder value) { statements = value; return this; }

    public ExtractionPipeline Build() => new(finder, attributor, statements);
}
