using System.Collections.Frozen;

namespace QuoteSearch.Core.Language;

/// <summary>
/// The grammatical gender "he" or "she" needs, from the titles an article gives a person (Mr., Mrs., Sen. ... is
/// not enough) or common first names. Unknown is compatible with both pronouns.
/// </summary>
internal static class Genders
{
    private static readonly FrozenSet<string> FemaleTitles = WordData.Set("female-titles.txt");
    private static readonly FrozenSet<string> MaleTitles = WordData.Set("male-titles.txt");

    /// <summary>First names and their usual gender, vendored from a maintained dataset (see Data/README.md).</summary>
    private static readonly Lazy<Dictionary<string, Gender>> FirstNames = new(() => WordData.Rows("first-names.tsv")
        .ToDictionary(r => r[0], r => r[1] == "female" ? Gender.Female : Gender.Male, StringComparer.OrdinalIgnoreCase));

    /// <summary>The gender a title or kin word gives ("Mrs.", "chairman"); unknown for the rest ("Sen.").</summary>
    public static Gender FromTitle(string token) =>
        FemaleTitles.Contains(token) ? Gender.Female : MaleTitles.Contains(token) ? Gender.Male : Gender.Unknown;

    /// <summary>"Mr.", "Mrs.", "Ms.": a courtesy title (no office) that says whether a man or a woman is meant.</summary>
    public static bool IsGenderedCourtesyTitle(string word) => Lexicon.Honorifics.Contains(word) && FromTitle(word) != Gender.Unknown;

    /// <summary>The usual gender of a first name; unknown for names the dataset lacks or calls ambiguous.</summary>
    public static Gender FromFirstName(string token) => FirstNames.Value.GetValueOrDefault(token, Gender.Unknown);

    /// <summary>The gender a third-person pronoun asks for.</summary>
    public static Gender OfPronoun(string pronoun) => pronoun.ToLowerInvariant() switch
    {
        "he" or "him" or "his" => Gender.Male,
        "she" or "her" or "hers" => Gender.Female,
        _ => Gender.Unknown,
    };

    /// <summary>Whether two genders can be the same person's: unknown fits both.</summary>
    public static bool Compatible(Gender a, Gender b) => a == Gender.Unknown || b == Gender.Unknown || a == b;
}
