namespace QuoteSearch.Core.Attribution;

/// <summary>
/// The people an article names, so that every mention maps to one canonical name: a surname alone
/// ("Dmitriev") becomes the fullest form the article gives ("Kirill Dmitriev"), and near spellings of one
/// surname ("Zelensky", "Zelenskyy") are one person, named as the article names them most.
/// </summary>
internal sealed class ArticleNames
{
    private readonly List<(string FullName, string Surname, int Order)> fullNames = [];
    private readonly List<(string Surname, int Paragraph, int Position, bool PersonLike)> mentions = [];
    private readonly Dictionary<string, int> surnameCounts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> spellingOfKey = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="paragraphs">Tokens of each paragraph; the title, if any, goes first as paragraph -1.</param>
    public ArticleNames(IEnumerable<(int Paragraph, List<Token> Tokens)> paragraphs)
    {
        var order = 0;
        foreach (var (paragraph, tokens) in paragraphs)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!tokens[i].IsCapitalized) continue;
                var end = i;
                while (end < tokens.Count && tokens[end].IsCapitalized && !NounPhrases.IsPossessive(tokens[end].Text)) end++;
                var possessiveEnd = end < tokens.Count && tokens[end].IsCapitalized && NounPhrases.IsPossessive(tokens[end].Text);
                var run = tokens.Skip(i).Take(end - i + (possessiveEnd ? 1 : 0)).Select(t => StripPossessive(t.Text)).ToList();
                var (key, personLike) = AddRun(run, order++);
                if (key is not null) mentions.Add((key, paragraph, tokens[i].Start, personLike));
                i = Math.Max(i, end - 1);
            }
        }
    }

    /// <returns>The surname key, and whether the run is surely a person (a full name, or a name after a personal title).</returns>
    private (string? Key, bool PersonLike) AddRun(List<string> run, int order)
    {
        var start = 0;
        while (start < run.Count && (Lexicon.TitleWords.Contains(run[start]) || Lexicon.NotNames.Contains(run[start]))) start++;
        var name = run.Skip(start).Where(t => !t.EndsWith('.') || t.Length <= 2 || t is "Jr." or "Sr.").ToList();
        if (name.Count == 0 || name.Any(t => Lexicon.TitleWords.Contains(t) && t is not ("Jr." or "Sr."))) return (null, false);
        var surname = Surname(name);
        var key = KeyFor(surname);
        surnameCounts[key] = surnameCounts.GetValueOrDefault(key) + 1;
        var isFullName = name.Count is >= 2 and <= 4 && name.All(t => char.IsLetter(t[0]));
        if (isFullName) fullNames.Add((string.Join(' ', name), key, order));
        return (key, isFullName || run.Take(start).Any(Lexicon.PersonalTitles.Contains));
    }

    /// <summary>The person named last before a position: who "he" most likely is when no quote was attributed nearby.</summary>
    public string? MostRecentPerson(int paragraph, int position)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var (surname, p, at, personLike) = mentions[i];
            if (p > paragraph || (p == paragraph && at >= position)) continue;
            if (p < paragraph - 3) return null;
            if (personLike || fullNames.Any(f => f.Surname.Equals(surname, StringComparison.OrdinalIgnoreCase))) return Canonical(surname);
        }
        return null;
    }

    /// <summary>The canonical form of a person's name as written at a cue.</summary>
    public string Canonical(string written)
    {
        var parts = written.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(StripPossessive).ToList();
        if (parts.Count == 0) return written;
        var key = KeyFor(Surname(parts));
        var candidates = fullNames.Where(f => f.Surname.Equals(key, StringComparison.OrdinalIgnoreCase)).ToList();
        if (parts.Count == 1 || candidates.Count > 0)
        {
            var first = parts.Count > 1 ? parts[0] : null;
            var match = candidates
                .Where(c => first is null || c.FullName.StartsWith(first, StringComparison.OrdinalIgnoreCase))
                .GroupBy(c => c.FullName)
                .OrderByDescending(g => g.Count())
                .ThenByDescending(g => g.Key.Length)
                .Select(g => g.Key)
                .FirstOrDefault();
            if (match is not null) return WithSpelling(match, key);
        }
        return WithSpelling(string.Join(' ', parts), key);
    }

    private string WithSpelling(string name, string key)
    {
        var parts = name.Split(' ');
        var surname = Surname(parts.ToList());
        var preferred = spellingOfKey.GetValueOrDefault(key, surname);
        return surname == preferred ? name : name[..name.LastIndexOf(surname, StringComparison.Ordinal)] + preferred;
    }

    /// <summary>Groups near spellings of a surname under one key: the first spelling seen that is one edit away.</summary>
    private string KeyFor(string surname)
    {
        if (spellingOfKey.ContainsKey(surname)) return surname;
        foreach (var known in spellingOfKey.Keys)
        {
            if (known.Length >= 6 && surname.Length >= 6 && known[0] == surname[0] && Distance.AtMostOne(known, surname)) return known;
        }
        spellingOfKey[surname] = surname;
        return surname;
    }

    private static string Surname(List<string> name)
    {
        var last = name[^1];
        return name.Count > 1 && last is "Jr." or "Sr." or "Jr" or "Sr" or "II" or "III" ? name[^2].TrimEnd(',') : last;
    }

    private static string StripPossessive(string word) =>
        word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word.TrimEnd('’', '\'');
}
