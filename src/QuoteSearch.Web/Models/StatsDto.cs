using QuoteSearch.Core.Searching;

namespace QuoteSearch.Web.Models;

/// <summary>The size of the corpus: articles indexed, quotes and statements found in them, distinct speakers.</summary>
public sealed record StatsDto(int Articles, int Quotes, int Speakers)
{
    public static StatsDto From(IndexStats stats) => new(stats.Articles, stats.Quotes, stats.Speakers);
}
