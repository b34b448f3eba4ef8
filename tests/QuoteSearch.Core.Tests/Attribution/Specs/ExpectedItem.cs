namespace QuoteSearch.Core.Tests.Attribution.Specs;

/// <summary>
/// One thing a careful reader finds in an example: a fragment of the quote or statement, who said it (null: nobody
/// can tell), and where given the role, the cue verb and the kind ("direct", "partial", "indirect", or "quote" for
/// either quote kind).
/// </summary>
public sealed record ExpectedItem(string Quote, string? Speaker, string? Role, string? Cue, string Kind);
