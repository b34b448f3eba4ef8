namespace QuoteSearch.Core.Language;

/// <summary>Who a pronoun means: the person or organisation an article last named in the right place.</summary>
internal sealed partial class ArticleNames
{
    /// <summary>
    /// Whether "he" or "she" can mean the name: a person whose full name opens with a possible given name, or who has a
    /// title. "Human Landing System" or "Gap Goes On" open with common words: capitalised phrases, not people.
    /// </summary>
    private bool IsPronounReferent(string name)
    {
        var key = SurnameKey(name);
        return !organisations.Contains(key)
            && (titled.Contains(key) || FullNamesOf(key).Any(f => GivenNameWords.IsLikely(f.Split(' ')[0])));
    }

    /// <summary>
    /// The person last named before a position who fits <paramref name="gender"/>, looking back over this and
    /// the previous two paragraphs. When that mention is an object ("told Jones", "Brandt's plan"), a fitting
    /// subject earlier in the same paragraph wins: in "Smith told Jones ... he said", he is Smith.
    /// </summary>
    public string? Recent(int paragraph, int position, Gender gender) => RecentWithRole(paragraph, position, gender).Name;

    /// <summary>
    /// Like <see cref="Recent(int, int, Gender)"/>, also saying whether the person was named as a subject. When no
    /// one fits, a gender guessed from a first name gives way: "said widow Terry Vance ... she said" is Vance.
    /// </summary>
    public (string? Name, bool AsSubject) RecentWithRole(int paragraph, int position, Gender gender)
    {
        var found = Recent(paragraph, position, gender, depth: 0, trustFirstNames: true);
        return found.Name is null && gender != Gender.Unknown
            ? Recent(paragraph, position, gender, depth: 0, trustFirstNames: false)
            : found;
    }

    private (string? Name, bool AsSubject) Recent(int paragraph, int position, Gender gender, int depth, bool trustFirstNames)
    {
        NameMention? found = null;
        string? foundName = null;
        const int reach = 0;
        var floor = paragraph - MentionReach;
        for (var i = LastMentionBefore(paragraph, position); i >= 0; i--)
        {
            var m = mentions[i];
            if (m.Paragraph < floor + reach || (found is { } f && m.Paragraph != f.Paragraph)) break;
            if (m.Name is null)
            {
                // "She said ... [next paragraph] she said": the same person as that earlier subject pronoun,
                // which also beats a name named after it as an object ("She said ... against Halloran").
                if (depth < MaxPronounChain && Genders.Compatible(m.Gender, gender))
                {
                    var chained = Recent(m.Paragraph, m.Position, gender, depth + 1, trustFirstNames);
                    return chained.Name is not null ? chained : (foundName, false);
                }
                continue;
            }
            var name = Canonical(m.Name);
            if (!IsPronounReferent(name) || !Genders.Compatible(GenderOf(name, trustFirstNames), gender)) continue;
            if (m.Subject) return MainSubject(i, gender, depth, trustFirstNames) ?? (name, true);
            if (found is null) (found, foundName) = (m, name);
        }
        return (foundName, false);
    }

    /// <summary>
    /// "Lindqvist declined to say whether Brandt slept ... he said": a subject inside a clause gives way to the first
    /// subject of its sentence that fits too. Null when no earlier subject of the sentence fits.
    /// </summary>
    private (string? Name, bool AsSubject)? MainSubject(int clauseSubject, Gender gender, int depth, bool trustFirstNames)
    {
        var inner = mentions[clauseSubject];
        (string? Name, bool AsSubject)? main = null;
        for (var j = clauseSubject - 1; j >= 0 && mentions[j].Paragraph == inner.Paragraph && mentions[j].Sentence == inner.Sentence; j--)
        {
            var m = mentions[j];
            if (!m.Subject) continue;
            if (m.Name is null)
            {
                // A pronoun opens its sentence: nothing comes before it.
                if (depth >= MaxPronounChain || !Genders.Compatible(m.Gender, gender)) return main;
                var chained = Recent(m.Paragraph, m.Position, gender, depth + 1, trustFirstNames);
                return chained.Name is not null ? chained : main;
            }
            var name = Canonical(m.Name);
            if (IsPronounReferent(name) && Genders.Compatible(GenderOf(name, trustFirstNames), gender)) main = (name, true);
        }
        return main;
    }

    /// <summary>
    /// Who "they" means when the last subject named before a position, in this or the previous paragraph, is an
    /// organisation: "Blue Lantern have denied it. “…,” they said." Null when that subject is a person (then "they" is
    /// a group of people), when it is a place, or when there is none.
    /// </summary>
    public string? RecentOrganisation(int paragraph, int position)
    {
        for (var i = LastMentionBefore(paragraph, position); i >= 0; i--)
        {
            var m = mentions[i];
            if (m.Paragraph < paragraph - 1) break;
            if (!m.Subject) continue;
            if (m.Name is null || !m.BeforeVerb) return null;
            var name = Canonical(m.Name);
            return IsPronounReferent(name) || IsPlace(name) ? null : name;
        }
        return null;
    }

    // "Broad Street", "Texas": where people act, not who acts.
    private static bool IsPlace(string name) => Lexicon.Places.Contains(name) || Lexicon.PlaceWords.Contains(name.Split(' ')[^1]);

    /// <summary>
    /// Index of the last mention before a position (mentions are in reading order): a binary search, so long paragraphs
    /// stay linear.
    /// </summary>
    private int LastMentionBefore(int paragraph, int position)
    {
        int low = 0, high = mentions.Count - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var m = mentions[mid];
            if (m.Paragraph < paragraph || (m.Paragraph == paragraph && m.Position < position))
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        return found;
    }
}
