namespace QuoteSearch.Core.Language;

internal enum MentionKind
{
    Person,
    Pronoun,
    /// <summary>A description standing for someone: "the senator", "a campaign spokesman".</summary>
    Description,
}

/// <summary>
/// Who a cue points at, as written: a name (with the role written before it), a pronoun or a description.
/// A <see cref="Weak"/> mention was guessed from sentence structure rather than read at a cue, so it only
/// counts when the article shows the name is a person.
/// </summary>
internal sealed record Mention(MentionKind Kind, string Text, string? Role, bool Weak = false);
