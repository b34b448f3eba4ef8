using QuoteSearch.Core.Language;
namespace QuoteSearch.Core.Attribution;

/// <summary>A speech cue found for a quote: who it points at, the verb, and where it stood.</summary>
internal sealed record Cue(Mention Speaker, string? Verb, CuePlacement Placement);
