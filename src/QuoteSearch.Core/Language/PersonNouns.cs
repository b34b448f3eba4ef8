using System.Collections.Frozen;

namespace QuoteSearch.Core.Language;

/// <summary>Head nouns of descriptions that can speak ("the senator said"), as opposed to "at the same time".</summary>
internal static class PersonNouns
{
    private static readonly FrozenSet<string> Heads = WordData.Set("person-nouns.txt");

    /// <summary>Heads that name one person and so can stand for someone named earlier ("the senator", "the businessman").</summary>
    private static readonly FrozenSet<string> SingularPeople = WordData.Set("singular-person-nouns.txt");

    /// <summary>Whether a head noun names someone or something that can speak.</summary>
    public static bool IsPersonNoun(string word) => Heads.Contains(word);

    /// <summary>Whether a head noun names one person.</summary>
    public static bool IsSingularPerson(string word) => SingularPeople.Contains(word);
}
