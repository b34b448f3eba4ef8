using QuoteSearch.Core.Language;
using QuoteSearch.Core.Attribution;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// One person across articles: a surname-only speaker ("zelensky") or a near spelling ("zelenskyy") joins the
/// full name when the index holds exactly one full name with that surname; with two (Hillary and Bill
/// Clinton) a bare "clinton" stays apart rather than be guessed.
/// </summary>
internal static class SpeakerMerger
{
    public static List<SpeakerSummary> Merge(IEnumerable<SpeakerSummary> raw)
    {
        var groups = new List<List<SpeakerSummary>>();
        var bySurname = new Dictionary<string, List<SpeakerSummary>>(StringComparer.Ordinal);
        // In id order, so the grouping never depends on how the index happens to lay out its documents.
        foreach (var speaker in raw.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            var surname = Surname(speaker.Id);
            var key = bySurname.Keys.FirstOrDefault(k => k == surname || (k.Length >= 6 && surname.Length >= 6 && k[0] == surname[0] && Distance.AtMostOne(k, surname))) ?? surname;
            if (!bySurname.TryGetValue(key, out var group)) bySurname[key] = group = [];
            group.Add(speaker);
        }
        foreach (var group in bySurname.Values)
        {
            var fullNames = group.Where(s => s.Id.Contains('-')).GroupBy(s => FirstNames(s.Id)).ToList();
            if (fullNames.Count > 1)
            {
                // Several people share the surname: merge only spellings of each full name.
                groups.AddRange(fullNames.Select(g => g.ToList()));
                groups.AddRange(group.Where(s => !s.Id.Contains('-')).Select(s => new List<SpeakerSummary> { s }));
            }
            else
            {
                groups.Add(group);
            }
        }
        return groups.Select(Combine).OrderByDescending(s => s.Quotes).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
    }

    private static SpeakerSummary Combine(List<SpeakerSummary> group)
    {
        var main = group.OrderByDescending(s => s.Id.Count(c => c == '-')).ThenByDescending(s => s.Quotes).ThenBy(s => s.Id, StringComparer.Ordinal).First();
        return new SpeakerSummary(main.Id, main.Name, group.Sum(s => s.Quotes))
        {
            Aliases = group.Where(s => s != main).Select(s => s.Name).Distinct().Order(StringComparer.Ordinal).ToList(),
            Ids = group.Select(s => s.Id).OrderBy(id => id != main.Id).ToList(),
        };
    }

    private static string Surname(string id) => id[(id.LastIndexOf('-') + 1)..];

    private static string FirstNames(string id) => id[..id.LastIndexOf('-')];
}
