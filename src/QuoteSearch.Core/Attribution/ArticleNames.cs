namespace QuoteSearch.Core.Attribution;

/// <summary>
/// The people (and organisations) an article names, so that every mention maps to one canonical name: a surname
/// alone ("Dmitriev") becomes the fullest form the article gives ("Kirill Dmitriev"), and near spellings of one
/// surname ("Zelensky", "Zelenskyy") are one person, named as the article first names them. Also remembers where
/// each person was mentioned and whether as a subject, and their gender when titles or first names tell it, so
/// "he" and "the senator" can be resolved to the person the article means.
/// </summary>
internal sealed class ArticleNames
{
    private const int MentionReach = 2;

    private readonly List<(string FullName, string Surname)> fullNames = [];
    private readonly List<NameMention> mentions = [];
    private readonly Dictionary<string, string> spellingOfKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Gender> genders = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> titled = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> organisations = new(StringComparer.OrdinalIgnoreCase);

    private readonly record struct NameMention(string Surname, int Paragraph, int Position, bool Subject);

    /// <param name="paragraphs">Tokens of each paragraph with quotations masked; the title, if any, first as paragraph -1.</param>
    public ArticleNames(IEnumerable<(int Paragraph, List<Token> Tokens)> paragraphs)
    {
        foreach (var (paragraph, tokens) in paragraphs)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!tokens[i].IsCapitalized) continue;
                var end = i;
                while (end < tokens.Count && (tokens[end].IsCapitalized || NamePhrase.IsConnector(tokens, end)) && !NounPhrases.IsPossessive(tokens[end].Text)) end++;
                if (end < tokens.Count && tokens[end].IsCapitalized && NounPhrases.IsPossessive(tokens[end].Text)) end++;
                var run = tokens.Skip(i).Take(end - i).Select(t => NamePhrase.StripPossessive(t.Text)).ToList();
                var key = Add(run);
                var possessive = NounPhrases.IsPossessive(tokens[end - 1].Text);
                if (key is not null) mentions.Add(new NameMention(key, paragraph, tokens[i].Start, !possessive && !NamePhrase.IsObjectPosition(tokens, i)));
                i = Math.Max(i, end - 1);
            }
        }
    }

    private string? Add(List<string> run)
    {
        var start = 0;
        var gender = Gender.Unknown;
        var hasTitle = false;
        while (start < run.Count && (Lexicon.TitleWords.Contains(run[start]) || Lexicon.NotNames.Contains(run[start])))
        {
            if (gender == Gender.Unknown) gender = Genders.FromTitle(run[start]);
            hasTitle |= Lexicon.PersonalTitles.Contains(run[start]);
            start++;
        }
        var name = run.Skip(start).ToList();
        if (name.Count == 0) return null;
        var key = KeyFor(NamePhrase.Surname(name));
        if (run.Any(Lexicon.OrganisationWords.Contains) || name.Any(Lexicon.PlaceWords.Contains)) organisations.Add(key);
        if (gender == Gender.Unknown && name.Count >= 2) gender = Genders.FromFirstName(name[0]);
        if (gender != Gender.Unknown) genders.TryAdd(key, gender);
        if (hasTitle) titled.Add(key);
        if (name.Count is >= 2 and <= 5 && name.All(t => char.IsLetter(t[0])) && !organisations.Contains(key)) fullNames.Add((string.Join(' ', name), key));
        return key;
    }

    /// <summary>The canonical form of a name as written at a cue.</summary>
    public string Canonical(string written)
    {
        var parts = written.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(NamePhrase.StripPossessive).ToList();
        if (parts.Count == 0) return written;
        var key = KeyFor(NamePhrase.Surname(parts));
        var first = parts.Count > 1 ? parts[0] : null;
        var match = fullNames
            .Where(f => f.Surname.Equals(key, StringComparison.OrdinalIgnoreCase))
            .Where(f => first is null || f.FullName.StartsWith(first, StringComparison.OrdinalIgnoreCase))
            .GroupBy(f => f.FullName)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key.Length)
            .Select(g => g.Key)
            .FirstOrDefault();
        return WithSpelling(match ?? string.Join(' ', parts), key);
    }

    /// <summary>Whether a name is surely a person: the article gives a full name or a personal title for it.</summary>
    public bool IsPerson(string name)
    {
        var key = KeyFor(NamePhrase.Surname(name.Split(' ')));
        return !organisations.Contains(key) && (titled.Contains(key) || fullNames.Any(f => f.Surname.Equals(key, StringComparison.OrdinalIgnoreCase)));
    }

    public bool IsOrganisation(string name) => organisations.Contains(KeyFor(NamePhrase.Surname(name.Split(' '))));

    public Gender GenderOf(string name) => genders.GetValueOrDefault(KeyFor(NamePhrase.Surname(name.Split(' '))));

    /// <summary>
    /// The person last named before a position who fits <paramref name="gender"/>, looking back over this and
    /// the previous two paragraphs. When that mention is an object ("told Jones", "Trump's plan"), a fitting
    /// subject earlier in the same paragraph wins: in "Smith told Jones ... he said", he is Smith.
    /// </summary>
    public string? Recent(int paragraph, int position, Gender gender)
    {
        NameMention? found = null;
        string? foundName = null;
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            if (m.Paragraph > paragraph || (m.Paragraph == paragraph && m.Position >= position)) continue;
            if (m.Paragraph < paragraph - MentionReach || (found is { } f && m.Paragraph != f.Paragraph)) break;
            var name = Canonical(m.Surname);
            if (!IsPerson(name) || !Genders.Compatible(GenderOf(name), gender)) continue;
            if (m.Subject) return name;
            if (found is null) (found, foundName) = (m, name);
        }
        return foundName;
    }

    private string WithSpelling(string name, string key)
    {
        var surname = NamePhrase.Surname(name.Split(' '));
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
}
