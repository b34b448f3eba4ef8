using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Language;

namespace QuoteSearch.Core.Identity;

/// <summary>The people of <see cref="SpeakerGrouping"/> as they are built: full names first, then one-word names.</summary>
internal sealed class PeopleGroups
{
    private sealed class Person(WrittenSpeaker first, PersonName name)
    {
        public List<(WrittenSpeaker Speaker, PersonName Name)> Names { get; } = [(first, name)];
    }

    private readonly List<Person> people = [];
    private readonly SurnameKeys keys = new();
    private readonly Dictionary<string, List<Person>> bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Person>> byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Person> singlesBySurname = new(StringComparer.Ordinal);

    public void AddFullName(WrittenSpeaker speaker, PersonName name)
    {
        var key = keys.KeyOf(name.Surname);
        var sameSurname = bySurname.GetValueOrDefault(key) ?? [];
        var matches = sameSurname.Where(p => p.Names.All(n => PersonMatch.SamePerson(n.Name, name))).Take(2).ToList();
        if (matches.Count == 1)
        {
            matches[0].Names.Add((speaker, name));
            return;
        }
        var person = new Person(speaker, name);
        people.Add(person);
        Index(bySurname, key, person);
        Index(byFirstWord, name.Given!, person);
    }

    public void AddSingleWord(WrittenSpeaker speaker, PersonName name)
    {
        var match = FullNameFor(name, speaker.Gender);
        // None or several full names fit: near spellings of the same bare word are still one speaker.
        match ??= singlesBySurname.GetValueOrDefault(keys.KeyOf(name.Surname));
        if (match is not null)
        {
            match.Names.Add((speaker, name));
            return;
        }
        var person = new Person(speaker, name);
        people.Add(person);
        singlesBySurname.TryAdd(keys.KeyOf(name.Surname), person);
    }

    /// <summary>True when a one-word name is the surname or given name of at least one person with a full name.</summary>
    public bool Knows(PersonName name) =>
        Candidates(bySurname.GetValueOrDefault(keys.KeyOf(name.Surname)), p => PersonMatch.SurnameOf(name, p)).Any()
        || Candidates(byFirstWord.GetValueOrDefault(name.Surname),
            p => PersonMatch.SurnameOf(name, p) || PersonMatch.GivenNameOf(name, p)).Any();

    /// <summary>
    /// The one person a one-word name is the surname of (of several, the one whose given names do not contradict the
    /// gender its titles give), or failing any, the one it is the given name of.
    /// </summary>
    private Person? FullNameFor(PersonName name, SpeakerGender? gender)
    {
        var key = keys.KeyOf(name.Surname);
        var bySurnameMatch = Candidates(bySurname.GetValueOrDefault(key), p => PersonMatch.SurnameOf(name, p))
            .Concat(Candidates(byFirstWord.GetValueOrDefault(name.Surname), p => p.FamilyFirst && PersonMatch.SurnameOf(name, p)))
            .Distinct().ToList();
        if (bySurnameMatch.Count > 0) return bySurnameMatch.Count == 1 ? bySurnameMatch[0] : TheOneOfGender(bySurnameMatch, gender);
        var byGiven = Candidates(byFirstWord.GetValueOrDefault(name.Surname), p => PersonMatch.GivenNameOf(name, p))
            .Distinct().Take(2).ToList();
        return byGiven.Count == 1 ? byGiven[0] : null;
    }

    /// <summary>"Mr. Quist" beside Tobias and Orla Quist: the one person whose given names fit; null when none or several do.</summary>
    private static Person? TheOneOfGender(List<Person> sameSurname, SpeakerGender? gender)
    {
        if (gender is null) return null;
        var fitting = sameSurname.Where(p => !p.Names.Any(n => GivesOtherGender(n.Name, gender.Value))).Take(2).ToList();
        return fitting.Count == 1 ? fitting[0] : null;
    }

    /// <summary>A given name (not an initial) that the name dataset gives the other gender.</summary>
    private static bool GivesOtherGender(PersonName name, SpeakerGender gender)
    {
        if (name.Given is not { Length: > 1 } given) return false;
        var usual = Genders.FromFirstName(given);
        return usual != Gender.Unknown && usual != (gender == SpeakerGender.Male ? Gender.Male : Gender.Female);
    }

    public IEnumerable<SpeakerGroup> Groups() => people.Select(p =>
    {
        var canonical = p.Names[0];
        return new SpeakerGroup(SpeakerIds.For(canonical.Name.Written), canonical.Name.Written, SpeakerGroup.Person,
            p.Names.Select(n => n.Speaker.Id).ToList());
    });

    private static IEnumerable<Person> Candidates(List<Person>? people, Func<PersonName, bool> fits) =>
        people?.Where(p => p.Names.Any(n => !n.Name.IsSingleWord && fits(n.Name))) ?? [];

    private static void Index(Dictionary<string, List<Person>> index, string key, Person person)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(person);
    }
}
