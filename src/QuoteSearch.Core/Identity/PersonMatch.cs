namespace QuoteSearch.Core.Identity;

/// <summary>
/// The one rule for when two person names can be the same person. Full names: the same surname or a near spelling
/// (<see cref="Spellings"/>), given names that are equal, an initial of one another, or variants (<see
/// cref="GivenNames"/>), middle names that agree where both give one, and suffixes that agree (see <see
/// cref="SuffixesAgree"/>). A name of one word is the surname, or the given name used alone; whether it joins a
/// full name depends on who else the index holds, which <see cref="SpeakerGrouping"/> decides.
/// </summary>
public static class PersonMatch
{
    /// <summary>True when two full names (each with a given name) can be one person's.</summary>
    public static bool SamePerson(PersonName a, PersonName b) =>
        !a.IsSingleWord && !b.IsSingleWord && Spellings.SameSurname(a.Surname, b.Surname)
        && SameGiven(a.Given!, b.Given!) && MiddlesAgree(a.Middles, b.Middles) && SuffixesAgree(a, b);

    /// <summary>True when a one-word name can refer to the full name: its surname, or its family name written first.</summary>
    public static bool SurnameOf(PersonName single, PersonName full) =>
        !full.IsSingleWord && (Spellings.SameSurname(single.Surname, full.Surname) || (full.FamilyFirst && single.Surname == full.Given));

    /// <summary>True when a one-word name is the full name's given name, used alone ("Lily" for "Lily Marwood").</summary>
    public static bool GivenNameOf(PersonName single, PersonName full) =>
        !full.IsSingleWord && !full.FamilyFirst && GivenNames.IsKnown(single.Surname) && SameGiven(single.Surname, full.Given!);

    /// <summary>Given names of one person: equal, one the initial of the other, or variants ("tim", "timothy").</summary>
    public static bool SameGiven(string a, string b) =>
        a.Length == 1 || b.Length == 1 ? a[0] == b[0] : GivenNames.Same(a, b);

    /// <summary>Middles compared in order where both give one: "H. W." and "W." differ, "R." and "Rowan" agree.</summary>
    private static bool MiddlesAgree(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            if (!SameGiven(a[i], b[i])) return false;
        }
        return true;
    }

    /// <summary>
    /// Two suffixes must be the same. A suffix on one side only agrees when the other name gives no middle name
    /// ("Joe Marsh", "Joseph R. Marsh Jr.") or the same ones: a father written in full ("Oskar J. Brandt") and a son
    /// with the suffix ("Oskar Brandt Jr.") stay apart.
    /// </summary>
    private static bool SuffixesAgree(PersonName a, PersonName b)
    {
        if (a.Suffix is not null && b.Suffix is not null) return a.Suffix == b.Suffix;
        if (a.Suffix is null && b.Suffix is null) return true;
        var (plain, suffixed) = a.Suffix is null ? (a, b) : (b, a);
        return plain.Middles.Count == 0 || suffixed.Middles.Count >= plain.Middles.Count;
    }
}
