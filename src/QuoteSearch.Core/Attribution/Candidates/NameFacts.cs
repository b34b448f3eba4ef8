using QuoteSearch.Core.Language;
namespace QuoteSearch.Core.Attribution.Candidates;

/// <summary>What the article shows of a candidate's name: a person (a full name or a personal title), an organisation, a gender.</summary>
internal sealed record NameFacts(bool IsPerson, bool IsOrganisation, Gender Gender)
{
    /// <summary>The facts of <paramref name="name"/>, asked of <paramref name="names"/> once per article and name.</summary>
    public static NameFacts Of(string name, ArticleNames names, Dictionary<string, NameFacts> known)
    {
        if (known.TryGetValue(name, out var facts)) return facts;
        return known[name] = new NameFacts(names.IsPerson(name), names.IsOrganisation(name), names.GenderOf(name));
    }
}
