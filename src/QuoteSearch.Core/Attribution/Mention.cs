namespace QuoteSearch.Core.Attribution;

internal enum MentionKind
{
    Person,
    Pronoun,
    /// <summary>A description standing for someone: "the senator", "a campaign spokesman".</summary>
    Description,
}

/// <summary>Who a cue points at, as written: a name (with the role written before it), a pronoun or a description.</summary>
internal sealed record Mention(MentionKind Kind, string Text, string? Role);
