using QuoteSearch.Core.Domain;

namespace QuoteSearch.Core.Reading;

/// <summary>What reading one input gave: an article, or an error naming the input; a warning may accompany either.</summary>
public sealed record ReadOutcome(string Origin, Article? Article, string? Error, string? Warning = null)
{
    public static ReadOutcome Ok(string origin, Article article, string? warning = null) => new(origin, article, null, warning);
    public static ReadOutcome Failed(string origin, string error) => new(origin, null, error);
}
