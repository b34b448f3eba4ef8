using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace QuoteSearch.Training;

/// <summary>Words as the project's scorer reads them: accents and case folded, curly apostrophes straight.</summary>
internal static partial class Words
{
    [GeneratedRegex(@"[^\W_]+(?:['’][^\W_]+)*")]
    private static partial Regex Word();

    public static List<string> Of(string? text)
    {
        var folded = new StringBuilder();
        foreach (var c in (text ?? "").Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) folded.Append(char.ToLowerInvariant(c));
        }
        return Word().Matches(folded.Replace('’', '\'').ToString()).Select(m => m.Value).ToList();
    }

    /// <summary>How many words of <paramref name="part"/> are also in <paramref name="whole"/>, each counted once.</summary>
    public static int Overlap(IReadOnlyList<string> part, IReadOnlyList<string> whole)
    {
        var left = whole.GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var n = 0;
        foreach (var w in part)
        {
            if (!left.TryGetValue(w, out var count) || count == 0) continue;
            left[w] = count - 1;
            n++;
        }
        return n;
    }
}
