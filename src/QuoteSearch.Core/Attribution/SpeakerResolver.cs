namespace QuoteSearch.Core.Attribution;

/// <summary>
/// Turns a mention at a cue into a canonical speaker, remembering who spoke last so that pronouns and
/// descriptions ("he said", "the senator added") point at the person the article is talking about.
/// </summary>
internal sealed class SpeakerResolver(ArticleNames names)
{
    private const int PronounReach = 3;

    private (string Name, string? Role, int Paragraph)? last;
    private readonly List<(string Name, string Role)> roles = [];

    public sealed record Speaker(string Name, string? Role);

    public Speaker? Resolve(Mention mention, int paragraph, int position)
    {
        switch (mention.Kind)
        {
            case MentionKind.Person:
                var name = names.Canonical(mention.Text);
                var role = string.IsNullOrWhiteSpace(mention.Role) ? RoleOf(name) : mention.Role;
                if (!string.IsNullOrWhiteSpace(mention.Role)) roles.Add((name, mention.Role!));
                return new Speaker(name, role);
            case MentionKind.Pronoun when mention.Text is "he" or "she" or "i":
                if (last is { } recent && recent.Paragraph >= paragraph - PronounReach) return new Speaker(recent.Name, recent.Role);
                var person = names.MostRecentPerson(paragraph, position);
                return person is null ? null : new Speaker(person, RoleOf(person));
            case MentionKind.Description:
                var head = mention.Text.Split(' ')[^1];
                var byRole = roles.LastOrDefault(r => r.Role.Contains(head, StringComparison.OrdinalIgnoreCase));
                if (byRole.Name is not null) return new Speaker(byRole.Name, byRole.Role);
                if (char.IsUpper(mention.Text[0]) || mention.Text.StartsWith("the ", StringComparison.Ordinal) && char.IsUpper(mention.Text[4]))
                {
                    return new Speaker(mention.Text.StartsWith("the ", StringComparison.Ordinal) ? mention.Text[4..] : mention.Text, null);
                }
                // "the senator" most likely is the person just quoted; otherwise keep the description itself.
                return head is not ("campaign" or "report" or "statement" or "poll" or "survey" or "study" or "officials" or "sources" or "source")
                       && !mention.Text.StartsWith("a ", StringComparison.OrdinalIgnoreCase) && !mention.Text.StartsWith("an ", StringComparison.OrdinalIgnoreCase)
                       && last is { } recentSpeaker && recentSpeaker.Paragraph >= paragraph - PronounReach
                    ? new Speaker(recentSpeaker.Name, recentSpeaker.Role)
                    : new Speaker(mention.Text, null);
            default:
                return null;
        }
    }

    /// <summary>The speaker of the most recent attributed quote, if it is close enough to carry over.</summary>
    public Speaker? Previous(int paragraph, int reach) =>
        last is { } recent && recent.Paragraph >= paragraph - reach ? new Speaker(recent.Name, recent.Role) : null;

    public void Spoke(Speaker speaker, int paragraph) => last = (speaker.Name, speaker.Role, paragraph);

    private string? RoleOf(string name) => roles.LastOrDefault(r => r.Name == name).Role;
}
