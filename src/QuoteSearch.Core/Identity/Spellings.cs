using QuoteSearch.Core.Language;

namespace QuoteSearch.Core.Identity;

/// <summary>
/// The one rule for near spellings of a surname, used within an article (<see cref="ArticleNames"/>) and across the
/// index (<see cref="PersonMatch"/>): the same word, or two words of six letters or more that start alike and differ
/// by one insertion, deletion or substitution ("Vashensky", "Vashenskyy"; "Vashenskiy"). Shorter words are too often
/// different names one letter apart ("Hale", "Hall").
/// </summary>
public static class Spellings
{
    private const int NearFrom = 6;

    /// <summary>True for the same surname or a near transliteration of it; case-insensitive but for the first letter.</summary>
    public static bool SameSurname(string a, string b) =>
        string.Equals(a, b, StringComparison.OrdinalIgnoreCase) || Near(a, b);

    /// <summary>Two different spellings one edit apart, each of six letters or more, with the same first letter.</summary>
    public static bool Near(string a, string b) =>
        a.Length >= NearFrom && b.Length >= NearFrom && a[0] == b[0] && Distance.AtMostOne(a, b);
}
