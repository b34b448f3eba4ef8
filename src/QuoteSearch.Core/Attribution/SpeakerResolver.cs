using System.Collections.Frozen;
using QuoteSearch.Core.Identity;
using QuoteSearch.Core.Language;

namespace QuoteSearch.Core.Attribution;

/// <summary>
/// Turns a mention at a cue into a canonical speaker. Pronouns and descriptions ("he said", "the senator
/// added") go to the person the article last named as a subject who fits the pronoun's gender, or failing
/// that the last speaker; organisation descriptions ("the union said") stay as written.
/// </summary>
internal sealed class SpeakerResolver(ArticleNames names)
{
    private const int SpeakerReach = 2;

    private (string Name, string? Role, int Paragraph)? last;
    private readonly List<(string Name, string Role)> roles = [];

    public sealed record Speaker(string Name, string? Role);

    private static readonly FrozenSet<string> NotSpeakers = Lexicon.Set(
        "it its this that these those there here the a an everyone anyone someone nobody everybody anybody somebody " +
        "many most some few all both having being");

    /// <param name="recordRole">Whether a role written at this mention is remembered for later mentions of the name;
    /// off for candidates that may not be chosen.</param>
    public Speaker? Resolve(Mention mention, int paragraph, int position, bool recordRole = true) =>
        ResolveMention(mention, paragraph, position, recordRole) is { } speaker && !IsSentenceOpener(speaker.Name) ? speaker : null;

    /// <summary>A capitalised sentence opener ("It said", "Having announced", "Everyone knows") is not a name.</summary>
    private static bool IsSentenceOpener(string name) =>
        !name.Contains(' ') && NotSpeakers.Contains(name);

    private Speaker? ResolveMention(Mention mention, int paragraph, int position, bool recordRole)
    {
        switch (mention.Kind)
        {
            case MentionKind.Person:
                var name = names.Canonical(mention.Text);
                if (mention.Weak && !names.IsPerson(name)) return null;
                if (recordRole && !string.IsNullOrWhiteSpace(mention.Role)) roles.Add((name, mention.Role!));
                return new Speaker(name, string.IsNullOrWhiteSpace(mention.Role) ? RoleOf(name) : mention.Role);
            case MentionKind.Pronoun when mention.Text is "he" or "she":
                return Person(paragraph, position, Genders.OfPronoun(mention.Text));
            case MentionKind.Pronoun when mention.Text is "i" && Previous(paragraph, SpeakerReach) is { } speaker:
                return speaker;
            case MentionKind.Pronoun when mention.Text is "they" && names.RecentOrganisation(paragraph, position) is { } organisation:
                return new Speaker(organisation, null);
            case MentionKind.Description:
                return Described(mention.Text, paragraph, position);
            default:
                return null;
        }
    }

    /// <summary>
    /// "Mr. King" after "Tobias King": a courtesy title and one word that is also a title ("King", "Bishop") read as a
    /// description; it is a surname when the article names a person with it. Null otherwise.
    /// </summary>
    private string? CourtesyTitledSurname(string phrase)
    {
        // Two capitalised words, the first as short as "Mr." or "Mrs.": most descriptions fail here without allocating.
        var space = phrase.IndexOf(' ');
        var shape = space is >= 2 and <= 4 && space + 1 < phrase.Length && phrase.IndexOf(' ', space + 1) < 0
                    && char.IsUpper(phrase[0]) && char.IsUpper(phrase[space + 1]);
        if (!shape) return null;
        var (title, word) = (phrase[..space], phrase[(space + 1)..]);
        return Genders.IsGenderedCourtesyTitle(title) && names.IsPerson(word) ? word : null;
    }

    /// <summary>
    /// "says Bishop" after "Anna Bishop": one capitalised title word, without "the", that is the surname of a person the
    /// article names in full with a known given name is that person. Null otherwise ("Governor" after "Ohio Governor").
    /// </summary>
    private string? TitleWordSurname(string word)
    {
        if (word.Contains(' ') || !char.IsUpper(word[0]) || !names.IsPerson(word)) return null;
        var canonical = names.Canonical(word);
        var space = canonical.IndexOf(' ');
        return space > 0 && GivenNames.IsKnown(NameFolding.Word(canonical[..space])) ? canonical : null;
    }

