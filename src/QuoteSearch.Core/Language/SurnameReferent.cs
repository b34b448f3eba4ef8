namespace QuoteSearch.Core.Language;

/// <summary>
/// Which of several people sharing a surname a bare surname means ("Hale" in an article that names a senator and
/// his father): the person whose gender fits the titles the bare surname carries ("Mr. Quist" is not "Orla
/// Quist"), then one whose first word can be a given name ("Team Brandt" is a headline's phrase), then the person
/// named most often in full, then the one named first. Forms of one person ("Rosalind Halloran", "Rosalind Marsh
/// Halloran", a misspelt "Rosalynd Halloran") count together; different given names are different people.
/// </summary>
internal static class SurnameReferent
{
    /// <param name="forms">Every full name written with the surname, one entry a mention, in reading order.</param>
    /// <param name="bareGender">The gender titles give the bare surname ("Mr.", "Mrs."), or unknown.</param>
    /// <param name="genderOf">A full name's gender, or unknown.</param>
    /// <param name="knownGenderOf">A full name's gender when a title gives it, not a guess from its first name.</param>
    /// <returns>The forms of the likeliest person, in reading order; all forms when they name one person who fits; none
    /// when no one named in full fits the title's gender.</returns>
    public static IReadOnlyList<string> FormsOfLikeliest(
        IReadOnlyList<string> forms, Gender bareGender, Func<string, Gender> genderOf, Func<string, Gender> knownGenderOf)
    {
        var people = new List<List<string>>();
        foreach (var form in forms)
        {
            var person = people.FirstOrDefault(p => SamePerson(p[0], form));
            if (person is null) people.Add([form]);
            else person.Add(form);
        }
        // "Mr. Quist" where the only full Quist is "Mrs. Orla Quist": he is someone the article never names in full. A
        // first name's usual gender is no proof ("Mr. Halvard" is "Lindsey Halvard").
        if (people.Count == 1) return Genders.Compatible(knownGenderOf(people[0][0]), bareGender) ? forms : [];
        var fitting = people.Where(p => Genders.Compatible(genderOf(p[0]), bareGender)).ToList();
        if (fitting.Count == 0) return [];
        // OrderByDescending is stable, so a tie goes to the person named first.
        return fitting
            .OrderByDescending(p => p.Any(HasKnownGivenName))
            .ThenByDescending(p => p.Count)
            .First();
    }

    private static bool SamePerson(string a, string b) => SameGivenName(GivenName(a), GivenName(b)) || InOrder(a, b) || InOrder(b, a);

    /// <summary>Equal, or one edit apart in a name of five letters or more ("Rosalynd", "Rosalind").</summary>
    public static bool SameGivenName(string a, string b) =>
        a.Equals(b, StringComparison.OrdinalIgnoreCase) || (Math.Min(a.Length, b.Length) >= 5 && Distance.AtMostOne(a, b));

    private static string GivenName(string fullName) => fullName.Split(' ')[0];

    private static bool HasKnownGivenName(string fullName) => GivenNameWords.IsLikely(GivenName(fullName));

    /// <summary>Whether every word of the shorter name appears in the longer one, in order.</summary>
    public static bool InOrder(string longer, string shorter)
    {
        var words = longer.Split(' ');
        var at = 0;
        foreach (var word in shorter.Split(' '))
        {
            while (at < words.Length && !words[at].Equals(word, StringComparison.OrdinalIgnoreCase)) at++;
            if (at++ == words.Length) return false;
        }
        return true;
    }
}
