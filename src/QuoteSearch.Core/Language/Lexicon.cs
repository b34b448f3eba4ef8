using System.Collections.Frozen;
using QuoteSearch.Core.Attribution;
namespace QuoteSearch.Core.Language;

/// <summary>
/// The words attribution reads: speech cues, titles, pronouns and the small words between them. Each set is a data
/// file in Language/Data (embedded), read once when the class is first used.
/// </summary>
internal static class Lexicon
{
    /// <summary>A case-insensitive word set from a space-separated list.</summary>
    internal static FrozenSet<string> Set(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The mark after a lemma in a verb file that makes its bare form a cue as well.</summary>
    internal const string BareMark = "+bare";

    /// <summary>Forms of cue lemmas that are mostly nouns or adjectives in news, so never cues.</summary>
    private static readonly FrozenSet<string> CueVerbNouns = WordData.Set("cue-verb-nouns.txt");

    /// <summary>Verbs of saying, in every form, from the lemmas of cue-verbs.txt.</summary>
    public static readonly FrozenSet<string> CueVerbs = VerbsOf("cue-verbs.txt");

    /// <summary>Cue verbs that also introduce an object that is not the speaker (told reporters, asked Brandt).</summary>
    public static readonly FrozenSet<string> TakesObject = VerbsOf("takes-object-verbs.txt");

    /// <summary>Cues that only count with a quote right next to them: they are too common as ordinary verbs.</summary>
    public static readonly FrozenSet<string> WeakCues = VerbsOf("weak-cue-verbs.txt");

    /// <summary>Subject pronouns that can stand for a speaker.</summary>
    public static readonly FrozenSet<string> Pronouns = WordData.Set("pronouns.txt");

    /// <summary>
    /// Words that make a name before a colon an object ("a message to Brandt:", "in Italian:"). Not NamePhrase's object
    /// markers, which count "by" as one: before a colon, "by Nicole Varga:" is a byline, and its author speaks.
    /// </summary>
    public static readonly FrozenSet<string> Prepositions = WordData.Set("prepositions.txt");

    /// <summary>Determiners and possessives that open a noun phrase.</summary>
    public static readonly FrozenSet<string> Determiners = WordData.Set("determiners.txt");

    /// <summary>Words that may stand between a subject and its cue verb: "Brandt has also said".</summary>
    public static readonly FrozenSet<string> Auxiliaries = WordData.Set("auxiliaries.txt");

    /// <summary>Titles and descriptive words that belong to a role, not to the name after them.</summary>
    public static readonly FrozenSet<string> TitleWords = WordData.Set("title-words.txt");
    /// <summary>Courtesy titles that say nothing about what a person does ("Mr.", "Ms.", "Sir").</summary>
    public static readonly FrozenSet<string> Honorifics = WordData.Set("honorifics.txt");

    /// <summary>Titles only people carry: a name after one of these is a person even when it is a single word.</summary>
    public static readonly FrozenSet<string> PersonalTitles = WordData.Set("personal-titles.txt");

    /// <summary>Days of the week: capitalised, never people.</summary>
    public static readonly FrozenSet<string> Weekdays = WordData.Set("weekdays.txt");

    /// <summary>Words that may open a sentence before its subject: "But Brandt said".</summary>
    public static readonly FrozenSet<string> Conjunctions = WordData.Set("conjunctions.txt");

    /// <summary>Words opening a subordinate clause: the sentence's subject comes after its comma.</summary>
    public static readonly FrozenSet<string> Subordinators = WordData.Set("subordinators.txt");

    /// <summary>Capitalised words that begin sentences or name things, never people; the weekdays among them.</summary>
    public static readonly FrozenSet<string> NotNames =
        WordData.Entries("not-names.txt").Concat(Weekdays).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Countries and US states (vendored from npm, see Data/README.md): a speaker that is exactly one of these is a place,
    /// and places never speak. A person of that surname alone ("Jordan") loses the name too: rarer than the country.
    /// </summary>
    public static readonly FrozenSet<string> Places =
        WordData.Entries("countries.tsv").Concat(WordData.Entries("us-states.tsv")).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// First words that make a longer capitalised name a place: "New York", "North Korea", "San Antonio" (two words;
    /// three or more, as "North Haven Gazette", are named after a place). Only as the first of several words: in "Htun San
    /// Mya Aye", "Oskar West" or a bare "West" they are a person's name.
    /// </summary>
    public static readonly FrozenSet<string> PlacePrefixes = WordData.Set("place-prefixes.txt");

    /// <summary>Last words that make a capitalised name a place or a people: "Orange County", "Wall Street", "Africans".</summary>
    public static readonly FrozenSet<string> PlaceWords = WordData.Set("place-words.txt");

    /// <summary>
    /// Documents that "say" things for whoever wrote them: "the report said", "the article read". Polls, surveys and
    /// studies are left out: what a poll finds is the poll's, not its sponsor's word.
    /// </summary>
    public static readonly FrozenSet<string> DocumentNouns = WordData.Set("document-nouns.txt");

    /// <summary>Words that make a capitalised name an organisation, not a person.</summary>
    public static readonly FrozenSet<string> OrganisationWords = WordData.Set("organisation-words.txt");

    /// <summary>Whether any of the words is an organisation word (a loop: a method group made a delegate per call).</summary>
    public static bool AnyOrganisationWord(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (OrganisationWords.Contains(words[i])) return true;
        }
        return false;
    }

    /// <summary>
    /// The inflected forms of a lemma file's verbs, less the forms news uses as nouns. The bare lemma only counts when
    /// its line says "+bare" ("would say"): most bare lemmas of saying are nouns too ("a report", "the state").
    /// </summary>
    private static FrozenSet<string> VerbsOf(string file)
    {
        var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in WordData.Entries(file))
        {
            var fields = entry.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            forms.UnionWith(fields is [var lemma, BareMark] ? VerbForms.Of(lemma) : VerbForms.Inflections(fields[0]));
        }
        forms.ExceptWith(CueVerbNouns);
        return forms.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