    /// <summary>
    /// "the Times" after "The Harbour Times": one capitalised word the article knows as an organisation's. Not a group of
    /// people ("Republicans"): "Rival Republicans" at a sentence's start names no organisation.
    /// </summary>
    private bool IsShortOrganisationName(string phrase) =>
        !phrase.Contains(' ') && char.IsUpper(phrase[0]) && names.IsOrganisation(phrase) && !PersonNouns.IsPersonNoun(phrase);

    private Speaker? Described(string text, int paragraph, int position)
    {
        var bare = text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? text[4..] : text;
        var head = bare.Split(' ')[^1];
        // "the IMF report said", "the article read": the document speaks for whoever it belongs to.
        if (Lexicon.DocumentNouns.Contains(head))
        {
            var named = string.Join(' ', bare.Split(' ')[..^1].Where(w => w.Length > 0 && char.IsUpper(w[0])));
            var owner = named.Length > 0 ? names.Canonical(named) : names.OwnerOf(head, paragraph, position);
            if (owner is not null) return new Speaker(owner, null);
        }
        if (CourtesyTitledSurname(bare) is { } surname) return new Speaker(names.Canonical(surname), bare.Split(' ')[0]);
        if (ReferenceEquals(bare, text) && TitleWordSurname(bare) is { } person) return new Speaker(person, RoleOf(person));
        var byRole = roles.LastOrDefault(r => Fits(r.Role, head) && NamesTheSamePlace(r.Role, bare));
        if (byRole.Name is not null) return new Speaker(byRole.Name, byRole.Role);
        // "the White House", "the union"
        if (IsShortOrganisationName(bare)) return new Speaker(names.Canonical(bare), null);
        if (char.IsUpper(head[0]) || Lexicon.OrganisationWords.Contains(head)) return new Speaker(bare, null);
        var indefinite = text.StartsWith("a ", StringComparison.OrdinalIgnoreCase)
                         || text.StartsWith("an ", StringComparison.OrdinalIgnoreCase);
        if (indefinite || !PersonNouns.IsSingularPerson(head)) return new Speaker(text, null);
        return Person(paragraph, position, Genders.FromTitle(head)) ?? new Speaker(text, null);
    }

    /// <summary>
    /// "the senator" fits the role "Republican senator"; a role written as an appositive with a preposition ("a senior
    /// adviser to the Halloran campaign") is fitted by its head noun only, so "the campaign" is not its holder.
    /// </summary>
    private static bool Fits(string role, string head)
    {
        var words = role.Split(' ');
        var prepositionAt = Array.FindIndex(words, w => Lexicon.Prepositions.Contains(w));
        return prepositionAt < 0
            ? role.Contains(head, StringComparison.OrdinalIgnoreCase)
            : prepositionAt > 0 && words[prepositionAt - 1].Equals(head, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"the Florida senator" is not the holder of "the senator from Vermont": capitalised modifiers must agree.</summary>
    private static bool NamesTheSamePlace(string role, string description) =>
        description.Split(' ')[..^1].Where(w => w.Length > 0 && char.IsUpper(w[0]))
            .All(w => role.Contains(w, StringComparison.OrdinalIgnoreCase));

    private Speaker? Person(int paragraph, int position, Gender gender)
    {
        var (recent, asSubject) = names.RecentWithRole(paragraph, position, gender);
        var previous = last is { } l && l.Paragraph >= paragraph - SpeakerReach
                       && !names.IsOrganisation(l.Name) && Genders.Compatible(names.GenderOf(l.Name), gender)
            ? new Speaker(l.Name, l.Role)
            : null;
        if (recent is null) return previous;
        // Named only as an object ("loyalists to Marsh and Ferrand"): the person just quoted is the better guess.
        if (!asSubject && previous is not null) return previous;
        return previous is not null && previous.Name == recent ? previous : new Speaker(recent, RoleOf(recent));
    }

    /// <summary>The speaker of the most recent attributed quote, if it is close enough to carry over.</summary>
    public Speaker? Previous(int paragraph, int reach) =>
        last is { } recent && recent.Paragraph >= paragraph - reach ? new Speaker(recent.Name, recent.Role) : null;

    public void Spoke(Speaker speaker, int paragraph) => last = (speaker.Name, speaker.Role, paragraph);

    private string? RoleOf(string name) => roles.LastOrDefault(r => r.Name == name).Role;
}
